// The words of src/registry, in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

export const registry = {
} satisfies Section;
