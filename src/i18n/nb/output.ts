// The words of src/output, in bokmål.

import type { output as en } from "../en/output.js";
import type { Translation } from "../entry.js";

export const output: Translation<typeof en> = {
};
