// `--shard i/n`: a stable 1/n of the letters, chosen by a hash of dispatch and agency id, so CI runners can split the work.
import { say } from "../i18n/catalogue.js";
import type { Shard } from "../model/commands.js";
import { UsageError } from "../shared/errors.js";
import { sha256 } from "../shared/hash.js";

export type { Shard } from "../model/commands.js";

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || count > 999_999 || index < 1 || index > count) throw new UsageError(say.registry.badShard({ text }));
  return { index, count };
}

export function inShard(shard: Shard, dispatchId: string, agencyId: string): boolean {
  const bucket = Number.parseInt(sha256(`${dispatchId}/${agencyId}`).slice(0, 8), 16) % shard.count;
  return bucket === shard.index - 1;
}
