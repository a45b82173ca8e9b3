// The words of src/registry, in nynorsk.

import type { registry as en } from "../en/registry.js";
import type { Translation } from "../entry.js";

export const registry: Translation<typeof en> = {
};
