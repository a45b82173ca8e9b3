// The words of src/render, in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

export const render = {
} satisfies Section;
