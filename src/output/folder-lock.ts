// One run at a time per output folder. The lock itself is held by the kernel: a listening socket whose name is
// derived from the folder's real path (Linux: an abstract socket; Windows: a named pipe). It vanishes when its
// process ends, even under kill -9, so a dead run never leaves a lock to take over and two runs can never both win.
// A note in the folder (.brev-lock) says who holds it, for messages, and lets runs on other machines that share the
// disk (which cannot see this machine's sockets) see that the folder is busy.
import { realpath, unlink } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { say, t } from "../i18n/catalogue.js";
import { FileError } from "../shared/errors.js";
import { sha256 } from "../shared/hash.js";
import { type DispatchFolder, TooLarge } from "./dispatch-folder.js";
import { THIS_RUN } from "./temp-file.js";

export const LOCK_NOTE = ".brev-lock";

export interface LockOptions {
  /** Wait for the folder to be free (default); false: fail at once with exit 3. */
  wait: boolean;
  /** Called once when the wait has lasted a second, with who holds the lock, in words. */
  onWait?: (holder: string) => void;
}

export interface FolderLock {
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  host: string;
  since: string;
}

const POLL_MS = 100;
const NOTICE_AFTER_MS = 1000;

export async function lockFolder(folder: DispatchFolder, options: LockOptions): Promise<FolderLock> {
  // The folder is made first, so that every run names the lock by the same real path, whatever path led there.
  const made = await folder.ensure();
  const name = socketName(await realpath(folder.dir));
  const started = Date.now();
  let noticed = false;
  for (;;) {
    const mine: Holder = { pid: THIS_RUN.pid, host: THIS_RUN.host, since: new Date().toISOString() };
    const server = await listen(name, mine);
    let holder: string;
    if (server) {
      const note = await readNote(folder);
      if (!note || note.host === THIS_RUN.host) {
        // Free here; a note of this machine is from a run that has ended (its socket is gone): taken over.
        await folder.write(LOCK_NOTE, new TextEncoder().encode(`${JSON.stringify(mine)}\n`));
        return { release: () => release(folder, server, mine, made) };
      }
      await close(server);
      holder = t.output.holderElsewhere({ ...described(note), note: folder.shown(LOCK_NOTE) });
    } else {
      // The note says who holds it; a holder busy rendering may be slow to answer the socket.
      const note = (await readNote(folder).catch(() => undefined)) ?? (await askHolder(name));
      holder = note ? t.output.holderHere(described(note)) : t.output.holderUnknown();
    }
    if (!options.wait) {
      throw new FileError(say.output.lockHeld({ folder: folder.shownDir(), holder }), folder.dir);
    }
    if (!noticed && Date.now() - started >= NOTICE_AFTER_MS) {
      noticed = true;
      options.onWait?.(holder);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The holder's process and since when it holds the lock ("2026-03-01 09:15:00 UTC"). */
function described(h: Holder): { pid: number; since: string } {
  return { pid: h.pid, since: h.since.replace("T", " ").replace(/\.\d+Z$/, " UTC") };
}

function socketName(dir: string): string {
  const key = sha256(dir).slice(0, 32);
  if (process.platform === "linux") return `\0brev-lock-${key}`;
  if (process.platform === "win32") return `\\\\.\\pipe\\brev-lock-${key}`;
  return path.join(tmpdir(), `brev-lock-${key}.sock`);
}

/** A server listening on `name`, or undefined when another process has it. */
async function listen(name: string, mine: Holder): Promise<net.Server | undefined> {
  for (let attempt = 0; ; attempt++) {
    // Whoever asks is told who holds the lock; one who hangs up early must not take the holder down.
    const server = net.createServer((socket) => {
      socket.on("error", () => undefined);
      socket.end(JSON.stringify(mine));
    });
    const result = await new Promise<"ok" | "busy" | "stale">((resolve, reject) => {
      server.once("error", (e: NodeJS.ErrnoException) => {
        if (e.code === "EADDRINUSE") resolve("busy");
        else reject(new FileError(say.output.cannotLock({ code: e.code, detail: e.message }), name, e));
      });
      server.listen(name, () => resolve("ok"));
    });
    if (result === "ok") {
      // The lock must not keep the process alive; it lasts as long as the process does.
      server.unref();
      return server;
    }
    // A socket file (not Linux or Windows) outlives its process; if nobody answers, it is stale and can go.
    if (attempt === 0 && !name.startsWith("\0") && !name.startsWith("\\\\") && !(await answers(name))) {
      await unlink(name).catch(() => undefined);
      continue;
    }
    return undefined;
  }
}

function answers(name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(name);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Asks the holder who it is; undefined when it does not answer in time. */
function askHolder(name: string): Promise<Holder | undefined> {
  return new Promise((resolve) => {
    let text = "";
    const socket = net.connect(name);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(undefined);
    }, 500);
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      text += chunk;
    });
    socket.once("end", () => {
      clearTimeout(timer);
      resolve(parseHolder(text));
    });
    socket.once("error", () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
}

/** A note brev writes is under a hundred bytes; a larger one is not brev's, and is treated as no note. */
const NOTE_MAX = 4096;

async function readNote(folder: DispatchFolder): Promise<Holder | undefined> {
  const bytes = await folder.read(LOCK_NOTE, NOTE_MAX).catch((e: unknown) => {
    if (e instanceof TooLarge) return undefined;
    throw e;
  });
  return bytes ? parseHolder(new TextDecoder().decode(bytes)) : undefined;
}

function parseHolder(text: string): Holder | undefined {
  try {
    const data = JSON.parse(text) as Partial<Holder>;
    if (Number.isInteger(data.pid) && typeof data.host === "string" && typeof data.since === "string") {
      return { pid: data.pid as number, host: data.host, since: data.since };
    }
  } catch {
    // Not a note brev wrote: treated as no note.
  }
  return undefined;
}

async function release(folder: DispatchFolder, server: net.Server, mine: Holder, made: boolean): Promise<void> {
  const note = await readNote(folder).catch(() => undefined);
  if (note && note.pid === mine.pid && note.host === mine.host && note.since === mine.since) await folder.remove(LOCK_NOTE);
  // A folder this run made and left empty (every letter failed) goes again.
  if (made) await folder.removeIfEmpty();
  await close(server);
}

function close(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
