// Name-based UUIDs (RFC 4122, version 5: SHA-1 of a namespace UUID and a name). The same name in the same namespace
// always gives the same UUID, so a file that names things by them (the arkivmelding's systemIDs) comes out the same
// on every run, and two different names never share one.
import { createHash } from "node:crypto";

/** RFC 4122's namespace for URLs (appendix C); brev's own namespaces are derived from it by a name. */
export const NAMESPACE_URL = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The version 5 UUID of `name` (its UTF-8 bytes) in `namespace`, lower-case, e.g. "2ed6657d-e927-568b-95e1-2665a8aea6a2". */
export function uuidV5(name: string, namespace: string): string {
  if (!UUID.test(namespace)) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80; // variant RFC 4122
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
