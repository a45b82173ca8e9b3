// Writes a file so that readers see either the old complete file or the new one: temp file, fsync, rename.
// The temp file is created new (never through a link); rename replaces a link at the target rather than following it.
import { constants } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { cannotWrite } from "../shared/errors.js";
import { tempNameFor } from "./temp-file.js";

const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

export async function writeAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, tempNameFor(path.basename(file)));
  let created = false;
  try {
    await makeFolder(dir);
    const handle = await open(temp, CREATE_NEW, 0o644);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (e) {
    if (created) await rm(temp, { force: true }).catch(() => undefined);
    throw cannotWrite(file, file, e);
  }
}

/** mkdir -p, but keeping the real reason: a recursive mkdir reports ENOENT even on a read-only file system. */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return;
    if (code !== "ENOENT") throw e;
    await makeFolder(path.dirname(dir));
    await mkdir(dir).catch((again: NodeJS.ErrnoException) => {
      if (again.code !== "EEXIST") throw again;
    });
  }
}
