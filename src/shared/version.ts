// brev's own version, from package.json (two folders above src/shared/ and dist/shared/).
import { readFileSync } from "node:fs";

let cached: string | undefined;

export function brevVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
  return cached;
}
