// The words of src/api, in nynorsk.

import type { api as en } from "../en/api.js";
import type { Translation } from "../entry.js";

export const api: Translation<typeof en> = {
  notLetterFile: (p) => ({ message: `${p.file} er ikkje ei brevfil (venta out/<utsending>/<verksemd>.pdf, .docx eller .arkivmelding.xml)` }),
  noSuchDispatch: (p) => ({ message: `${p.file}: ingen register har utsendinga "${p.dispatch}"` }),
  noSuchAgency: (p) => ({ message: `${p.file}: utsendinga "${p.dispatch}" har inga verksemd "${p.agency}"` }),
  notAdoptable: (p) => ({
    message: `${p.file} blir laga frå registeret for heile utsendinga og er ikkje eit brev: brev adopt tek vare på brev`,
    hint: "vil du at brev skal skrive henne på nytt, flytt henne bort (eller slett henne) og køyr brev generate",
  }),
  journalFormula: (p) => ({
    message: `journal.csv: ${p.column} for ${p.agency}, «${p.value}», byrjar med eit teikn eit rekneark les som ein formel; journal.csv vart ikkje skriven (breva vart det)`,
    hint: "la verdien byrje med ein bokstav eller eit siffer, eller før journallista for denne utsendinga for hand",
  }),
  theNewLetter: () => "det nye brevet",
  workingTree: () => "arbeidskopien",
  notGitRepository: () => ({ message: "brev diff treng eit git-repository (fann ikkje noko her)" }),
  notCommit: (p) => ({ message: `--base: "${p.base}" er ikkje ein commit i dette repositoryet` }),
  atBase: (p) => `i ${p.base}: ${p.message}`,
  unreadableAtBase: (p) => ({
    message: `i ${p.base} kunne ikkje dette registeret lesast, så breva blir samanlikna med ingenting og viste som nye: ${p.reason}${p.more > 0 ? ` (og ${p.more} feil til)` : ""}`,
    hint: "breva i alle andre register blir samanlikna som vanleg; for å samanlikne dette, vel ein revisjon der det er gyldig: brev diff --base <git-ref>",
  }),
  pruneWithShard: () => ({
    message: "--prune høyrer til ei køyring av heile utsendinga, ikkje til --shard (t.d. i jobben som slår saman delane)",
  }),
  logoUnusable: (p) => ({
    message: `sender.logo.file: ${p.problem}`,
    hint: p.hint ?? "oppgi ei PNG-, JPEG- eller SVG-fil i prosjektet, t.d. assets/logo.svg",
  }),
};
