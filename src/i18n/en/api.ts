// The words of src/api, in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

export const api = {
  notLetterFile: (p: { file: string }) => ({ message: `${p.file} is not a letter file (expected out/<dispatch>/<agency>.pdf, .docx or .arkivmelding.xml)` }),
  noSuchDispatch: (p: { file: string; dispatch: string }) => ({ message: `${p.file}: no registry has a dispatch "${p.dispatch}"` }),
  noSuchAgency: (p: { file: string; dispatch: string; agency: string }) => ({ message: `${p.file}: dispatch "${p.dispatch}" has no agency "${p.agency}"` }),
  notAdoptable: (p: { file: string }) => ({
    message: `${p.file} is made from the registry for the whole dispatch, not a letter: brev adopt keeps letters`,
    hint: "to have brev write it again, move it away (or delete it), then run brev generate",
  }),
  journalFormula: (p: { agency: string; column: string; value: string }) => ({
    message: `journal.csv: the ${p.column} of ${p.agency}, "${p.value}", begins with a sign a spreadsheet reads as a formula; journal.csv was not written (the letters were)`,
    hint: "begin the value with a letter or a digit, or keep the journal list by hand for this dispatch",
  }),
  theNewLetter: () => "the new letter",
  workingTree: () => "working tree",
  notGitRepository: () => ({ message: "brev diff needs a git repository (none found here)" }),
  notCommit: (p: { base: string }) => ({ message: `--base: "${p.base}" is not a commit in this repository` }),
  atBase: (p: { base: string; message: string }) => `at ${p.base}: ${p.message}`,
  unreadableAtBase: (p: { base: string; reason: string; more: number }) => ({
    message: `at ${p.base} this registry could not be read, so its letters are compared with nothing and show as added: ${p.reason}${p.more > 0 ? ` (and ${p.more} more ${p.more === 1 ? "problem" : "problems"})` : ""}`,
    hint: "the letters of every other registry are compared as usual; to compare this one, choose a revision where it is valid: brev diff --base <git-ref>",
  }),
  pruneWithShard: () => ({
    message: "--prune goes with a run of the whole dispatch, not with --shard (e.g. in the job that merges the shards)",
  }),
  logoUnusable: (p: { problem: string; hint: string | undefined }) => ({
    message: `sender.logo.file: ${p.problem}`,
    hint: p.hint ?? "give a PNG, JPEG or SVG file in the project, e.g. assets/logo.svg",
  }),
} satisfies Section;
