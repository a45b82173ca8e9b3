// Names of temp files: `.dss.pdf.<machine>-<process>-<random>.tmp`. The owner in the name is what lets a later run
// prove a leftover is from a run that is gone (same machine, process ended) before it deletes it.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { sha256 } from "../shared/hash.js";

const TEMP = /^\.(.+)\.([0-9a-f]{8})-(\d+)-[0-9a-f]{8}\.tmp$/;

/** This process, as temp file names and the lock note record it: a short tag of the machine's name, and the pid. */
export const THIS_RUN = { host: sha256(hostname()).slice(0, 8), pid: process.pid } as const;

export function tempNameFor(name: string): string {
  return `.${name}.${THIS_RUN.host}-${THIS_RUN.pid}-${randomBytes(4).toString("hex")}.tmp`;
}

export function isTempFile(name: string): boolean {
  return TEMP.test(name);
}

export function tempOwner(name: string): { host: string; pid: number } | undefined {
  const m = TEMP.exec(name);
  return m ? { host: m[2] ?? "", pid: Number(m[3]) } : undefined;
}

/** True while a process with this pid runs on this machine (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
