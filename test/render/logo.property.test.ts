// Property test: random logos (issue 17, acceptance). PNG and JPEG headers of any size, colour type and depth, data
// that is right, random or cut off; SVGs with any aspect ratio and hrefs, CSS url()s, imports and DOCTYPEs pointing at
// a file outside the project; links in and out of the project, named pipes, folders, sparse files, missing files.
// Whatever the logo:
// - the loader answers (an image or a problem in words), never throws, never blocks;
// - memory stays bounded (the process's resident size grows by less than 400 MB over the whole run);
// - nothing outside the project is read: any logo that refers to or links to the outside file is refused;
// - through the CLI (`validate`, every 5th case) the exit code is 0, 1 or 3 and no stack trace is printed.
// PROPERTY_RUNS sets the number of cases (default 40); PROPERTY_SEED repeats a run.
import { mkdir, open, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { deflateSync } from "node:zlib";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadImage } from "../../src/render/images.js";
import { STACK_FRAME } from "../helpers/cli.js";
import { jpegHeader, png, rawSize, solidPng, svg, TINY_JPEG } from "../helpers/images.js";
import { logoProject } from "../helpers/logo-project.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { run } from "../helpers/tools.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);
const SEED = process.env.PROPERTY_SEED === undefined ? undefined : Number(process.env.PROPERTY_SEED);

interface Case {
  /** What is at the logo path. */
  make: (file: string, outside: string) => Promise<void>;
  /** The logo refers to or leads to the outside file: it must be refused. */
  touchesOutside: boolean;
  label: string;
}

const size = fc.oneof(fc.constantFrom(0, 1, 2, 7, 100, 5001, 30000, 100000, 2 ** 31), fc.integer({ min: 1, max: 300 }));

const pngCase: fc.Arbitrary<Case> = fc
  .record({
    width: size,
    height: size,
    colour: fc.constantFrom(0, 2, 3, 4, 6, 1, 5, 7),
    depth: fc.constantFrom(1, 2, 4, 8, 16, 3),
    interlace: fc.constantFrom(0, 1) as fc.Arbitrary<0 | 1>,
    data: fc.constantFrom("right", "random", "short", "long"),
    cut: fc.option(fc.integer({ min: 0, max: 200 })),
    junk: fc.uint8Array({ minLength: 0, maxLength: 64 }),
  })
  .map((p) => {
    const small = p.width <= 1000 && p.height <= 1000;
    const raw = small ? rawSize(p) : 64;
    const idat =
      p.data === "random"
        ? Buffer.from(p.junk)
        : deflateSync(Buffer.alloc(p.data === "short" ? Math.max(0, raw - 1) : p.data === "long" ? raw * 4 + 100 : raw));
    let bytes: Buffer = png({ ...p, idat });
    if (p.cut !== null) bytes = bytes.subarray(0, Math.min(bytes.length, p.cut));
    return { label: `png ${JSON.stringify({ ...p, junk: p.junk.length })}`, touchesOutside: false, make: (file: string) => writeFile(file, bytes) };
  });

const jpegCase: fc.Arbitrary<Case> = fc.oneof(
  fc
    .record({
      width: fc.constantFrom(0, 1, 8, 5000, 5001, 65535),
      height: fc.constantFrom(0, 1, 8, 5000, 5001, 65535),
      marker: fc.constantFrom(0xc0, 0xc1, 0xc2, 0xc3, 0xc8, 0xc9, 0xcc, 0xcf),
      components: fc.constantFrom(0, 1, 2, 3, 4, 255),
      precision: fc.constantFrom(8, 12, 0),
    })
    .map((j) => {
      const bytes = jpegHeader(j.width, j.height, j.marker, j.components, j.precision);
      return { label: `jpeg header ${JSON.stringify(j)}`, touchesOutside: false, make: (file: string) => writeFile(file, bytes) };
    }),
  fc.record({ at: fc.nat(TINY_JPEG.length - 1), value: fc.integer({ min: 0, max: 255 }), cut: fc.nat(TINY_JPEG.length) }).map((j) => {
    const bytes = Buffer.from(TINY_JPEG);
    bytes[j.at] = j.value;
    const cut = bytes.subarray(0, j.cut);
    return { label: `jpeg ${JSON.stringify(j)}`, touchesOutside: false, make: (file: string) => writeFile(file, cut) };
  }),
);

const svgRef = fc.constantFrom(
  { ref: (o: string) => o, outside: true },
  { ref: (o: string) => `file://${o}`, outside: true },
  { ref: () => "../outside.png", outside: true },
  { ref: () => "https://example.com/x.png", outside: true },
  { ref: (o: string) => `data:image/svg+xml;base64,${svg(`<image href="${o}" width="9" height="9"/>`).toString("base64")}`, outside: true },
  { ref: () => `data:image/png;base64,${solidPng(3, 3, [0, 0, 255]).toString("base64")}`, outside: false },
  { ref: () => "#a", outside: false },
);

const svgCase: fc.Arbitrary<Case> = fc
  .record({
    ratio: fc.constantFrom(1, 0.5, 9.9, 10.1, 1000, 3000, 1_000_000, 0.001, 0),
    use: fc.constantFrom("image href", "image xlink:href", "css url", "style import", "doctype", "none"),
    ref: svgRef,
  })
  .map((s) => {
    const box = `viewBox="0 0 ${s.ratio * 100} 100"`;
    let body = '<rect id="a" width="10" height="10"/>';
    let touches = false;
    const ref = (o: string) => s.ref.ref(o);
    const text = (o: string): string => {
      if (s.use === "image href") body += `<image href="${ref(o)}" width="50" height="50"/>`;
      if (s.use === "image xlink:href") body += `<image xlink:href="${ref(o)}" width="50" height="50"/>`;
      if (s.use === "css url") body += `<rect width="50" height="50" style="fill: url('${ref(o)}')"/>`;
      if (s.use === "style import") body += `<style>@import url("${ref(o)}");</style>`;
      const doc = svg(body, box).toString();
      return s.use === "doctype" ? `<!DOCTYPE svg [<!ENTITY x "${o}">]>${doc}` : doc;
    };
    touches = s.use !== "none" && (s.ref.outside || s.use === "doctype" || s.use === "style import");
    return {
      label: `svg ${JSON.stringify({ ...s, ref: s.ref.ref("OUT") })}`,
      touchesOutside: touches,
      make: (file: string, o: string) => writeFile(file, text(o)),
    };
  });

const fileCase: fc.Arbitrary<Case> = fc.constantFrom<Case>(
  { label: "named pipe", touchesOutside: false, make: async (file) => void run("mkfifo", [file]) },
  { label: "link out of the project", touchesOutside: true, make: (file, o) => symlink(o, file) },
  {
    label: "link inside the project",
    touchesOutside: false,
    make: async (file) => {
      await writeFile(`${file}.real`, solidPng(2, 2, [1, 2, 3]));
      await symlink(`${path.basename(file)}.real`, file);
    },
  },
  { label: "folder", touchesOutside: false, make: (file) => mkdir(file) },
  { label: "missing", touchesOutside: false, make: async () => {} },
  {
    label: "sparse 1.9 GB",
    touchesOutside: false,
    make: async (file) => {
      const handle = await open(file, "w");
      await handle.truncate(1900 * 1024 * 1024);
      await handle.close();
    },
  },
);

describe("random logos", () => {
  let project: { root: string; dir: string };
  let outside: string;
  beforeAll(async () => {
    project = await logoProject("logo");
    // Outside the project: a PNG the loader must never read.
    outside = path.join(project.root, "outside.png");
    await writeFile(outside, solidPng(7, 3, [0, 255, 0]));
  });

  it(`${RUNS} random logos: an image or a problem in words, bounded memory, nothing outside read, exit 0/1/3 only`, async () => {
    const start = process.memoryUsage().rss;
    let peak = start;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(pngCase, jpegCase, svgCase, fileCase), async (c) => {
        const file = path.join(project.dir, "logo");
        await rm(file, { recursive: true, force: true });
        await rm(`${file}.real`, { force: true });
        await c.make(file, outside);
        const loaded = await loadImage(file, project.dir);
        peak = Math.max(peak, process.memoryUsage().rss);
        if ("problem" in loaded) expect(loaded.problem, c.label).toMatch(/^[^\n]+$/);
        else {
          expect(c.touchesOutside, c.label).toBe(false);
          expect(loaded.width * loaded.height, c.label).toBeLessThanOrEqual(25_000_000);
        }
        if (n++ % 5 === 0) {
          const run = await runInProcess(["validate", "registry.yaml", "-t", "templates"], project.dir);
          expect([0, 1, 3], `${c.label}\n${run.stderr}`).toContain(run.code);
          expect(run.stderr).not.toMatch(STACK_FRAME);
          expect(run.code === 0, c.label).toBe(!("problem" in loaded));
        }
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: true },
    );
    expect(peak - start).toBeLessThan(400 * 1024 * 1024);
  });
});
