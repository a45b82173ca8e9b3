// The logo as untrusted input (issue 17): what cannot be a committed fixture (a named pipe, a sparse 1.9 GB file, a
// PNG of the full 875 KB / 1.75 MB, an SVG naming a real outside file by its absolute path) is made here at run time,
// and the valid kinds are shown to still reach the letters. Every case runs validate and generate in this process.
import { mkdir, open, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadImage, MAX_PIXELS } from "../../src/render/images.js";
import { STACK_FRAME } from "../helpers/cli.js";
import { jpegHeader, png, solidPng, svg, TINY_JPEG } from "../helpers/images.js";
import { LOGO_AT, logoProject } from "../helpers/logo-project.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { run } from "../helpers/tools.js";

/** validate, and generate unless `validateOnly` (the fixtures run both for every refusal already). */
async function both(
  dir: string,
  validateOnly = false,
): Promise<{ validate: { code: number; stderr: string }; generate: { code: number; stderr: string }; written: string[] }> {
  const validate = await runInProcess(["validate", "registry.yaml", "-t", "templates"], dir);
  const generate = validateOnly ? validate : await runInProcess(["generate", "registry.yaml", "-t", "templates", "-o", "out"], dir);
  const written = await readdir(path.join(dir, "out/bad-case")).catch(() => []);
  for (const run of [validate, generate]) expect(run.stderr).not.toMatch(STACK_FRAME);
  return { validate, generate, written };
}

/** A red PNG outside the project: its pixels must never reach a letter. */
async function outsideRed(root: string): Promise<string> {
  const file = path.join(root, "red.png");
  await writeFile(file, solidPng(4, 4, [255, 0, 0]));
  return file;
}

describe("the logo is bounded before it is read or decoded", () => {
  it("a named pipe: refused at once with its path, validate and generate do not block", async () => {
    const { dir } = await logoProject("logo.png");
    run("mkfifo", [path.join(dir, "logo.png")]);
    const { validate, generate, written } = await both(dir);
    expect([validate.code, generate.code]).toEqual([1, 1]);
    expect(validate.stderr).toContain(`${LOGO_AT}logo.png is a named pipe, not an image file`);
    expect(written).toEqual([]);
  });

  it("a sparse 1.9 GB file: refused by its size on disk (fstat), never read", async () => {
    const { dir } = await logoProject("logo.png");
    const handle = await open(path.join(dir, "logo.png"), "w");
    await handle.write(png({ width: 4, height: 4 }));
    await handle.truncate(1900 * 1024 * 1024);
    await handle.close();
    const { validate } = await both(dir, true);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain(`${LOGO_AT}the image is 1900.0 MB; a logo may be at most 2 MB`);
  });

  it.each([
    ["palette with transparency", 3, 875_000],
    ["grey with alpha", 4, 1_750_000],
  ])("a 30000 x 30000 PNG, %s, of the full size: refused by its header, nothing inflated", async (_, colour, size) => {
    // The data is not even deflate: the header alone must refuse it.
    const file = png({ width: 30000, height: 30000, colour, idat: Buffer.alloc(size, 0x55) });
    const { dir } = await logoProject("logo.png");
    await writeFile(path.join(dir, "logo.png"), file);
    const { validate, generate } = await both(dir, true);
    expect([validate.code, generate.code]).toEqual([1, 1]);
    expect(validate.stderr).toContain(`${LOGO_AT}the PNG is 30000 x 30000 pixels; a logo may have at most 25 million pixels (e.g. 5000 x 5000)`);
  });

  it("a JPEG over 12.5 million pixels, a 16-bit PNG over 12.5 million, a JPEG of 0 x 0: refused by the header", async () => {
    expect(await loadImage(await put(jpegHeader(6000, 6000)), "/")).toEqual({
      problem: "the JPEG is 6000 x 6000 pixels; a JPEG logo may have at most 12.5 million pixels (e.g. 3500 x 3500)",
      hint: "save the logo smaller: it is printed at most 4 cm wide, so 1000 pixels across is plenty",
    });
    expect(await loadImage(await put(jpegHeader(0, 0)), "/")).toEqual({ problem: "the JPEG is 0 x 0 pixels; an image needs at least one pixel" });
    expect(MAX_PIXELS).toBe(25_000_000);
    // 16-bit colour takes twice the memory a pixel: half as many.
    expect(await loadImage(await put(png({ width: 4000, height: 4000, colour: 6, depth: 16, idat: Buffer.alloc(9) })), "/")).toEqual({
      problem: "the PNG is 4000 x 4000 pixels; a logo of 16-bit colour may have at most 12.5 million pixels (e.g. 3500 x 3500)",
      hint: "save the logo smaller: it is printed at most 4 cm wide, so 1000 pixels across is plenty",
    });
  });

  it.each([0, 2, 4, 6])("a 16-bit PNG of colour type %i over 12.5 million pixels: refused by its header, also embedded in an SVG", async (colour) => {
    const big = png({ width: 5000, height: 5000, colour, depth: 16, idat: Buffer.alloc(9) });
    const problem = "the PNG is 5000 x 5000 pixels; a logo of 16-bit colour may have at most 12.5 million pixels (e.g. 3500 x 3500)";
    expect(await loadImage(await put(big), "/")).toMatchObject({ problem });
    const embedded = await loadImage(await put(svg(`<image href="data:image/png;base64,${big.toString("base64")}"/>`)), "/");
    expect(embedded).toMatchObject({ problem: `an image embedded in the SVG cannot be used: ${problem}` });
  });

  it("an interlaced PNG whose data inflates past its size: refused, not inflated whole", async () => {
    const { deflateSync } = await import("node:zlib");
    const bomb = png({ width: 10, height: 10, interlace: 1, idat: deflateSync(Buffer.alloc(4 * 1024 * 1024)) });
    expect(await loadImage(await put(bomb), "/")).toEqual({
      problem: "the PNG image is damaged and cannot be decoded (its image data does not match its size)",
      hint: "open the logo in an image program and save it again as PNG, or get a new copy of the file",
    });
  });
});

/** A file in a scratch folder, for loadImage with the root as the project. */
async function put(bytes: Uint8Array): Promise<string> {
  const { root } = await logoProject("x");
  const file = path.join(root, "image");
  await writeFile(file, bytes);
  return file;
}

describe("an SVG logo draws only what it contains", () => {
  it.each([
    ["an <image href> to an absolute path", (red: string) => `<image href="${red}" width="80" height="96"/>`],
    ["an xlink:href", (red: string) => `<image xlink:href="${red}" width="80" height="96"/>`],
    ["a file: URL", (red: string) => `<image href="file://${red}" width="80" height="96"/>`],
    ["a CSS url()", (red: string) => `<rect width="80" height="96" style="fill:url('${red}')"/>`],
    [
      "an SVG embedded as data: that refers to the file",
      (red: string) => `<image href="data:image/svg+xml;base64,${svg(`<image href="${red}"/>`).toString("base64")}"/>`,
    ],
    ["a character reference", (red: string) => `<image href="&#47;${red.slice(1)}" width="80" height="96"/>`],
    ["an unquoted href", (red: string) => `<image href=${red} width="80" height="96"/>`],
  ])("%s: refused at the registry line, the outside file never drawn", async (_, body) => {
    const { root, dir } = await logoProject("logo.svg");
    const red = await outsideRed(root);
    await writeFile(path.join(dir, "logo.svg"), svg(body(red)));
    const { validate, generate, written } = await both(dir, true);
    expect([validate.code, generate.code]).toEqual([1, 1]);
    expect(validate.stderr).toContain(`${LOGO_AT}`);
    expect(validate.stderr).toMatch(/the SVG (refers to|has an href)/);
    expect(written).toEqual([]);
  });

  it("an entity spelling the reference: refused for its DOCTYPE", async () => {
    const { root, dir } = await logoProject("logo.svg");
    const red = await outsideRed(root);
    const text = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY i '<image &#104;ref="${red}" width="80" height="96"/>'>]>${svg("&i;")}`;
    await writeFile(path.join(dir, "logo.svg"), text);
    const { validate } = await both(dir, true);
    expect(validate.stderr).toContain(`${LOGO_AT}the SVG has a DOCTYPE or entity declarations`);
  });

  it("#fragments and embedded PNG and JPEG images are fine, and rasterised", async () => {
    const { dir } = await logoProject("logo.svg");
    const body = [
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#8a1c22"/></linearGradient></defs>',
      '<rect width="80" height="48" fill="url(#g)"/>',
      `<image href="data:image/png;base64,${solidPng(4, 4, [0, 0, 255]).toString("base64")}" y="48" width="40" height="48"/>`,
      `<image xlink:href="data:image/jpeg;base64,${TINY_JPEG.toString("base64")}" x="40" y="48" width="40" height="48"/>`,
    ].join("");
    await writeFile(path.join(dir, "logo.svg"), svg(body));
    const { validate } = await both(dir, true);
    expect([validate.code, validate.stderr]).toEqual([0, ""]);
    const loaded = await loadImage(path.join(dir, "logo.svg"), dir);
    expect("problem" in loaded ? loaded : [loaded.width, loaded.height]).toEqual([315, 378]);
  });

  it("an embedded PNG over the pixel limit: refused as a logo file would be", async () => {
    const { dir } = await logoProject("logo.svg");
    const big = png({ width: 30000, height: 30000, colour: 3, idat: Buffer.alloc(100) });
    await writeFile(path.join(dir, "logo.svg"), svg(`<image href="data:image/png;base64,${big.toString("base64")}"/>`));
    const { validate } = await both(dir, true);
    expect(validate.stderr).toContain(`${LOGO_AT}an image embedded in the SVG cannot be used: the PNG is 30000 x 30000 pixels`);
  });

  it("10:1 is drawn within 3780 x 378 pixels; taller than wide likewise", async () => {
    const wide = await loadImage(await put(svg('<rect width="1000" height="100"/>', 'viewBox="0 0 1000 100"')), "/");
    expect("problem" in wide ? wide : [wide.width, wide.height]).toEqual([3780, 378]);
    const tall = await loadImage(await put(svg('<rect width="1" height="10"/>', 'viewBox="0 0 1 10"')), "/");
    expect("problem" in tall ? tall : [tall.width, tall.height]).toEqual([38, 378]);
    const taller = await loadImage(await put(svg('<rect width="1" height="11"/>', 'viewBox="0 0 1 11"')), "/");
    expect(taller).toEqual({
      problem: "the SVG is 11 times as tall as it is wide; a logo may be at most 10 times as wide as tall or as tall as wide",
      hint: "crop the logo to what is printed, or set the SVG's viewBox to the logo's own size",
    });
  });
});

describe("an SVG logo has no filter effects (their cost is set by their numbers, not by the file's size)", () => {
  const NO_EFFECTS = "export the logo again without filter effects (blur, shadow, glow) and with fewer masks and copies, or save it as PNG";
  const SIZE = 'width="100" height="100" viewBox="0 0 100 100"';
  it.each([
    ["feMorphology radius 100", '<filter id="f"><feMorphology radius="100"/></filter>', "filter"],
    ["feConvolveMatrix of order 300", `<filter id="f"><feConvolveMatrix order="300" kernelMatrix="${"1 ".repeat(90000)}"/></filter>`, "filter"],
    ["feTurbulence of 100000 octaves", '<filter id="f" x="-10000%" width="20000%"><feTurbulence baseFrequency="0.5" numOctaves="100000"/></filter>', "filter"],
    ["a prefixed primitive alone", '<svg:feGaussianBlur xmlns:svg="http://www.w3.org/2000/svg" stdDeviation="9"/>', "feGaussianBlur"],
  ])("%s: refused by the loader before resvg draws it", async (_, filter, element) => {
    const loaded = await loadImage(await put(svg(`${filter}<rect width="100" height="100" filter="url(#f)"/>`, SIZE)), "/");
    expect(loaded).toEqual({
      problem: `the SVG has a filter effect (<${element}>), which a logo does not need and which can take minutes to draw`,
      hint: NO_EFFECTS,
    });
  });

  it("masks chained 300 deep, or <use> copying copies (10^6 rectangles from 61 elements): refused by their count", async () => {
    let masks = "";
    for (let i = 0; i < 300; i++) masks += `<mask id="m${i}"><rect width="100" height="100" fill="white"${i ? ` mask="url(#m${i - 1})"` : ""}/></mask>`;
    expect(await loadImage(await put(svg(`<defs>${masks}</defs><rect width="100" height="100" mask="url(#m299)"/>`, SIZE)), "/")).toEqual({
      problem:
        "the SVG has 300 masks, clip paths, patterns or markers used 300 times and 0 <use> copies; a logo may have at most 16, 64 and 16, as more can take minutes to draw",
      hint: NO_EFFECTS,
    });
    let uses = '<rect id="r0" width="100" height="100"/>';
    for (let level = 1; level <= 6; level++) uses += `<g id="r${level}">${`<use href="#r${level - 1}"/>`.repeat(10)}</g>`;
    const fanned = await loadImage(await put(svg(`<defs>${uses}</defs><use href="#r6"/>`, SIZE)), "/");
    expect("problem" in fanned && fanned.problem).toBe(
      "the SVG has 0 masks, clip paths, patterns or markers used 0 times and 61 <use> copies; a logo may have at most 16, 64 and 16, as more can take minutes to draw",
    );
  });

  it.each([
    ["a filter attribute", '<rect width="9" height="9" filter="blur(9px)"/>'],
    ["a CSS filter in a style attribute", '<rect width="9" height="9" style="fill:red;filter: drop-shadow(1px 1px 9px)"/>'],
    ["a CSS filter in a style element", '<style>rect{ filter:blur(90px) }</style><rect width="9" height="9"/>'],
    ["a filter spelt with a character reference", '<rect width="9" height="9" style="filt&#101;r:blur(90px)"/>'],
  ])("%s (a filter function, no filter element): refused", async (_, body) => {
    const loaded = await loadImage(await put(svg(body, SIZE)), "/");
    expect(loaded).toEqual({
      problem: "the SVG applies a filter effect (filter), which a logo does not need and which can take minutes to draw",
      hint: NO_EFFECTS,
    });
  });

  it('filter="none", and words like "filter" in text, are fine', async () => {
    const body = '<rect width="9" height="9" filter="none" style="filter: none"/><text>coffee filter: fine</text><g id="feed"/>';
    const loaded = await loadImage(await put(svg(body, SIZE)), "/");
    expect("problem" in loaded ? loaded : [loaded.width, loaded.height]).toEqual([378, 378]);
  });
});

describe("valid logos still reach the letters, through links inside the project too", () => {
  it.each([
    ["a PNG", "logo.png", () => solidPng(8, 8, [10, 20, 30])],
    ["a JPEG", "logo.jpg", () => TINY_JPEG],
  ])("%s", async (_, name, bytes) => {
    const { dir } = await logoProject(name);
    await writeFile(path.join(dir, name), bytes());
    const { validate, generate, written } = await both(dir);
    expect([validate.code, validate.stderr, generate.code]).toEqual([0, "", 0]);
    expect(written).toEqual(["dss.arkivmelding.xml", "dss.docx", "dss.pdf", "journal.csv", "manifest.json"]);
  });

  it("a logo that is a link to a file in the project's assets/", async () => {
    const { dir } = await logoProject("logo.png");
    await mkdir(path.join(dir, "assets"));
    await writeFile(path.join(dir, "assets", "real.png"), solidPng(8, 8, [10, 20, 30]));
    await symlink("assets/real.png", path.join(dir, "logo.png"));
    const { validate } = await both(dir, true);
    expect([validate.code, validate.stderr]).toEqual([0, ""]);
  });

  it("a logo that is a link out of the project: refused, its pixels never read", async () => {
    const { root, dir } = await logoProject("logo.png");
    await symlink(await outsideRed(root), path.join(dir, "logo.png"));
    const { validate } = await both(dir, true);
    expect(validate.stderr).toContain(`${LOGO_AT}the file leads outside the project folder (through a link)`);
    expect((await readFile(path.join(root, "red.png"))).length).toBeGreaterThan(0);
  });
});
