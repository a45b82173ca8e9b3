// `brev schema`: print the registry's JSON Schema, derived from the zod schema.
import type { Command } from "commander";
import { registryJsonSchema } from "../registry/json-schema.js";
import type { CommandEnv } from "./command-env.js";

export function schemaCommand(program: Command, env: CommandEnv): void {
  program
    .command("schema")
    .description("print the registry's JSON Schema (for editors: # yaml-language-server: $schema=…)")
    .action(() => {
      env.io.stdout(`${JSON.stringify(registryJsonSchema(), null, 2)}\n`);
    });
}
