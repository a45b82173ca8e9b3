// `brev preview`: a page on this machine only (127.0.0.1, a free port) that shows the letters as they will look,
// the problems with file:line:col, and the PDF and DOCX of each letter, made when asked for. It rebuilds when a
// registry, a template or an asset is saved, and tells the page to reload (server-sent events).
// It serves its own page and the letters it composed, by key: nothing from the URL ever reaches the file system.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { BrevContext } from "../api/context.js";
import { watchInputs } from "../api/watch.js";
import { FORMATS, type Format, formatSpec } from "../render/formats.js";
import { LETTER_CSS } from "../render/html.js";
import { prepareRenderers, type Renderers } from "../render/renderers.js";
import { PAGE_HTML, PAGE_SCRIPT } from "./page.js";
import { type PreviewLetter, PreviewState } from "./preview-state.js";

export interface PreviewOptions {
  /** 0 (default): a free port. */
  port?: number;
  /** Called after each rebuild (tests wait on it). */
  onRebuild?: (version: number) => void;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
}

const HEADERS = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'",
};

export async function startPreview(registries: readonly string[], ctx: BrevContext, options: PreviewOptions = {}): Promise<Preview> {
  const state = new PreviewState(registries, ctx);
  await state.rebuild();
  const listeners = new Set<ServerResponse>();
  let port = 0;

  // One rebuild at a time; saves during a rebuild make one more after it.
  let running: Promise<void> | undefined;
  let again = false;
  const rebuild = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await state.rebuild();
      } while (again);
      for (const res of listeners) res.write(`data: ${state.version}\n\n`);
      options.onRebuild?.(state.version);
    })().finally(() => {
      running = undefined;
    });
  };
  const watching = await watchInputs(registries, ctx, rebuild);

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, "text/plain; charset=utf-8", "brev preview: this letter could not be made; see the problems above"));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only this machine's own addresses by name: a page elsewhere cannot reach the preview through a DNS trick.
    const host = req.headers.host ?? "";
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, "text/plain; charset=utf-8", "wrong host");
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain; charset=utf-8", "only GET");
    const url = new URL(req.url ?? "/", `http://${host}`);
    switch (url.pathname) {
      case "/":
        return send(res, 200, "text/html; charset=utf-8", PAGE_HTML);
      case "/page.js":
        return send(res, 200, "text/javascript; charset=utf-8", PAGE_SCRIPT);
      case "/letter.css":
        return send(res, 200, "text/css; charset=utf-8", LETTER_CSS);
      case "/state":
        return send(res, 200, "application/json; charset=utf-8", JSON.stringify(stateDocument(state)));
      case "/letter": {
        const letter = state.letters.get(url.searchParams.get("key") ?? "");
        return letter ? send(res, 200, "text/html; charset=utf-8", letter.html) : send(res, 404, "text/plain; charset=utf-8", "no such letter");
      }
      case "/file": {
        const letter = state.letters.get(url.searchParams.get("key") ?? "");
        const format = FORMATS.find((f) => f === url.searchParams.get("format"));
        if (!letter || !format) return send(res, 404, "text/plain; charset=utf-8", "no such letter");
        const bytes = await render(format, letter);
        res.setHeader("Content-Disposition", `inline; filename="${letter.agency}.${format}"`);
        return send(res, 200, formatSpec(format).mediaType, bytes);
      }
      case "/events":
        res.writeHead(200, { ...HEADERS, "Content-Type": "text/event-stream" });
        res.write(`data: ${state.version}\n\n`);
        listeners.add(res);
        req.on("close", () => listeners.delete(res));
        return;
      default:
        return send(res, 404, "text/plain; charset=utf-8", "not found");
    }
  }

  // Each format's renderer is made on the first download (fonts loaded once), and again when the logo changes.
  const made = new Map<Format, { images: PreviewLetter["images"]; renderers: Promise<Renderers> }>();
  async function render(format: Format, letter: PreviewLetter): Promise<Uint8Array> {
    let current = made.get(format);
    if (current?.images !== letter.images) {
      void current?.renderers.then((r) => r.close());
      current = { images: letter.images, renderers: prepareRenderers([format], { ...ctx, renderThreads: 0 }, letter.images) };
      made.set(format, current);
    }
    return (await current.renderers).render(format, letter.model);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      watching.close();
      for (const { renderers } of made.values()) await (await renderers).close();
      for (const res of listeners) res.end();
      await running;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

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
