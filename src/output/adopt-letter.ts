// Records a letter file as it is now, changed by hand or not, so later runs leave it alone until its inputs change.
import type { Diagnostic } from "../shared/diagnostic.js";
import { FileError } from "../shared/errors.js";
import { sha256 } from "../shared/hash.js";
import type { DispatchFolder } from "./dispatch-folder.js";
import { type LockOptions, lockFolder } from "./folder-lock.js";
import { letterFileName } from "./letter-path.js";
import { readManifest, writeManifest } from "./manifest.js";
import type { LetterJob } from "./update-dispatch.js";

export interface AdoptResult {
  /** True when the file is exactly what brev writes for these inputs (then it is simply recorded, not marked). */
  same: boolean;
  warnings: Diagnostic[];
}

export async function adoptLetter(
  folder: DispatchFolder,
  job: LetterJob,
  options: { dispatch: string; brev: string; lock: LockOptions },
): Promise<AdoptResult> {
  const lock = await lockFolder(folder, options.lock);
  try {
    const name = letterFileName(job.agency, job.format);
    const bytes = await folder.read(name);
    if (!bytes) throw new FileError(`cannot adopt ${folder.shown(name)}: no such file`, folder.pathOf(name));
    const { manifest, warnings } = await readManifest(folder, options.dispatch, options.brev);
    const hash = sha256(bytes);
    const same = sha256(await job.render()) === hash;
    const files = manifest.letters[job.agency] ?? {};
    files[job.format] = { input: job.input, sha256: hash, ...(same ? {} : { adopted: true as const }) };
    Object.defineProperty(manifest.letters, job.agency, { value: files, enumerable: true, writable: true, configurable: true });
    await writeManifest(folder, manifest);
    return { same, warnings };
  } finally {
    await lock.release();
  }
}
