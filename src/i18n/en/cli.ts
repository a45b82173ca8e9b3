// The words of src/cli: help, progress, summaries, reporter words, in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

export const cli = {
  langOption: () => "the language brev speaks: nb (bokmål), nn (nynorsk) or en (English); default from BREV_LANG or the locale",
  unknownLanguage: (p: { given: string }) => ({
    message: `--lang ${p.given}: brev speaks nb, nn and en`,
    hint: "write --lang nb for bokmål, --lang nn for nynorsk or --lang en for English",
  }),
  unknownBrevLang: (p: { given: string }) => `BREV_LANG=${p.given} is not a language brev speaks (nb, nn or en); brev goes by the locale instead`,

  // The reporter's words: `file:line:col: error: message`, then `  hint: …`.
  error: () => "error",
  warning: () => "warning",
  hint: () => "hint:",

  // Help: commander's own words, and the program's.
  programDescription: () => "Letters to many agencies from one YAML registry and one template, as PDF and DOCX.",
  helpTitle: (p: { title: "Usage:" | "Arguments:" | "Options:" | "Commands:" | "Global Options:" }) => p.title,
  usageOptions: () => "[options]",
  usageCommand: () => "[command]",
  helpOption: () => "display help for command",
  helpCommand: () => "display help for command",
  versionOption: () => "output the version number",
  helpDefault: (p: { value: string }) => `default: ${p.value}`,
  helpChoices: (p: { choices: string }) => `choices: ${p.choices}`,
  exitCodes: () => "Exit codes: 0 ok, 1 invalid input, letters left alone or --check found work, 2 usage, 3 file error, 70 internal error.",
  seeHelp: () => "(run brev --help for usage)",

  // Commander's errors, by CommanderError.code.
  unknownOption: (p: { option: string; suggestion?: string | undefined }) =>
    `unknown option '${p.option}'${p.suggestion ? `\n(Did you mean ${p.suggestion}?)` : ""}`,
  unknownCommand: (p: { command: string; suggestion?: string | undefined }) =>
    `unknown command '${p.command}'${p.suggestion ? `\n(Did you mean ${p.suggestion}?)` : ""}`,
  missingArgument: (p: { argument: string }) => `missing required argument '${p.argument}'`,
  optionMissingArgument: (p: { option: string }) => `option '${p.option}' argument missing`,
  excessArguments: (p: { command: string; expected: number; got: number }) =>
    `too many arguments for '${p.command}'. Expected ${p.expected} argument${p.expected === 1 ? "" : "s"} but got ${p.got}.`,
  invalidOptionValue: (p: { option: string; value: string; why: string }) => `option '${p.option}' argument '${p.value}' is invalid. ${p.why}`,
  allowedChoices: (p: { choices: string }) => `Allowed choices are ${p.choices}.`,
  commanderError: (p: { message: string }) => p.message,
  errorPrefix: (p: { message: string }) => `error: ${p.message}`,

  // Options and arguments shared by several commands.
  jsonOption: () => "print one JSON document on stdout (= --report json)",
  reportOption: () => "text, json, or github: errors and warnings as GitHub Actions annotations (the default when GITHUB_ACTIONS=true)",
  quietOption: () => "print only errors and warnings",
  templatesOption: (p: { folder: string }) => `folder of the letter templates (default: ${p.folder})`,
  // Arguments' names in the usage line: `brev generate [options] [registry...]`.
  argRegistry: () => "registry",
  argFile: () => "file",
  argDir: () => "dir",
  argDispatchId: () => "dispatch-id",
  registryArgument: (p: { folder: string }) => `registry YAML files (default: ${p.folder}/*.yaml)`,
  registryOption: (p: { folder: string }) => `registry YAML files (default: ${p.folder}/*.yaml)`,
  noWaitOption: () => "when another brev run is writing the same folder, stop at once (exit 3) instead of waiting",
  folderNameNeeded: (p: { option: string }) => ({ message: `${p.option} needs a folder name` }),
  waiting: (p: { folder: string; holder: string }) => `waiting for ${p.folder}: it is being written by ${p.holder}`,

  // Errors turned into an exit.
  nothingWritten: (p: { count: number }) => `${p.count} ${p.count === 1 ? "error" : "errors"}; nothing was written`,
  internalError: (p: { stack: string }) => `internal error (a bug in brev, not in your input)\n${p.stack}\nPlease report this with the command you ran.`,
  sourceDateNotNumber: (p: { value: string }) => ({ message: `SOURCE_DATE_EPOCH must be a whole number of seconds, not "${p.value}"` }),
  sourceDateOutside: (p: { value: string; first: number; last: number }) => ({
    message: `SOURCE_DATE_EPOCH is ${p.value}, a date outside what a letter's files can carry: from 1980-01-01 (${p.first}) to 2107-12-31 (${p.last}), the dates a Word file can record`,
  }),
  renderThreadsNotNumber: (p: { value: string }) => ({ message: `BREV_RENDER_THREADS must be a whole number, not "${p.value}"` }),

  // brev generate
  generateDescription: (p: { out: string }) => `write ${p.out}/<dispatch>/<agency>.pdf, .docx and .arkivmelding.xml for every agency whose letter changed`,
  agencyOption: () => "only these agencies (dss,htu or -a dss -a htu)",
  formatOption: (p: { formats: string }) => `only these formats (${p.formats}, or -f again)`,
  outOption: (p: { folder: string }) => `output folder (default: ${p.folder})`,
  forceOption: () => "render every letter, even those up to date, and replace letters changed by hand",
  checkOption: () => "write nothing; exit 1 if any letter is missing, stale, changed by hand or orphaned",
  pruneOption: () => "delete letters of agencies no longer in the registry (only those brev wrote and nobody changed)",
  shardOption: () => "render only the i-th of n stable parts of the letters (for CI matrices)",
  watchOption: () => "after writing, watch the registries, templates and assets, and write again on every save; Ctrl-C stops",
  agencyNeeded: () => "Name at least one agency id (e.g. -a dss), or leave -a out to make every agency's letter.",
  watchAlone: () => ({ message: "--watch writes on every save: it does not go with --json or --check" }),
  watchChanged: () => "brev: a file changed; writing again",
  watching: () => "brev: watching the registries, templates and assets; Ctrl-C stops",
  wrote: (p: { path: string }) => `wrote ${p.path}`,
  writeReason: (p: { reason: "missing" | "stale" | "forced" }) => p.reason,
  pruned: (p: { path: string }) => `pruned ${p.path}`,
  orphaned: (p: { path: string }) => `orphaned ${p.path} (its agency is not in the registry; --prune deletes it)`,
  keptOrphan: (p: { path: string; why: string }) => `kept ${p.path}: its agency is not in the registry, but ${p.why}; delete it yourself if it is not needed`,
  summaryCheck: (p: { toWrite: number; upToDate: number; leftAlone: number; orphaned: number; failed: number }) =>
    `${p.toWrite} to write, ${p.upToDate} up to date${p.leftAlone > 0 ? `, ${p.leftAlone} left alone` : ""}, ${p.orphaned} orphaned${p.failed > 0 ? (p.failed === 1 ? "; 1 error: the letters it touches were not made" : `; ${p.failed} errors: the letters they touch were not made`) : ""}`,
  summaryWritten: (p: { written: number; unchanged: number; leftAlone: number; orphaned: number; pruned: boolean; failed: number }) =>
    `${p.written} written, ${p.unchanged} unchanged${p.leftAlone > 0 ? `, ${p.leftAlone} left alone` : ""}${p.orphaned > 0 ? `, ${p.orphaned} ${p.pruned ? "pruned" : "orphaned"}` : ""}${p.failed > 0 ? (p.failed === 1 ? "; 1 error: the letters it touches were not made" : `; ${p.failed} errors: the letters they touch were not made`) : ""}`,
  notBrevs: (p: { path: string }) => `not brev's: ${p.path} (there is no record that brev wrote it; brev did not overwrite it)`,
  changedByHandEarlier: (p: { path: string }) => `changed by hand: ${p.path} (brev did not overwrite it), and made from an earlier version of this letter`,
  changedByHand: (p: { path: string }) => `changed by hand: ${p.path} (brev did not overwrite it)`,
  toKeep: (p: { count: number; paths: string }) => `  to keep ${p.count === 1 ? "it" : "them"}: brev adopt ${p.paths}`,
  toKeepEarlier: (p: { agencies: string }) =>
    `  to keep the edits made to an earlier version: put them into the registry, in blocks: entries of agency ${p.agencies}, then replace the file`,
  toReplace: (p: { count: number; agencies: string; formats: string }) =>
    `  to replace ${p.count === 1 ? "it" : "them"} with a new letter: brev generate --force -a ${p.agencies} -f ${p.formats}`,
  toReplaceDispatchFile: (p: { format: string }) =>
    `  it is made from the registry (change a value there, not here): to replace it with the one brev makes, brev generate --force -f ${p.format}`,
  twoTextsAdopted: (p: { others: string; edited: string }) =>
    `two texts to one agency: ${p.others} does not carry the edit in ${p.edited} (changed by hand and kept with brev adopt)`,
  toAgree: (p: { agency: string }) =>
    `  to make both agree: put the edit into the registry, in a blocks: entry of agency "${p.agency}", then run brev generate --force -a ${p.agency}`,
  twoLetters: (p: { paths: string }) => `two different letters to one agency: ${p.paths} were made from different inputs`,
  toMakeOne: (p: { agency: string }) =>
    `  to make them one letter: brev generate -a ${p.agency} (a file changed by hand is replaced only with --force; to keep its edit, put it in the registry first, in a blocks: entry of agency "${p.agency}")`,
  and: (p: { first: string; second: string }) => `${p.first} and ${p.second}`,
  // The GitHub job summary of generate.
  mdTitle: (p: { check: boolean }) => `### brev generate${p.check ? " --check" : ""}`,
  mdToWrite: () => "to write",
  mdWritten: () => "written",
  mdUnchanged: () => "unchanged",
  mdLeftAlone: () => "left alone",
  mdFailed: () => "failed",
  mdListToWrite: () => "To write",
  mdListWritten: () => "Written",
  mdListLeftAlone: () => "Left alone (changed by hand)",
  mdListDisagreeing: () => "Two different letters to one agency (made from different inputs)",
  mdListFailed: () => "Failed",
  mdMore: (p: { count: number }) => ` and ${p.count} more`,

  // brev validate
  validateDescription: () => "check registries and templates without writing anything",
  validateOk: (p: { letters: number; warnings: number }) =>
    `ok: ${p.letters} ${p.letters === 1 ? "letter" : "letters"}, ${p.warnings} ${p.warnings === 1 ? "warning" : "warnings"}`,

  // brev list
  listDescription: () => "one line per agency: dispatch, id, name, our ref, date, deadline",
  listDispatch: () => "dispatch",
  listId: () => "id",
  listName: () => "name",
  listOurRef: () => "our ref",
  listDate: () => "date",
  listDeadline: () => "deadline",

  // brev diff
  diffDescription: () => "show how each letter's text changes between a git revision and the working tree",
  baseOption: () => "the revision to compare with (default: HEAD)",
  diffSummary: (p: { changed: number; unchanged: number; base: string }) =>
    `${p.changed === 1 ? "1 letter changes" : `${p.changed} letters change`}, ${p.unchanged} unchanged (against ${p.base})`,
  diffMdTitle: (p: { base: string }) => `### Letters changed (against ${p.base})`,
  diffMdCounts: (p: { changed: number; unchanged: number }) =>
    `${p.changed === 1 ? "1 letter changes" : `${p.changed} letters change`}, ${p.unchanged} unchanged.`,
  diffMdWarning: (p: { where: string; message: string }) => `> **Warning**: ${p.where}: ${p.message}`,
  diffMdMore: (p: { count: number; base: string }) =>
    `… and ${p.count} more ${p.count === 1 ? "letter" : "letters"}: run \`brev diff --base ${p.base}\` to see them.`,
  diffStatus: (p: { status: "changed" | "added" | "removed" }) => p.status,

  // brev adopt
  adoptDescription: () => "keep letter files changed by hand: generate leaves them alone until the letter's registry entry or template changes",
  adoptFiles: (p: { out: string }) => `letter files, e.g. ${p.out}/<dispatch>/<agency>.docx`,
  adoptRecorded: (p: { path: string }) => `recorded ${p.path}: it is exactly what brev writes for this letter`,
  adopted: (p: { path: string }) => `adopted ${p.path}: generate keeps it until the letter's inputs change`,
  twoTexts: (p: { other: string; path: string }) => `two texts to one agency: ${p.other} does not carry the edit in ${p.path}`,
  notAdopted: (p: { path: string }) =>
    `not adopted: ${p.path} was made from an earlier version of this letter; its registry entry or template has changed since, and keeping the file would leave two different letters to one agency`,
  howItDiffers: (p: { difference: string }) => `how the file differs from the new letter:\n${p.difference}`,
  cannotShowDifference: (p: { format: string }) => `  (brev cannot read the text of a ${p.format} file to show how it differs from the new letter)`,
  toKeepEdit: (p: { agency: string; format: string }) =>
    `  to keep the edit: put it into the registry, in a blocks: entry of agency "${p.agency}", then run brev generate --force -a ${p.agency} -f ${p.format}`,
  toReplaceAdopt: (p: { agency: string; format: string }) => `  to replace the file with the new letter: brev generate --force -a ${p.agency} -f ${p.format}`,

  // brev init, brev new
  initDescription: () => "make a letters folder: an example registry, templates (bokmål, nynorsk), assets/, a workflow, package.json, README",
  initDir: () => "the folder (default: this one); nothing in it is overwritten",
  brevOption: () => "how package.json installs brev (default: where this brev came from), e.g. github:<owner>/brev",
  newDescription: () => "start a dispatch (data/<dispatch-id>.yaml, from a registry's sender and agencies) and/or a template",
  newDispatchArgument: () => "the new dispatch's id, e.g. tillegg-4-2026",
  fromOption: () => "the registry to copy the sender and agencies from (default: the project's only one)",
  templateOption: () => "also start templates/<name>.<language>.md.hbs from the current template",
  languageOption: () => "only this language's template",

  // brev preview, brev schema
  previewDescription: () => "show the letters in the browser (on this machine only), updated on every save; Ctrl-C stops it",
  portOption: () => "the port (default: a free one)",
  badPort: (p: { given: string }) => ({ message: `--port: expected a port number, not "${p.given}"` }),
  previewStarted: (p: { url: string }) => `brev preview: ${p.url}  (open it in your browser; Ctrl-C stops it)`,
  previewStopped: () => "brev preview: stopped",
  schemaDescription: () => "print the registry's JSON Schema (for editors: # yaml-language-server: $schema=…)",
} satisfies Section;
