// Builds validated letter entries from YAML text, the way the pipeline does.

import type { Dispatch } from "../../src/registry/letter-entry.js";
import { parseRegistry } from "../../src/registry/parse-registry.js";
import { validateRegistry } from "../../src/registry/validate-registry.js";

export const SENDER = `sender:
  name: Kommunal- og moderniseringsdepartementet
  short_name: KMD
  letterhead: [DET KONGELIGE, KOMMUNAL- OG MODERNISERINGSDEPARTEMENT]
`;

export function dispatchFrom(yaml: string): Dispatch {
  const parsed = parseRegistry(yaml, "test.yaml");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  const valid = validateRegistry(parsed.value);
  if (!valid.ok) throw new Error(JSON.stringify(valid.diagnostics));
  return valid.value;
}

/** A one-agency registry; `agency` is the YAML of the agency's mapping body, indented by four spaces. */
export function registryWith(agency: string, dispatchExtra = ""): string {
  return `dispatch:
  id: test
  template: t
  year: 2020
  addendum: 3
  date: 2020-10-30
  deadline: 2020-12-01
${dispatchExtra}${SENDER}agencies:
  - id: a
${agency}`;
}
