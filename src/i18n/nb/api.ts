// The words of src/api, in bokmål.

import type { api as en } from "../en/api.js";
import type { Translation } from "../entry.js";

export const api: Translation<typeof en> = {
  notLetterFile: (p) => ({ message: `${p.file} er ikke en brevfil (forventet out/<utsending>/<virksomhet>.pdf, .docx eller .arkivmelding.xml)` }),
  noSuchDispatch: (p) => ({ message: `${p.file}: ingen registre har utsendingen "${p.dispatch}"` }),
  noSuchAgency: (p) => ({ message: `${p.file}: utsendingen "${p.dispatch}" har ingen virksomhet "${p.agency}"` }),
  notAdoptable: (p) => ({
    message: `${p.file} lages fra registeret for hele utsendingen og er ikke et brev: brev adopt tar vare på brev`,
    hint: "vil du at brev skal skrive den på nytt, flytt den bort (eller slett den) og kjør brev generate",
  }),
  journalFormula: (p) => ({
    message: `journal.csv: ${p.column} for ${p.agency}, «${p.value}», begynner med et tegn et regneark leser som en formel; journal.csv ble ikke skrevet (brevene ble det)`,
    hint: "la verdien begynne med en bokstav eller et siffer, eller før journallisten for denne utsendingen for hånd",
  }),
  theNewLetter: () => "det nye brevet",
  workingTree: () => "arbeidskopien",
  notGitRepository: () => ({ message: "brev diff trenger et git-repository (fant ikke noe her)" }),
  notCommit: (p) => ({ message: `--base: "${p.base}" er ikke en commit i dette repositoryet` }),
  atBase: (p) => `i ${p.base}: ${p.message}`,
  unreadableAtBase: (p) => ({
    message: `i ${p.base} kunne ikke dette registeret leses, så brevene sammenlignes med ingenting og vises som nye: ${p.reason}${p.more > 0 ? ` (og ${p.more} feil til)` : ""}`,
    hint: "brevene i alle andre registre sammenlignes som vanlig; for å sammenligne dette, velg en revisjon der det er gyldig: brev diff --base <git-ref>",
  }),
  pruneWithShard: () => ({
    message: "--prune hører til en kjøring av hele utsendingen, ikke til --shard (f.eks. i jobben som slår sammen delene)",
  }),
  logoUnusable: (p) => ({
    message: `sender.logo.file: ${p.problem}`,
    hint: p.hint ?? "oppgi en PNG-, JPEG- eller SVG-fil i prosjektet, f.eks. assets/logo.svg",
  }),
};
