// The preview server in this process (no browser): its secret address, every fault of its work as a problem on the
// page (never a dead server), and its watching of inputs moved away and back, or outside assets/ (issue 17, points
// 3 and 9). Driven with fetch on a free port; each change waits on the server's own rebuild callback, not on time.
import { watch as fsWatch } from "node:fs";
import { cp, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import type { WatchOptions } from "../../src/api/watch.js";
import { type Preview, type PreviewOptions, startPreview } from "../../src/preview/preview-server.js";
import { BUDGET } from "../helpers/sample.js";
import { editFile, workspace } from "../helpers/workspace.js";

const REGISTRY = "data/budsjettendring-2020.yaml";
const KEY = "budsjettendring-2020/digdir";
const LOGO_LINE = "file: ../assets/logo-stand-in.svg";

interface State {
  version: number;
  letters: { key: string; name: string; stale: boolean }[];
  problems: { where: string; message: string; hint?: string }[];
}

const running: Preview[] = [];
afterEach(async () => {
  for (const p of running.splice(0)) await p.close();
});

/** A preview of a copy of the budget sample, with fetch on its address and a way to wait for its next rebuild. */
async function open(
  setup: (dir: string) => Promise<void> = async () => {},
  options: PreviewOptions = {},
  ctx: (dir: string) => { fontFiles?: { normal: string } } = () => ({}),
) {
  const dir = await workspace(BUDGET);
  await setup(dir);
  let rebuilt: (() => void) | undefined;
  const preview = await startPreview([], { cwd: dir, ...ctx(dir) }, { ...options, onRebuild: () => rebuilt?.() });
  running.push(preview);
  const get = (route: string, init?: RequestInit) => fetch(new URL(route, preview.url), init);
  const state = async () => (await (await get("state")).json()) as State;
  /** Runs `change`, then waits until the preview has rebuilt after it. */
  const rebuiltAfter = async (change: () => Promise<unknown>) => {
    const done = new Promise<void>((resolve) => {
      rebuilt = resolve;
    });
    await change();
    await done;
    rebuilt = undefined;
  };
  return { dir, preview, get, state, rebuiltAfter };
}

/** An RGBA PNG whose compressed pixels are garbage: its header reads, its pixels cannot be inflated. */
function corruptPng(): Buffer {
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(40, 0);
  header.writeUInt32BE(40, 4);
  header[8] = 8;
  header[9] = 6;
  const pixels = Buffer.from(deflateSync(Buffer.alloc(161 * 40, 0x7f)));
  for (let i = 10; i < pixels.length - 4; i += 3) pixels[i] = (pixels[i] ?? 0) ^ 0x55;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

describe("a fault while the preview works", () => {
  it("a letter's PDF that cannot be made (a corrupt logo) is a problem on the page, and the preview goes on", async () => {
    const { get, state } = await open(async (dir) => {
      await writeFile(path.join(dir, "assets/bad.png"), corruptPng());
      await editFile(path.join(dir, REGISTRY), LOGO_LINE, "file: ../assets/bad.png");
    });
    const before = await state();
    const pdf = await get(`file?format=pdf&key=${encodeURIComponent(KEY)}`);
    // Refused, whether the logo is refused when the letters are composed or when the PDF is drawn.
    expect(pdf.status).not.toBe(200);
    const now = await state();
    expect([...before.problems, ...now.problems].map((p) => p.message).join("\n")).toMatch(/logo|could not be made/);
    expect((await get("")).status).toBe(200);
  });

  it("an error while composing (here: a font brev cannot read) is a problem on the page; the server keeps serving", async () => {
    const { get, state } = await open(
      async (dir) => {
        // A file that starts like a TrueType font and has nothing after: reading its tables fails (not the clerk's doing).
        await writeFile(path.join(dir, "broken.ttf"), Buffer.concat([Buffer.from("true"), Buffer.alloc(20)]));
      },
      {},
      (dir) => ({ fontFiles: { normal: path.join(dir, "broken.ttf") } }),
    );
    const { problems, letters } = await state();
    expect(letters).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ where: "", message: "the letters could not be made: the font has no cmap table" })]);
    expect((await get("")).status).toBe(200);
  });
});

describe("watching", () => {
  it("data/ and templates/ moved away and back (to another disk: a new folder) are watched again: the next save shows", async () => {
    const { dir, state, rebuiltAfter } = await open();
    for (const folder of ["data", "templates"]) {
      const away = path.join(dir, `${folder}.away`);
      await rebuiltAfter(() => rename(path.join(dir, folder), away));
      expect((await state()).problems.length).toBeGreaterThan(0);
      // Back as a copy, as a move from another file system is: the folder watched before is not the one there now.
      await rebuiltAfter(async () => {
        await cp(away, path.join(dir, folder), { recursive: true });
        await rm(away, { recursive: true });
      });
      expect((await state()).problems).toEqual([]);
    }
    await rebuiltAfter(() => editFile(path.join(dir, REGISTRY), "name: Digitaliseringsdirektoratet", "name: Digdir etter flytting"));
    expect((await state()).letters.find((l) => l.key === KEY)?.name).toBe("Digdir etter flytting");
  });

  // One preview for two things (each preview costs a rebuild): the logo's watching, and the secret in its address.
  it("a logo outside assets/ is watched: saving it updates the letters; and the address carries a secret", async () => {
    const { dir, get, rebuiltAfter, preview } = await open(async (d) => {
      await mkdir(path.join(d, "grafikk"));
      await writeFile(path.join(d, "grafikk/logo.svg"), await readFile(path.join(d, "assets/logo-stand-in.svg")));
      await editFile(path.join(d, REGISTRY), LOGO_LINE, "file: ../grafikk/logo.svg");
    });
    const letter = async () => (await get(`letter?key=${encodeURIComponent(KEY)}`)).text();
    const before = await letter();
    await rebuiltAfter(() => editFile(path.join(dir, "grafikk/logo.svg"), 'width="80"', 'width="81"'));
    expect(await letter()).not.toBe(before);

    // Without this run's secret every request gets 403 and nothing else.
    const url = new URL(preview.url);
    const [, secret = ""] = url.pathname.split("/");
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.pathname).toBe(`/${secret}/`);
    const page = await get("");
    expect(page.status).toBe(200);
    // The page's own requests are relative, so they carry the secret too.
    expect(await page.text()).toContain('<script src="page.js"');
    expect((await get("state")).status).toBe(200);
    expect((await get(`letter?key=${encodeURIComponent(KEY)}`)).status).toBe(200);
    const wrong = `${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
    for (const route of ["/", "/state", `/${secret}`, `/${wrong}/state`, `/${wrong}/`, "/page.js", `/state?token=${secret}`, `/x/${secret}/state`]) {
      const res = await fetch(new URL(route, url.origin));
      expect([route, res.status, await res.text()]).toEqual([route, 403, "forbidden"]);
    }
    expect((await fetch(new URL("/state", url.origin), { method: "POST" })).status).toBe(403);
    expect((await get("state", { method: "POST" })).status).toBe(405);
  });

  it("a folder that cannot be watched marks every letter stale and says so", async () => {
    const watch: WatchOptions["watch"] = (folder, options, listener) => {
      if (path.basename(folder) === "assets") throw Object.assign(new Error("too many open files"), { code: "EMFILE" });
      return fsWatch(folder, options, listener);
    };
    const { state } = await open(async () => {}, { watch });
    const { letters, problems } = await state();
    expect(letters.length).toBe(3);
    expect(letters.every((l) => l.stale)).toBe(true);
    expect(problems).toEqual([
      expect.objectContaining({
        where: "assets",
        message: "brev cannot watch this folder (EMFILE), so the letters are not updated when a file in it changes",
      }),
    ]);
  });
});
