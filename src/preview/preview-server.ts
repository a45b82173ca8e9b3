// `brev preview`: a page on this machine only (127.0.0.1, a free port) that shows the letters as they will look,
// the problems with file:line:col, and the PDF and DOCX of each letter, made when asked for. It rebuilds when a
// registry, a template or an asset is saved, and tells the page to reload (server-sent events).
// It serves its own page and the letters it composed, by key: nothing from the URL ever reaches the file system.
// Its address carries a secret made for this run (as Jupyter's token does): another user of the machine can reach
// 127.0.0.1 too, but without the secret every request gets 403 and nothing else. The letters' files are made in
// render threads, so not even a fault deep in a library can stop the preview: it becomes a problem on the page.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { BrevContext } from "../api/context.js";
import { type Watching, type WatchOptions, watchInputs } from "../api/watch.js";
import { t } from "../i18n/catalogue.js";
import { type Format, formatSpec, LETTER_FORMATS } from "../model/formats.js";
import { LETTER_CSS } from "../render/html.js";
import { prepareRenderers, type Renderers } from "../render/renderers.js";
import { pageHtml, pageScript } from "./page.js";
import { type PreviewLetter, PreviewState } from "./preview-state.js";

export interface PreviewOptions {
  /** 0 (default): a free port. */
  port?: number;
  /** Called after each rebuild (tests wait on it). */
  onRebuild?: (version: number) => void;
  /** The secret in the address; default: 32 random bytes, new for each run. */
  token?: string;
  /** A stand-in for fs.watch (tests). */
  watch?: WatchOptions["watch"];
}

export interface Preview {
  url: string;
  close(): Promise<void>;
}

const HEADERS = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'",
  // The secret is in every address of the page: no other site is ever told one.
  "Referrer-Policy": "no-referrer",
};

const TEXT = "text/plain; charset=utf-8";

/** Whether `given` is the secret, in a time that does not depend on how much of it is right. */
function isSecret(given: string, secret: string): boolean {
  const hash = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(hash(given), hash(secret));
}

export async function startPreview(registries: readonly string[], ctx: BrevContext, options: PreviewOptions = {}): Promise<Preview> {
  const token = options.token ?? randomBytes(32).toString("base64url");
  const state = new PreviewState(registries, ctx);
  await state.rebuild();
  const listeners = new Set<ServerResponse>();
  const notify = () => {
    for (const res of listeners) res.write(`data: ${state.version}\n\n`);
  };
  let port = 0;
  let watching: Watching | undefined;
  // After each rebuild: the logos' folders watched too, and letters marked where a folder cannot be watched.
  const watchWhatWasRead = () => {
    if (!watching) return;
    watching.watchFiles(state.inputs);
    state.unwatched(watching.unwatched);
  };

  // One rebuild at a time; saves during a rebuild make one more after it. The letter the page last asked for is
  // composed first and shown at once; the page is told again when every letter is.
  let running: Promise<void> | undefined;
  let again = false;
  let showing: string | undefined;
  const rebuild = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await state.rebuild(showing, notify);
        watchWhatWasRead();
      } while (again);
      notify();
      options.onRebuild?.(state.version);
    })()
      .catch(() => {
        // state.rebuild turns every fault into a problem; nothing here may stop the preview either.
      })
      .finally(() => {
        running = undefined;
      });
  };
  watching = await watchInputs(registries, ctx, rebuild, { settleMs: PREVIEW_SETTLE_MS, ...(options.watch ? { watch: options.watch } : {}) });
  watchWhatWasRead();

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, TEXT, t.preview.failed());
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only this machine's own addresses by name: a page elsewhere cannot reach the preview through a DNS trick.
    const host = req.headers.host ?? "";
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, TEXT, t.preview.wrongHost());
    const url = new URL(req.url ?? "/", `http://${host}`);
    // Every address starts with /<secret>/; anything else is refused before it is read any further.
    const [, given = "", ...rest] = url.pathname.split("/");
    if (rest.length === 0 || !isSecret(given, token)) return send(res, 403, TEXT, t.preview.forbidden());
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, TEXT, t.preview.onlyGet());
    switch (`/${rest.join("/")}`) {
      case "/":
        return send(res, 200, "text/html; charset=utf-8", pageHtml());
      case "/page.js":
        return send(res, 200, "text/javascript; charset=utf-8", pageScript());
      case "/letter.css":
        return send(res, 200, "text/css; charset=utf-8", LETTER_CSS);
      case "/state":
        return send(res, 200, "application/json; charset=utf-8", JSON.stringify(stateDocument(state)));
      case "/letter": {
        const letter = state.letters.get(url.searchParams.get("key") ?? "");
        if (!letter) return send(res, 404, TEXT, t.preview.noSuchLetter());
        showing = letter.key;
        return send(res, 200, "text/html; charset=utf-8", state.html(letter));
      }
      case "/file": {
        const letter = state.letters.get(url.searchParams.get("key") ?? "");
        const format = LETTER_FORMATS.find((f) => f === url.searchParams.get("format"));
        if (!letter || !format) return send(res, 404, TEXT, t.preview.noSuchLetter());
        let bytes: Uint8Array;
        try {
          bytes = await render(format, letter);
        } catch (e) {
          const said = state.fileFailed(letter, format, e);
          notify();
          return send(res, 500, TEXT, t.preview.fileFailedAnswer({ said }));
        }
        res.setHeader("Content-Disposition", `inline; filename="${letter.agency}.${formatSpec(format).extension}"`);
        return send(res, 200, formatSpec(format).mediaType, bytes);
      }
      case "/events":
        res.writeHead(200, { ...HEADERS, "Content-Type": "text/event-stream" });
        res.write(`data: ${state.version}\n\n`);
        listeners.add(res);
        req.on("close", () => listeners.delete(res));
        return;
      default:
        return send(res, 404, TEXT, t.preview.notFound());
    }
  }

  // Each format's renderers are made on the first download (fonts loaded once), and again when the logo changes or a
  // render thread failed. They draw in threads: whatever fails there (even a library's error thrown outside any
  // promise) fails that one download, never the preview.
  const made = new Map<Format, { images: PreviewLetter["images"]; renderers: Promise<Renderers> }>();
  const forget = (format: Format) => {
    void made
      .get(format)
      ?.renderers.then((r) => r.close())
      .catch(() => {});
    made.delete(format);
  };
  async function render(format: Format, letter: PreviewLetter): Promise<Uint8Array> {
    let current = made.get(format);
    if (current?.images !== letter.images) {
      forget(format);
      const renderers = prepareRenderers([format], { ...ctx, renderThreads: PREVIEW_THREADS }, letter.images).then((r) => {
        r.expect(PREVIEW_THREADS);
        return r;
      });
      current = { images: letter.images, renderers };
      made.set(format, current);
    }
    try {
      return await (await current.renderers).render(format, letter.model);
    } catch (e) {
      forget(format);
      throw e;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/${token}/`,
    async close() {
      watching?.close();
      for (const { renderers } of made.values()) await (await renderers.catch(() => undefined))?.close();
      for (const res of listeners) res.end();
      await running;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

/**
 * How long the files must be quiet before the preview rebuilds: short, since a clerk waits for it after each save.
 * An editor's save is one write or a write and a rename, microseconds apart; a half-written file read in between
 * would show a problem for one rebuild, and the event of the rest of the write starts the next (`generate --watch`,
 * which writes files, keeps the longer shared/watch-folders.ts SETTLE_MS).
 */
const PREVIEW_SETTLE_MS = 25;

/** Render threads for downloads: the pool starts at two (one letter at a time is drawn, the other waits idle). */
const PREVIEW_THREADS = 2;

function stateDocument(state: PreviewState) {
  return {
    version: state.version,
    letters: [...state.letters.values()].map(({ key, dispatch, agency, name, stale }) => ({ key, dispatch, agency, name, stale })),
    problems: state.problems,
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { ...HEADERS, "Content-Type": type, "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}
