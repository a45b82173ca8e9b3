// brev's library API: what the CLI and the tests call.

export { type AdoptReport, adopt } from "./api/adopt.js";
export { loadFonts } from "./api/assets.js";
export type { BrevContext } from "./api/context.js";
export { type DiffReport, diffLetters, type LetterDiff } from "./api/diff.js";
export { type GenerateOptions, type GenerateReport, generate, type LetterFile } from "./api/generate.js";
export { type AgencyRow, listAgencies } from "./api/list.js";
export { loadDispatches } from "./api/load-dispatches.js";
export { prepareLetters } from "./api/prepare-letters.js";
export { parseShard, type Shard } from "./api/shard.js";
export { TemplateStore } from "./api/template-store.js";
export { type ValidateReport, validate } from "./api/validate.js";
export type { LetterModel } from "./compose/letter-model.js";
export type { Diagnostic } from "./diagnostic.js";
export { BrevError, ExitCode, FileError, InvalidInputError, UsageError } from "./errors.js";
export { FORMATS, type Format } from "./output/letter-path.js";
export { registryJsonSchema } from "./registry/json-schema.js";
export { createDocxRenderer } from "./render/docx.js";
export { createPdfRenderer } from "./render/pdf.js";
