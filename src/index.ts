// brev's library API: what the CLI and the tests call.
export type { BrevContext } from "./api/context.js";
export { generate, type GenerateOptions, type GenerateReport, type WrittenFile } from "./api/generate.js";
export { listAgencies, type AgencyRow } from "./api/list.js";
export { loadDispatches } from "./api/load-dispatches.js";
export { prepareLetters } from "./api/prepare-letters.js";
export { TemplateStore } from "./api/template-store.js";
export { validate, type ValidateReport } from "./api/validate.js";
export { loadFonts } from "./api/assets.js";
export type { LetterModel } from "./compose/letter-model.js";
export type { Diagnostic } from "./diagnostic.js";
export { BrevError, ExitCode, FileError, InvalidInputError, UsageError } from "./errors.js";
export { createDocxRenderer } from "./render/docx.js";
export { createPdfRenderer } from "./render/pdf.js";
export { FORMATS, type Format } from "./output/letter-path.js";
