// The words of src/preview, in bokmål.

import type { preview as en } from "../en/preview.js";
import type { Translation } from "../entry.js";

const AGAIN = "lagre filen på nytt etter at du har endret den; hvis feilen blir stående, meld fra til dem som lager brev, og send med filen som ga feilen";

export const preview: Translation<typeof en> = {
  pageTitle: () => "brev – forhåndsvisning",
  stale: () => "det siste gode brevet: rett feilen over for å se endringen din",
  notUpdated: () => " (ikke oppdatert)",
  noLetters: () => "ingen brev ennå",
  error: () => "feil",
  warning: () => "advarsel",
  hint: () => "tips:",
  failed: () => "brev forhåndsvisning: dette kunne ikke gjøres; se feilene på siden",
  wrongHost: () => "feil vertsnavn",
  forbidden: () => "ingen tilgang",
  onlyGet: () => "bare GET",
  noSuchLetter: () => "brevet finnes ikke",
  notFound: () => "finnes ikke",
  fileFailedAnswer: (p) => `brev forhåndsvisning: ${p.said}`,
  lettersFailed: (p) => ({ message: `brevene kunne ikke lages: ${p.why}`, hint: AGAIN }),
  fileFailed: (p) => ({ message: `${p.format}-filen til ${p.dispatch}/${p.agency} kunne ikke lages: ${p.why}`, hint: AGAIN }),
  cannotWatch: (p) => ({
    message: `brev kan ikke følge med på denne mappen (${p.reason}), så brevene oppdateres ikke når en fil i den endres`,
    hint: "stopp brev preview (Ctrl-C) og start den igjen; hvis feilen blir stående, lukk andre programmer som følger med på mange filer",
  }),
};
