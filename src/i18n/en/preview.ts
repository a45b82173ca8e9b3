// The words of src/preview, in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

export const preview = {
} satisfies Section;
