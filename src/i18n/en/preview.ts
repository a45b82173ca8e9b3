// The words of src/preview, in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

export const preview = {
  // The page.
  pageTitle: () => "brev preview",
  stale: () => "the last good letter: fix the problem above to see your change",
  notUpdated: () => " (not updated)",
  noLetters: () => "no letters yet",
  error: () => "error",
  warning: () => "warning",
  hint: () => "hint:",
  // What the server answers.
  failed: () => "brev preview: this could not be done; see the problems on the page",
  wrongHost: () => "wrong host",
  forbidden: () => "forbidden",
  onlyGet: () => "only GET",
  noSuchLetter: () => "no such letter",
  notFound: () => "not found",
  fileFailedAnswer: (p: { said: string }) => `brev preview: ${p.said}`,
  // Problems on the page.
  lettersFailed: (p: { why: string }) => ({
    message: `the letters could not be made: ${p.why}`,
    hint: "save the file again after changing it; if this stays, please report it to brev's makers with the file that caused it",
  }),
  fileFailed: (p: { format: string; dispatch: string; agency: string; why: string }) => ({
    message: `the ${p.format} of ${p.dispatch}/${p.agency} could not be made: ${p.why}`,
    hint: "save the file again after changing it; if this stays, please report it to brev's makers with the file that caused it",
  }),
  cannotWatch: (p: { reason: string }) => ({
    message: `brev cannot watch this folder (${p.reason}), so the letters are not updated when a file in it changes`,
    hint: "stop brev preview (Ctrl-C) and start it again; if this stays, close other programs that watch many files",
  }),
} satisfies Section;
