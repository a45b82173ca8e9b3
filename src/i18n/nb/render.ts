// The words of src/render, in bokmål.

import type { render as en } from "../en/render.js";
import type { Translation } from "../entry.js";

export const render: Translation<typeof en> = {
};
