// What the library needs from the outside world, passed in rather than read behind the caller's back.
import type { TemplateContext } from "../compose/template-store.js";
import type { RendererOptions } from "../render/renderers.js";

export interface BrevContext extends TemplateContext, RendererOptions {
  /** How a finished file is put on disk; default an atomic write. Tests inject failures here. */
  writeFile?: (file: string, bytes: Uint8Array) => Promise<void>;
}
