// SHA-256 in hex, for file contents and for the inputs that shape a letter.
import { createHash } from "node:crypto";

export function sha256(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}
