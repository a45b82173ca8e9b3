// The words of src/preview, in nynorsk.

import type { preview as en } from "../en/preview.js";
import type { Translation } from "../entry.js";

const AGAIN = "lagre fila på nytt etter at du har endra ho; dersom feilen blir ståande, meld frå til dei som lagar brev, og send med fila som gav feilen";

export const preview: Translation<typeof en> = {
  pageTitle: () => "brev – førehandsvising",
  stale: () => "det siste gode brevet: rett feilen over for å sjå endringa di",
  notUpdated: () => " (ikkje oppdatert)",
  noLetters: () => "ingen brev enno",
  error: () => "feil",
  warning: () => "åtvaring",
  hint: () => "tips:",
  failed: () => "brev førehandsvising: dette kunne ikkje gjerast; sjå feila på sida",
  wrongHost: () => "feil vertsnamn",
  forbidden: () => "ingen tilgang",
  onlyGet: () => "berre GET",
  noSuchLetter: () => "brevet finst ikkje",
  notFound: () => "finst ikkje",
  fileFailedAnswer: (p) => `brev førehandsvising: ${p.said}`,
  lettersFailed: (p) => ({ message: `breva kunne ikkje lagast: ${p.why}`, hint: AGAIN }),
  fileFailed: (p) => ({ message: `${p.format}-fila til ${p.dispatch}/${p.agency} kunne ikkje lagast: ${p.why}`, hint: AGAIN }),
  cannotWatch: (p) => ({
    message: `brev kan ikkje følgje med på denne mappa (${p.reason}), så breva blir ikkje oppdaterte når ei fil i ho blir endra`,
    hint: "stopp brev preview (Ctrl-C) og start ho igjen; dersom feilen blir ståande, lukk andre program som følgjer med på mange filer",
  }),
};
