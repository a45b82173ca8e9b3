// A letter's PDF is the same whatever the process drew before it. fontkit keeps one glyph object per glyph for the
// whole process, made for the characters it was first laid out for (a substitution can make a Latin glyph for a
// Cyrillic letter), and pdfkit took a glyph's text (the ToUnicode map) from it: after a letter in Cyrillic, the next
// letter's bytes changed and some of its Latin letters read wrong. Found when letters made in this process and on
// render threads differed. Each order runs in a fresh process (the built brev, from dist/), as a render thread does.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/sample.js";

/** The sha256 of the last of `texts`' letters, each drawn in turn by one renderer in a new process. */
function lastLetter(texts: string[]): string {
  const script = `
    import { readFileSync } from "node:fs";
    import { createHash } from "node:crypto";
    import { createPdfRenderer } from ${JSON.stringify(path.join(REPO, "dist/render/pdf.js"))};
    import { loadFonts } from ${JSON.stringify(path.join(REPO, "dist/render/fonts.js"))};
    const render = createPdfRenderer(await loadFonts());
    const base = JSON.parse(readFileSync(${JSON.stringify(path.join(REPO, "test/fixtures/golden/inkluderingsdugnaden-2020/dss.json"))}, "utf8"));
    delete base.logo;
    let last;
    for (const text of ${JSON.stringify(texts)}) last = await render({ ...base, body: [{ type: "paragraph", content: [{ text }] }] });
    process.stdout.write(createHash("sha256").update(last).digest("hex"));
  `;
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
}

describe("a PDF does not depend on the letters drawn before it", () => {
  it("a letter drawn after one in Cyrillic has the bytes it has when drawn first", () => {
    const latin = "x y C c Latin";
    const alone = lastLetter([latin]);
    expect(alone).toMatch(/^[0-9a-f]{64}$/);
    expect(lastLetter(["Ωω Греческий ÆØÅ æøå", "Сс Сc Кириллица", latin])).toBe(alone);
  });
});
