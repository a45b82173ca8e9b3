/// <reference lib="dom" />
// `brev preview` in a real browser (Debian's chromium, found by test/helpers/tools.ts, headless, driven by playwright-core): open the page, pick an
// agency, edit the registry on disk and see the letter change, see an error appear for a bad save (the last good
// letter stays) and go when it is mended; the PDF link gives the letter's PDF; the server answers only its own
// routes, under the run's secret in its address, on 127.0.0.1 only, to its own host name; Ctrl-C stops it.
import { cp } from "node:fs/promises";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningBrev, startBrev } from "../helpers/cli.js";
import { readPdf } from "../helpers/read-pdf.js";
import { BUDGET } from "../helpers/sample.js";
import { tool } from "../helpers/tools.js";
import { editFile, SAMPLE_REGISTRY, workspace } from "../helpers/workspace.js";

// One browser for the file: launched once, while each describe starts its preview.
let launching: Promise<Browser>;
beforeAll(() => {
  launching = chromium.launch({ executablePath: tool("chromium"), args: ["--no-sandbox"] });
});
afterAll(async () => {
  await (await launching.catch(() => undefined))?.close();
});

describe("brev preview", () => {
  let dir: string;
  let preview: RunningBrev;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = await workspace();
    // Two registries: a broken save in one leaves the other's letters as they are.
    await cp(path.join(BUDGET, "data"), path.join(dir, "data"), { recursive: true });
    await cp(path.join(BUDGET, "templates"), path.join(dir, "templates"), { recursive: true });
    preview = startBrev(["preview"], dir);
    [browser, url] = await Promise.all([launching, preview.waitFor(/brev preview: (http:\/\/127\.0\.0\.1:\d+\/[\w-]+\/)/).then((m) => m[1] ?? "")]);
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  });

  afterAll(async () => {
    await page?.close();
    await preview?.stop();
  });

  /** Waits until the page has shown the state after rebuild number `version` or later. */
  const shown = (after: number) => page.waitForFunction((v) => Number(document.body.dataset.shown ?? 0) > v, after, { timeout: 10_000 });
  const version = async () => Number(await page.evaluate(() => document.body.dataset.shown ?? 0));

  it("lists the agencies and shows the letter picked", async () => {
    await page.goto(url);
    await shown(0);
    expect(await page.locator("nav button").allInnerTexts()).toHaveLength(9);
    await page.locator('nav button[data-key="inkluderingsdugnaden-2020/kartverket"]').click();
    const sheet = page.locator("#sheet .letter");
    await expect.poll(() => sheet.innerText()).toContain("Tillegg nr. 3 til tildelingsbrev 2020 til Kartverket");
    expect(await sheet.innerText()).toContain("Med helsing");
    expect(await page.locator("#problems li").count()).toBe(0);
  });

  it("shows the new text after the registry is saved", async () => {
    const before = await version();
    await editFile(path.join(dir, SAMPLE_REGISTRY), "name: Kartverket", "name: Statens kartverk");
    await shown(before);
    await expect.poll(() => page.locator("#sheet .letter").innerText()).toContain("Tillegg nr. 3 til tildelingsbrev 2020 til Statens kartverk");
    expect(await page.locator("#name").innerText()).toBe("Statens kartverk");
    // A template saved: the same.
    const after = await version();
    await editFile(path.join(dir, "templates/inkluderingsdugnaden.nn.md.hbs"), "# Innleiing", "# Innleiing og bakgrunn");
    await shown(after);
    await expect.poll(() => page.locator("#sheet .letter").innerText()).toContain("1. Innleiing og bakgrunn");
  });

  it("shows an error at its line for a bad save, keeps the last good letter, and clears it when mended", async () => {
    let before = await version();
    await editFile(path.join(dir, SAMPLE_REGISTRY), "    our_ref: 19/4649-84", "    our_ref:19/4649-84");
    await shown(before);
    const problems = page.locator("#problems li");
    await expect
      .poll(() => problems.allInnerTexts())
      .toEqual(["data/inkluderingsdugnaden-2020.yaml:92:5 error: YAML: a key needs a space after its colon\nhint: write our_ref: 19/4649-84"]);
    expect(await page.locator("#sheet .letter").innerText()).toContain("til Statens kartverk");
    expect(await page.locator("#stale").isVisible()).toBe(true);
    // Only the broken registry's letters are marked.
    const marks = await page.locator("nav button small").allInnerTexts();
    expect(marks.filter((m) => m.endsWith("(not updated)"))).toHaveLength(6);
    expect(await page.locator('nav button[data-key^="budsjettendring-2020/"] small').allInnerTexts()).toEqual(["digdir", "valgdirektoratet", "kartverket"]);

    before = await version();
    await editFile(path.join(dir, SAMPLE_REGISTRY), "    our_ref:19/4649-84", "    our_ref: 19/4649-85");
    await shown(before);
    await expect.poll(() => problems.count()).toBe(0);
    expect(await page.locator("#stale").isVisible()).toBe(false);
    expect(await page.locator("#sheet .letter").innerText()).toContain("19/4649-85");
  });

  it("gives the letter's PDF and DOCX, made when asked for", async () => {
    const pdf = await page.request.get(
      await page
        .locator("#pdf")
        .getAttribute("href")
        .then((h) => new URL(h ?? "", url).href),
    );
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await readPdf(await pdf.body())).pages.join("\n")).toContain("19/4649-85");
    const docx = await page.request.get(new URL(`file?format=docx&key=${encodeURIComponent("inkluderingsdugnaden-2020/kartverket")}`, url).href);
    expect(docx.status()).toBe(200);
    expect((await docx.body()).subarray(0, 2).toString()).toBe("PK");
  });

  it("answers only its own routes, under its secret, to its own host name, on 127.0.0.1 only", async () => {
    // Under the secret: nothing but the preview's own routes.
    for (const route of ["data/inkluderingsdugnaden-2020.yaml", "file?format=pdf&key=../../etc/passwd", "letter?key=../../etc/passwd"]) {
      const res = await fetch(new URL(route, url), { redirect: "manual" });
      expect([route, res.status]).toEqual([route, 404]);
      expect(await res.text()).not.toContain("agencies:");
    }
    // Without it (or climbing out of it): 403, whatever is asked.
    for (const route of ["/../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "/state", "../state", "/data/inkluderingsdugnaden-2020.yaml"]) {
      const res = await fetch(new URL(route, url), { redirect: "manual" });
      expect([route, res.status, await res.text()]).toEqual([route, 403, "forbidden"]);
    }
    expect((await fetch(new URL("state", url), { method: "POST" })).status).toBe(405);
    const port = Number(new URL(url).port);
    // A request naming another host (a page elsewhere that points its name at 127.0.0.1) is refused.
    const other = await new Promise<string>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => socket.end("GET /state HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n"));
      let reply = "";
      socket.on("data", (d) => {
        reply += d;
      });
      socket.on("close", () => resolve(reply));
    });
    expect(other).toMatch(/^HTTP\/1\.1 421 /);
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
    if (outside) {
      const refused = await new Promise<string>((resolve) => {
        const socket = connect(port, outside, () => {
          socket.destroy();
          resolve("connected");
        });
        socket.on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? "error"));
      });
      expect(refused).toBe("ECONNREFUSED");
    }
  });

  it("stops cleanly on Ctrl-C", async () => {
    expect(await preview.stop()).toBe(0);
    expect(preview.output()).toMatch(/brev preview: stopped\n$/);
    await expect(fetch(url)).rejects.toThrow();
  });
});

describe("brev preview in bokmål", () => {
  let preview: RunningBrev;
  let page: Page;

  afterAll(async () => {
    await page?.close();
    await preview?.stop();
  });

  it("the page speaks the run's language: lang, title, labels, problems and marks", async () => {
    const dir = await workspace();
    preview = startBrev(["preview"], dir, { BREV_LANG: "nb" });
    const [browser, url] = await Promise.all([
      launching,
      preview.waitFor(/brev forhåndsvisning: (http:\/\/127\.0\.0\.1:\d+\/[\w-]+\/) {2}\(åpne den i nettleseren; Ctrl-C stopper\)/).then((m) => m[1] ?? ""),
    ]);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.waitForFunction(() => Number(document.body.dataset.shown ?? 0) > 0, undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nb");
    expect(await page.title()).toBe("brev – forhåndsvisning");
    expect(await page.locator("nav h1").innerText()).toBe("brev – forhåndsvisning");
    // A bad save: the problem in bokmål words, the letters marked, the last good letter kept with its note.
    const before = Number(await page.evaluate(() => document.body.dataset.shown ?? 0));
    await editFile(path.join(dir, SAMPLE_REGISTRY), "    our_ref: 19/4649-84", "    our_ref:19/4649-84");
    await page.waitForFunction((v) => Number(document.body.dataset.shown ?? 0) > v, before, { timeout: 10_000 });
    const problem = (await page.locator("#problems li").allInnerTexts())[0] ?? "";
    expect(problem).toMatch(/^data\/inkluderingsdugnaden-2020\.yaml:92:5 feil: \S.*\ntips: \S/);
    expect(await page.locator("#stale").innerText()).toBe("det siste gode brevet: rett feilen over for å se endringen din");
    const marks = await page.locator("nav button small").allInnerTexts();
    expect(marks.filter((m) => m.endsWith(" (ikke oppdatert)"))).toHaveLength(6);
    const text = await page.evaluate(() => document.body.innerText);
    for (const english of ["preview", "error:", "hint:", "not updated", "the last good letter"]) expect(text).not.toContain(english);
    await page.screenshot({ path: process.env.BREV_PREVIEW_SCREENSHOT ?? path.join(tmpdir(), "brev-preview-nb.png"), fullPage: false });
  }, 60_000);
});
