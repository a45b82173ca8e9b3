// The words of src/project and the files brev init writes, in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

export const project = {
} satisfies Section;
