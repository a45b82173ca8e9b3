// brev's library API: what the CLI (which imports nothing else of brev) and other programs call. Tests may reach
// into the stages; programs should not.
//
// Each command's code is loaded when it is first called, not when brev starts: a cold `brev --version` or `brev
// validate` loads only what it uses (no PDF, DOCX or preview code for a validation). What is exported as a value
// here (formats, languages, defaults, errors) is small and has no library behind it.
import type * as Adopt from "./api/adopt.js";
import type * as Diff from "./api/diff.js";
import type * as Generate from "./api/generate.js";
import type * as List from "./api/list.js";
import type * as Validate from "./api/validate.js";
import type * as Watch from "./api/watch.js";
import type * as PreviewServer from "./preview/preview-server.js";
import type * as Init from "./project/init-project.js";
import type * as NewDispatch from "./project/new-dispatch.js";
import type * as JsonSchema from "./registry/json-schema.js";

export type { BrevContext } from "./api/context.js";
export type { AdoptOptions, AdoptReport, AgencyRow, GenerateOptions, ValidateReport } from "./model/commands.js";
export { FORMATS, type Format } from "./model/formats.js";
export { isLetterLanguage, type LetterLanguageCode, letterLanguageChoices, letterLanguageCodes } from "./model/languages.js";
export type { LetterModel } from "./model/letter-model.js";
export type { DiffReport, LetterDiff } from "./output/letter-diff.js";
export type { GenerateReport, LetterFile } from "./output/run-report.js";
export type { Preview, PreviewOptions } from "./preview/preview-server.js";
export type { InitOptions, InitReport } from "./project/init-project.js";
export type { NewOptions, NewReport } from "./project/new-dispatch.js";
export { parseShard, type Shard } from "./registry/shard.js";
export { DEFAULTS } from "./shared/defaults.js";
export type { Diagnostic } from "./shared/diagnostic.js";
export { BrevError, ExitCode, type ExitCodeValue, FileError, InvalidInputError, UsageError } from "./shared/errors.js";
export { brevVersion } from "./shared/version.js";
export { SETTLE_MS, type Watching } from "./shared/watch-folders.js";

export const generate: typeof Generate.generate = async (...a) => (await import("./api/generate.js")).generate(...a);
export const validate: typeof Validate.validate = async (...a) => (await import("./api/validate.js")).validate(...a);
export const adopt: typeof Adopt.adopt = async (...a) => (await import("./api/adopt.js")).adopt(...a);
export const diffLetters: typeof Diff.diffLetters = async (...a) => (await import("./api/diff.js")).diffLetters(...a);
export const listAgencies: typeof List.listAgencies = async (...a) => (await import("./api/list.js")).listAgencies(...a);
export const watchInputs: typeof Watch.watchInputs = async (...a) => (await import("./api/watch.js")).watchInputs(...a);
export const startPreview: typeof PreviewServer.startPreview = async (...a) => (await import("./preview/preview-server.js")).startPreview(...a);
export const initProject: typeof Init.initProject = async (...a) => (await import("./project/init-project.js")).initProject(...a);
export const newDispatch: typeof NewDispatch.newDispatch = async (...a) => (await import("./project/new-dispatch.js")).newDispatch(...a);
/** The registry's JSON Schema (derived from the zod schema, loaded on the first call). */
export async function registryJsonSchema(): Promise<ReturnType<typeof JsonSchema.registryJsonSchema>> {
  return (await import("./registry/json-schema.js")).registryJsonSchema();
}
