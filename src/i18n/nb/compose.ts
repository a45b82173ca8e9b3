// The words of src/compose, in nb.

import { compose as en } from "../en/compose.js";
import type { Translation } from "../entry.js";

export const compose: Translation<typeof en> = { ...en };
