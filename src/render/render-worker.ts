// A render thread: makes the run's renderers from the assets it is given (fonts and images as bytes) and renders the
// letter models it is sent, one at a time, answering with the file's bytes. What a letter's bytes are depends only on
// its model and the assets, never on which thread drew it.

import { parentPort, workerData } from "node:worker_threads";
import { setLanguage } from "../i18n/catalogue.js";
import type { Language } from "../i18n/language.js";
import type { Format, RenderAssets, RenderOptions } from "../model/formats.js";
import type { LetterModel } from "../model/letter-model.js";
import { rendererMaker } from "./loaders.js";
import { transferable } from "./transferable.js";

export interface WorkerSetup {
  assets: RenderAssets;
  /** The run's render options, the same as on the calling thread: the file date, and the letter formats the run writes. */
  options: RenderOptions;
}
/** What a thread is started with: the setup, and the language of the run (for any words it says). */
export interface WorkerData extends WorkerSetup {
  language: Language;
}
export interface RenderRequest {
  id: number;
  format: Format;
  model: LetterModel;
}
export type RenderAnswer = { id: number; bytes: Uint8Array } | { id: number; error: string };

const { assets, options, language } = workerData as WorkerData;
setLanguage(language);
const rendererFor = rendererMaker(assets, options);
const port = parentPort;

port?.on("message", async ({ id, format, model }: RenderRequest) => {
  try {
    const bytes = await (await rendererFor(format))(model);
    // The buffer goes to the main thread without a copy; one shared with other data is copied first.
    const own = transferable(bytes);
    port.postMessage({ id, bytes: own } satisfies RenderAnswer, [own.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ id, error: (e as Error).stack ?? String(e) } satisfies RenderAnswer);
  }
});
