// brev's library API: what the CLI (which imports nothing else of brev) and other programs call. Tests may reach
// into the stages; programs should not.

export { adopt } from "./api/adopt.js";
export type { BrevContext } from "./api/context.js";
export { diffLetters } from "./api/diff.js";
export { generate } from "./api/generate.js";
export { listAgencies } from "./api/list.js";
export { validate } from "./api/validate.js";
export { SETTLE_MS, type Watching, watchInputs } from "./api/watch.js";
export type { AdoptOptions, AdoptReport, AgencyRow, GenerateOptions, ValidateReport } from "./model/commands.js";
export { FORMATS, type Format } from "./model/formats.js";
export { isLetterLanguage, type LetterLanguageCode, letterLanguageChoices, letterLanguageCodes } from "./model/languages.js";
export type { LetterModel } from "./model/letter-model.js";
export type { DiffReport, LetterDiff } from "./output/letter-diff.js";
export type { GenerateReport, LetterFile } from "./output/run-report.js";
export { type Preview, type PreviewOptions, startPreview } from "./preview/preview-server.js";
export { type InitOptions, type InitReport, initProject } from "./project/init-project.js";
export { type NewOptions, type NewReport, newDispatch } from "./project/new-dispatch.js";
export { registryJsonSchema } from "./registry/json-schema.js";
export { parseShard, type Shard } from "./registry/shard.js";
export { DEFAULTS } from "./shared/defaults.js";
export type { Diagnostic } from "./shared/diagnostic.js";
export { BrevError, ExitCode, type ExitCodeValue, FileError, InvalidInputError, UsageError } from "./shared/errors.js";
export { brevVersion } from "./shared/version.js";
