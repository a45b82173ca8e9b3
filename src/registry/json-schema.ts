// The registry's JSON Schema, derived from the zod schema (never written by hand), for editors that check YAML as it is typed.
import { z } from "zod";
import { registry } from "./schema.js";

export function registryJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(registry, { io: "input", unrepresentable: "any", target: "draft-7" }),
    title: "brev registry",
    description: "One dispatch: the same letter template sent to many agencies.",
  };
}
