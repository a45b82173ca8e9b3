// The words of src/cli: help, progress, summaries, reporter words, in nynorsk.

import type { cli as en } from "../en/cli.js";
import type { Translation } from "../entry.js";

const TITLES = { "Usage:": "Bruk:", "Arguments:": "Argument:", "Options:": "Val:", "Commands:": "Kommandoar:", "Global Options:": "Globale val:" };
const REASONS = { missing: "manglar", stale: "utdatert", forced: "tvinga" };
const STATUS = { changed: "endra", added: "nytt", removed: "fjerna" };
const did = (suggestion: string | undefined) => (suggestion ? `\n(Meinte du ${suggestion}?)` : "");
const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export const cli: Translation<typeof en> = {
  langOption: () => "språket brev brukar: nb (bokmål), nn (nynorsk) eller en (engelsk); elles frå BREV_LANG eller språket til systemet",
  unknownLanguage: (p) => ({
    message: `--lang ${p.given}: brev kan nb, nn og en`,
    hint: "skriv --lang nb for bokmål, --lang nn for nynorsk eller --lang en for engelsk",
  }),
  unknownBrevLang: (p) => `BREV_LANG=${p.given} er ikkje eit språk brev kan (nb, nn eller en); brev brukar språket til systemet i staden`,

  error: () => "feil",
  warning: () => "åtvaring",
  hint: () => "tips:",

  programDescription: () => "Brev til mange verksemder frå eitt YAML-register og éin mal, som PDF og DOCX.",
  helpTitle: (p) => TITLES[p.title],
  usageOptions: () => "[val]",
  usageCommand: () => "[kommando]",
  helpOption: () => "vis hjelp for kommandoen",
  helpCommand: () => "vis hjelp for ein kommando",
  versionOption: () => "vis versjonsnummeret",
  helpDefault: (p) => `standard: ${p.value}`,
  helpChoices: (p) => `moglege verdiar: ${p.choices}`,
  exitCodes: () =>
    "Avslutningskodar: 0 ok, 1 feil i det som vart lese inn, brev som ikkje vart rørte eller --check fann noko å gjere, 2 feil bruk, 3 filfeil, 70 intern feil.",
  seeHelp: () => "(køyr brev --help for å sjå korleis brev blir brukt)",

  unknownOption: (p) => `ukjend val '${p.option}'${did(p.suggestion)}`,
  unknownCommand: (p) => `ukjend kommando '${p.command}'${did(p.suggestion)}`,
  missingArgument: (p) => `manglar argumentet '${p.argument}'`,
  optionMissingArgument: (p) => `valet '${p.option}' manglar ein verdi`,
  excessArguments: (p) => `for mange argument til '${p.command}': venta ${p.expected}, fekk ${p.got}.`,
  invalidOptionValue: (p) => `valet '${p.option}' kan ikkje ha verdien '${p.value}'. ${p.why}`,
  allowedChoices: (p) => `Moglege verdiar er ${p.choices}.`,
  commanderError: (p) => p.message,
  errorPrefix: (p) => `feil: ${p.message}`,

  jsonOption: () => "skriv eitt JSON-dokument på stdout (= --report json)",
  reportOption: () => "text, json eller github: feil og åtvaringar som GitHub Actions-merknader (standard når GITHUB_ACTIONS=true)",
  quietOption: () => "skriv berre feil og åtvaringar",
  templatesOption: (p) => `mappa med brevmalane (standard: ${p.folder})`,
  argRegistry: () => "register",
  argFile: () => "fil",
  argDir: () => "mappe",
  argDispatchId: () => "utsending-id",
  registryArgument: (p) => `registerfiler i YAML (standard: ${p.folder}/*.yaml)`,
  registryOption: (p) => `registerfiler i YAML (standard: ${p.folder}/*.yaml)`,
  noWaitOption: () => "når ei anna brev-køyring skriv i same mappe: stopp med ein gong (kode 3) i staden for å vente",
  folderNameNeeded: (p) => ({ message: `${p.option} treng eit mappenamn` }),
  waiting: (p) => `ventar på ${p.folder}: ${p.holder} skriv i ho`,

  nothingWritten: (p) => `${p.count} feil; ingenting vart skrive`,
  internalError: (p) => `intern feil (ein feil i brev, ikkje i det du har skrive)\n${p.stack}\nMeld gjerne frå om dette, og ta med kommandoen du køyrde.`,
  sourceDateNotNumber: (p) => ({ message: `SOURCE_DATE_EPOCH må vere eit heilt tal sekund, ikkje "${p.value}"` }),
  sourceDateOutside: (p) => ({
    message: `SOURCE_DATE_EPOCH er ${p.value}, ein dato utanfor det filene til eit brev kan ha: frå 1980-01-01 (${p.first}) til 2107-12-31 (${p.last}), datoane ei Word-fil kan lagre`,
  }),
  renderThreadsNotNumber: (p) => ({ message: `BREV_RENDER_THREADS må vere eit heilt tal, ikkje "${p.value}"` }),

  generateDescription: (p) => `skriv ${p.out}/<utsending>/<verksemd>.pdf, .docx og .arkivmelding.xml for kvar verksemd der brevet er endra`,
  agencyOption: () => "berre desse verksemdene (dss,htu eller -a dss -a htu)",
  formatOption: (p) => `berre desse formata (${p.formats}, eller -f fleire gonger)`,
  outOption: (p) => `mappa breva blir skrivne til (standard: ${p.folder})`,
  forceOption: () => "lag alle breva på nytt, også dei som er oppdaterte, og byt ut brev som er endra for hand",
  checkOption: () =>
    "skriv ingenting; avslutt med kode 1 dersom eit brev manglar, er utdatert, er endra for hand eller høyrer til ei verksemd som ikkje lenger er i registeret",
  pruneOption: () => "slett brev til verksemder som ikkje lenger er i registeret (berre dei som brev skreiv og ingen har endra)",
  shardOption: () => "lag berre del i av n faste delar av breva (for CI-matriser)",
  watchOption: () => "følg med på registera, malane og assets etter skrivinga, og skriv på nytt kvar gong noko blir lagra; Ctrl-C stoppar",
  agencyNeeded: () => "Skriv minst éin verksemd-id (t.d. -a dss), eller ta bort -a for å lage brev til alle verksemdene.",
  watchAlone: () => ({ message: "--watch skriv kvar gong noko blir lagra: det går ikkje saman med --json eller --check" }),
  watchChanged: () => "brev: ei fil er endra; skriv på nytt",
  watching: () => "brev: følgjer med på registera, malane og assets; Ctrl-C stoppar",
  wrote: (p) => `skreiv ${p.path}`,
  writeReason: (p) => REASONS[p.reason],
  pruned: (p) => `sletta ${p.path}`,
  orphaned: (p) => `utan verksemd: ${p.path} (verksemda er ikkje i registeret; --prune slettar fila)`,
  keptOrphan: (p) => `heldt på ${p.path}: verksemda er ikkje i registeret, men ${p.why}; slett fila sjølv dersom ho ikkje trengst`,
  summaryCheck: (p) =>
    `${p.toWrite} skal skrivast, ${p.upToDate} er ${p.upToDate === 1 ? "oppdatert" : "oppdaterte"}${p.leftAlone > 0 ? `, ${p.leftAlone} ikkje rørte` : ""}, ${p.orphaned} utan verksemd${p.failed > 0 ? (p.failed === 1 ? "; 1 feil: breva han gjeld, vart ikkje laga" : `; ${p.failed} feil: breva dei gjeld, vart ikkje laga`) : ""}`,
  summaryWritten: (p) =>
    `${p.written} skrivne, ${p.unchanged} uendra${p.leftAlone > 0 ? `, ${p.leftAlone} ikkje rørte` : ""}${p.orphaned > 0 ? `, ${p.orphaned} ${p.pruned ? "sletta" : "utan verksemd"}` : ""}${p.failed > 0 ? (p.failed === 1 ? "; 1 feil: breva han gjeld, vart ikkje laga" : `; ${p.failed} feil: breva dei gjeld, vart ikkje laga`) : ""}`,
  notBrevs: (p) => `ikkje frå brev: ${p.path} (brev har ingen opplysning om å ha skrive ho; brev skreiv ikkje over ho)`,
  changedByHandEarlier: (p) => `endra for hand: ${p.path} (brev skreiv ikkje over ho), og laga frå ein tidlegare versjon av dette brevet`,
  changedByHand: (p) => `endra for hand: ${p.path} (brev skreiv ikkje over ho)`,
  toKeep: (p) => `  for å halde på ${p.count === 1 ? "ho" : "dei"}: brev adopt ${p.paths}`,
  toKeepEarlier: (p) =>
    `  for å halde på endringane i ein tidlegare versjon: før dei inn i registeret, i blocks:-felt for verksemd ${p.agencies}, og byt så ut fila`,
  toReplace: (p) => `  for å byte ${p.count === 1 ? "ho" : "dei"} ut med eit nytt brev: brev generate --force -a ${p.agencies} -f ${p.formats}`,
  toReplaceDispatchFile: (p) =>
    `  ho blir laga frå registeret (endra verdiane der, ikkje her): for å byte henne ut med den brev lagar, brev generate --force -f ${p.format}`,
  twoTextsAdopted: (p) => `to tekstar til éi verksemd: ${p.others} har ikkje endringa i ${p.edited} (endra for hand og halden på med brev adopt)`,
  toAgree: (p) =>
    `  for å gjere dei like: før endringa inn i registeret, i eit blocks:-felt for verksemda "${p.agency}", og køyr så brev generate --force -a ${p.agency}`,
  twoLetters: (p) => `to ulike brev til éi verksemd: ${p.paths} er laga frå ulikt innhald`,
  toMakeOne: (p) =>
    `  for å gjere dei til eitt brev: brev generate -a ${p.agency} (ei fil som er endra for hand, blir berre bytt ut med --force; for å halde på endringa, før ho først inn i registeret, i eit blocks:-felt for verksemda "${p.agency}")`,
  and: (p) => `${p.first} og ${p.second}`,
  mdTitle: (p) => `### brev generate${p.check ? " --check" : ""}`,
  mdToWrite: () => "skal skrivast",
  mdWritten: () => "skrivne",
  mdUnchanged: () => "uendra",
  mdLeftAlone: () => "ikkje rørte",
  mdFailed: () => "feila",
  mdListToWrite: () => "Skal skrivast",
  mdListWritten: () => "Skrivne",
  mdListLeftAlone: () => "Ikkje rørte (endra for hand)",
  mdListDisagreeing: () => "To ulike brev til éi verksemd (laga frå ulikt innhald)",
  mdListFailed: () => "Feila",
  mdMore: (p) => ` og ${p.count} til`,

  validateDescription: () => "sjekk register og malar utan å skrive noko",
  validateOk: (p) => `ok: ${p.letters} brev, ${plural(p.warnings, "åtvaring", "åtvaringar")}`,

  listDescription: () => "éi linje per verksemd: utsending, id, namn, vår ref., dato, frist",
  listDispatch: () => "utsending",
  listId: () => "id",
  listName: () => "namn",
  listOurRef: () => "vår ref.",
  listDate: () => "dato",
  listDeadline: () => "frist",

  diffDescription: () => "vis korleis teksten i kvart brev blir endra mellom ein git-revisjon og arbeidskopien",
  baseOption: () => "revisjonen det blir samanlikna med (standard: HEAD)",
  diffSummary: (p) => `${p.changed} brev blir endra, ${p.unchanged} uendra (mot ${p.base})`,
  diffMdTitle: (p) => `### Endra brev (mot ${p.base})`,
  diffMdCounts: (p) => `${p.changed} brev blir endra, ${p.unchanged} uendra.`,
  diffMdWarning: (p) => `> **Åtvaring**: ${p.where}: ${p.message}`,
  diffMdMore: (p) => `… og ${p.count} brev til: køyr \`brev diff --base ${p.base}\` for å sjå dei.`,
  diffStatus: (p) => STATUS[p.status],

  adoptDescription: () => "behald brevfiler som er endra for hand: generate lèt dei vere til oppføringa til brevet i registeret eller malen blir endra",
  adoptFiles: (p) => `brevfiler, t.d. ${p.out}/<utsending>/<verksemd>.docx`,
  adoptRecorded: (p) => `registrert ${p.path}: ho er akkurat det brev skriv for dette brevet`,
  adopted: (p) => `teke vare på ${p.path}: generate held på ho til det brevet er laga frå, blir endra`,
  twoTexts: (p) => `to tekstar til éi verksemd: ${p.other} har ikkje endringa i ${p.path}`,
  notAdopted: (p) =>
    `ikkje teke vare på: ${p.path} er laga frå ein tidlegare versjon av dette brevet; oppføringa i registeret eller malen er endra sidan, og å halde på fila ville gi to ulike brev til éi verksemd`,
  howItDiffers: (p) => `slik skil fila seg frå det nye brevet:\n${p.difference}`,
  cannotShowDifference: (p) => `  (brev kan ikkje lese teksten i ei ${p.format}-fil for å vise korleis ho skil seg frå det nye brevet)`,
  toKeepEdit: (p) =>
    `  for å halde på endringa: før ho inn i registeret, i eit blocks:-felt for verksemda "${p.agency}", og køyr så brev generate --force -a ${p.agency} -f ${p.format}`,
  toReplaceAdopt: (p) => `  for å byte ut fila med det nye brevet: brev generate --force -a ${p.agency} -f ${p.format}`,

  initDescription: () => "lag ei brevmappe: eit dømeregister, malar (bokmål, nynorsk), assets/, ein arbeidsflyt, package.json, README",
  initDir: () => "mappa (standard: denne); ingenting i ho blir skrive over",
  brevOption: () => "korleis package.json installerer brev (standard: der denne brev kom frå), t.d. github:<eigar>/brev",
  newDescription: () => "start ei utsending (data/<utsending-id>.yaml, med avsendar og verksemder frå eit register) og/eller ein mal",
  newDispatchArgument: () => "id-en til den nye utsendinga, t.d. tillegg-4-2026",
  fromOption: () => "registeret som avsendar og verksemder blir kopierte frå (standard: det einaste i prosjektet)",
  templateOption: () => "start også templates/<namn>.<målform>.md.hbs frå den noverande malen",
  languageOption: () => "berre malen i denne målforma",

  previewDescription: () => "vis breva i nettlesaren (berre på denne maskina), oppdaterte kvar gong noko blir lagra; Ctrl-C stoppar",
  portOption: () => "porten (standard: ein ledig port)",
  badPort: (p) => ({ message: `--port: venta eit portnummer, ikkje "${p.given}"` }),
  previewStarted: (p) => `brev førehandsvising: ${p.url}  (opne ho i nettlesaren; Ctrl-C stoppar)`,
  previewStopped: () => "brev førehandsvising: stoppa",
  schemaDescription: () => "skriv JSON Schema for registeret (for redigeringsprogram: # yaml-language-server: $schema=…)",
};
