// Renders on worker threads, so a large run uses every core: each thread makes its own renderers from the same
// assets, takes the next letter when it is free, and the answers come back to whoever asked, so the caller keeps its
// own order. A letter's bytes do not depend on the thread that drew it.

import { Worker } from "node:worker_threads";
import { currentLanguage, t } from "../i18n/catalogue.js";
import type { Format } from "../model/formats.js";
import type { LetterModel } from "../model/letter-model.js";
import type { RenderAnswer, RenderRequest, WorkerData, WorkerSetup } from "./render-worker.js";

export interface RenderPool {
  /** How many threads render. */
  readonly size: number;
  render(format: Format, model: LetterModel): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * The thread's code: the module next to this one; run from the TypeScript source (the tests), a small JavaScript
 * start that loads the TypeScript worker (render-worker-source.mjs), so no build is needed.
 */
export const WORKER = new URL(import.meta.url.endsWith(".ts") ? "./render-worker-source.mjs" : "./render-worker.js", import.meta.url);

interface Waiting {
  request: RenderRequest;
  resolve(bytes: Uint8Array): void;
  reject(error: Error): void;
}

export function startRenderPool(size: number, setup: WorkerSetup): RenderPool {
  const queue: Waiting[] = [];
  const busy = new Map<Worker, Waiting>();
  const idle: Worker[] = [];
  let failed: Error | undefined;
  let nextId = 0;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const job = queue.shift() as Waiting;
      busy.set(worker, job);
      worker.postMessage(job.request);
    }
  };
  const fail = (error: Error) => {
    failed ??= error;
    for (const job of [...busy.values(), ...queue.splice(0)]) job.reject(error);
    busy.clear();
  };
  const workers = Array.from({ length: size }, () => {
    // A bounded heap: V8 otherwise lets a busy thread's heap grow far past what it keeps (a letter needs a few MB).
    const worker = new Worker(WORKER, {
      workerData: { ...setup, language: currentLanguage() } satisfies WorkerData,
      resourceLimits: { maxOldGenerationSizeMb: 96 },
    });
    worker.on("message", (answer: RenderAnswer) => {
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if ("error" in answer) job?.reject(new Error(t.render.renderFailed({ detail: answer.error })));
      else job?.resolve(answer.bytes);
      dispatch();
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (code !== 0) fail(new Error(t.render.renderThreadStopped({ code })));
    });
    idle.push(worker);
    return worker;
  });

  return {
    size,
    render(format, model) {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        queue.push({ request: { id: nextId++, format, model }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      failed ??= new Error(t.render.renderThreadsClosed());
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
