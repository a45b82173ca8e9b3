// The registry's JSON Schema, derived from the zod schema (never written by hand), for editors that check YAML as it
// is typed; each field described in Norwegian and English (field-help.ts), so the editor explains it on hover.
import { z } from "zod";
import { helpFor, helpText } from "./field-help.js";
import { registry } from "./schema.js";

export function registryJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(registry, { io: "input", unrepresentable: "any", target: "draft-7" }) as JsonSchema;
  describeFields(schema, "");
  return {
    ...schema,
    title: "brev registry",
    description: helpText(["Ett brevregister: samme brevmal sendt til mange virksomheter.", "One dispatch: the same letter template sent to many agencies."]),
  };
}

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  description?: string;
}

function describeFields(schema: JsonSchema, place: string): void {
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const at = place ? `${place}.${key}` : key;
    const help = helpFor(at);
    if (help) field.description = helpText(help);
    describeFields(field, at);
  }
  if (schema.items) describeFields(schema.items, `${place}[]`);
  for (const option of schema.anyOf ?? []) describeFields(option, place);
}
