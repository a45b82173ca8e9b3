// The words of src/preview, in nynorsk.

import type { preview as en } from "../en/preview.js";
import type { Translation } from "../entry.js";

export const preview: Translation<typeof en> = {
};
