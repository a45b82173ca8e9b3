// `brev schema`: print the registry's JSON Schema, derived from the zod schema.

import { t } from "../i18n/catalogue.js";
import { ExitCode, registryJsonSchema } from "../index.js";
import type { CommandSpec } from "./command.js";

export const schemaCommand: CommandSpec = {
  define: (program) => program.command("schema").description(t.cli.schemaDescription()),
  async run(_operands, _opts, { reporter }) {
    reporter.raw(`${JSON.stringify(await registryJsonSchema(), null, 2)}\n`);
    return { code: ExitCode.ok, document: {} };
  },
};
