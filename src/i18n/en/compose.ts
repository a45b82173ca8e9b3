// The words of src/compose, in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

export const compose = {
} satisfies Section;
