// The words of src/api, in bokmål.

import type { api as en } from "../en/api.js";
import type { Translation } from "../entry.js";

export const api: Translation<typeof en> = {
};
