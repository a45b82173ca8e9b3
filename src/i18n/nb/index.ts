// Every section of the nb catalogue.

import { api } from "./api.js";
import { cli } from "./cli.js";
import { common } from "./common.js";
import { compose } from "./compose.js";
import { output } from "./output.js";
import { preview } from "./preview.js";
import { project } from "./project.js";
import { registry } from "./registry.js";
import { render } from "./render.js";

export const nb = { common, registry, compose, render, output, api, project, preview, cli };
