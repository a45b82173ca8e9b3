// The words of src/output, in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

export const output = {
} satisfies Section;
