// The words of src/project and the files brev init writes, in nynorsk.

import type { project as en } from "../en/project.js";
import type { Translation } from "../entry.js";

export const project: Translation<typeof en> = {
};
