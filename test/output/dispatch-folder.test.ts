// The one door to out/<dispatch>/: special files stop the run at once with their path, links are never followed,
// out/ may be a link only when the user named it, and leftovers are deleted only when their run is provably gone.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DispatchFolder } from "../../src/output/dispatch-folder.js";
import { THIS_RUN } from "../../src/output/temp-file.js";
import { FileError } from "../../src/shared/errors.js";

const servers: net.Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

async function setup() {
  const root = await mkdtemp(path.join(tmpdir(), "brev-folder-"));
  const out = path.join(root, "out");
  const dir = path.join(out, "d");
  await mkdir(dir, { recursive: true });
  const outside = path.join(root, "outside.pdf");
  await writeFile(outside, "precious");
  const open = (outDir = out, outNamed = false) => DispatchFolder.open(outDir, "d", { outNamed, shown: (f) => path.relative(root, f) });
  return { root, out, dir, outside, open };
}

const special: [string, (file: string, outside: string) => Promise<void>, string][] = [
  ["a symbolic link", (file, outside) => symlink(outside, file), "is a symbolic link"],
  ["a dangling link", (file) => symlink("/nonexistent/x", file), "is a symbolic link"],
  [
    "a FIFO",
    async (file) => {
      execFileSync("mkfifo", [file]);
    },
    "is a named pipe (FIFO)",
  ],
  ["a folder", (file) => mkdir(file), "is a folder"],
  [
    "a socket",
    (file) =>
      new Promise<void>((resolve) => {
        const server = net.createServer();
        servers.push(server);
        server.listen(file, resolve);
      }),
    "is a socket",
  ],
];

describe("special files where brev keeps its own", () => {
  it.each(special)("%s at a letter's name: read, write and check stop with exit 3 and the path, at once", async (_, make, words) => {
    const { dir, outside, open } = await setup();
    await make(path.join(dir, "dss.pdf"), outside);
    const folder = await open();
    for (const act of [
      () => folder.read("dss.pdf", 1000),
      () => folder.inspect("dss.pdf", "pdf"),
      () => folder.write("dss.pdf", new Uint8Array([1])),
      () => folder.expectFileOrNothing("dss.pdf"),
    ]) {
      const started = Date.now();
      const error = await act().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(Date.now() - started).toBeLessThan(1000);
      expect(error).toBeInstanceOf(FileError);
      expect((error as FileError).exitCode).toBe(3);
      expect((error as Error).message).toContain(`out/d/dss.pdf ${words}`);
    }
    expect(await readFile(outside, "utf8")).toBe("precious");
  });

  it("a link at the manifest's name is never read through", async () => {
    const { dir, outside, open } = await setup();
    await symlink(outside, path.join(dir, "manifest.json"));
    await expect((await open()).read("manifest.json", 1000)).rejects.toThrow("out/d/manifest.json is a symbolic link");
  });

  it("refuses names that are not brev's own (no path can be built from a name)", async () => {
    const folder = await (await setup()).open();
    for (const name of ["../x.pdf", "a/b.pdf", "/etc/passwd", "..", ""]) expect(() => folder.pathOf(name)).toThrow("not a name brev writes");
  });
});

describe("out/ and out/<dispatch> as links", () => {
  it("out/ as a link is refused unless --out names it, and then only when it leads to a folder", async () => {
    const { root, out, open } = await setup();
    const link = path.join(root, "link-out");
    await symlink(out, link);
    await expect(open(link, false)).rejects.toThrow("link-out is a symbolic link; brev writes letters only into a real folder");
    const named = await open(link, true);
    expect(named.dir).toBe(path.join(out, "d"));
    const toFile = path.join(root, "link-file");
    await symlink(path.join(root, "outside.pdf"), toFile);
    await expect(open(toFile, true)).rejects.toThrow("does not lead to a folder");
  });

  it("out/<dispatch> as a link is always refused", async () => {
    const { root, out, open } = await setup();
    await mkdir(path.join(root, "elsewhere"));
    await execFileSync("rm", ["-r", path.join(out, "d")]);
    await symlink(path.join(root, "elsewhere"), path.join(out, "d"));
    for (const named of [false, true]) await expect(open(out, named)).rejects.toThrow("out/d is a symbolic link, not a folder");
  });
});

describe("leftover temp files", () => {
  it("deletes only those of this machine whose process is gone; keeps others and reports them", async () => {
    const { dir, open } = await setup();
    const dead = `.dss.pdf.${THIS_RUN.host}-999999-0000abcd.tmp`;
    const live = `.dss.pdf.${THIS_RUN.host}-${process.pid}-0000abcd.tmp`;
    const remote = ".dss.pdf.0badc0de-999999-0000abcd.tmp";
    const stray = "notes.tmp";
    for (const name of [dead, live, remote, stray]) await writeFile(path.join(dir, name), "x");
    const kept = await (await open()).removeLeftovers((pid) => pid === process.pid, THIS_RUN.host);
    expect(kept.sort()).toEqual([live, remote].sort());
    expect(existsSync(path.join(dir, dead))).toBe(false);
    for (const name of [live, remote, stray]) expect(existsSync(path.join(dir, name))).toBe(true);
  });

  it("a link with a temp file's name stops the run instead of being followed", async () => {
    const { dir, outside, open } = await setup();
    await symlink(outside, path.join(dir, `.dss.pdf.${THIS_RUN.host}-999999-0000abcd.tmp`));
    await expect((await open()).removeLeftovers(() => false, THIS_RUN.host)).rejects.toThrow("is a symbolic link");
    expect(await readFile(outside, "utf8")).toBe("precious");
  });
});
