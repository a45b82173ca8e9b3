// The words of src/cli: help, progress, summaries, reporter words, in bokmål.

import type { cli as en } from "../en/cli.js";
import type { Translation } from "../entry.js";

const TITLES = { "Usage:": "Bruk:", "Arguments:": "Argumenter:", "Options:": "Valg:", "Commands:": "Kommandoer:", "Global Options:": "Globale valg:" };
const REASONS = { missing: "mangler", stale: "utdatert", forced: "tvunget" };
const STATUS = { changed: "endret", added: "nytt", removed: "fjernet" };
const did = (suggestion: string | undefined) => (suggestion ? `\n(Mente du ${suggestion}?)` : "");
const plural = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export const cli: Translation<typeof en> = {
  langOption: () => "språket brev bruker: nb (bokmål), nn (nynorsk) eller en (engelsk); ellers fra BREV_LANG eller systemets språk",
  unknownLanguage: (p) => ({
    message: `--lang ${p.given}: brev kan nb, nn og en`,
    hint: "skriv --lang nb for bokmål, --lang nn for nynorsk eller --lang en for engelsk",
  }),
  unknownBrevLang: (p) => `BREV_LANG=${p.given} er ikke et språk brev kan (nb, nn eller en); brev bruker systemets språk i stedet`,

  error: () => "feil",
  warning: () => "advarsel",
  hint: () => "tips:",

  programDescription: () => "Brev til mange virksomheter fra ett YAML-register og én mal, som PDF og DOCX.",
  helpTitle: (p) => TITLES[p.title],
  usageOptions: () => "[valg]",
  usageCommand: () => "[kommando]",
  helpOption: () => "vis hjelp for kommandoen",
  helpCommand: () => "vis hjelp for en kommando",
  versionOption: () => "vis versjonsnummeret",
  helpDefault: (p) => `standard: ${p.value}`,
  helpChoices: (p) => `mulige verdier: ${p.choices}`,
  exitCodes: () =>
    "Avslutningskoder: 0 ok, 1 feil i det som ble lest inn, brev som ikke ble rørt eller --check fant noe å gjøre, 2 feil bruk, 3 filfeil, 70 intern feil.",
  seeHelp: () => "(kjør brev --help for å se hvordan brev brukes)",

  unknownOption: (p) => `ukjent valg '${p.option}'${did(p.suggestion)}`,
  unknownCommand: (p) => `ukjent kommando '${p.command}'${did(p.suggestion)}`,
  missingArgument: (p) => `mangler argumentet '${p.argument}'`,
  optionMissingArgument: (p) => `valget '${p.option}' mangler en verdi`,
  excessArguments: (p) => `for mange argumenter til '${p.command}': forventet ${p.expected}, fikk ${p.got}.`,
  invalidOptionValue: (p) => `valget '${p.option}' kan ikke ha verdien '${p.value}'. ${p.why}`,
  allowedChoices: (p) => `Mulige verdier er ${p.choices}.`,
  commanderError: (p) => p.message,
  errorPrefix: (p) => `feil: ${p.message}`,

  jsonOption: () => "skriv ett JSON-dokument på stdout (= --report json)",
  reportOption: () => "text, json eller github: feil og advarsler som GitHub Actions-merknader (standard når GITHUB_ACTIONS=true)",
  quietOption: () => "skriv bare feil og advarsler",
  templatesOption: (p) => `mappen med brevmalene (standard: ${p.folder})`,
  argRegistry: () => "register",
  argFile: () => "fil",
  argDir: () => "mappe",
  argDispatchId: () => "utsending-id",
  registryArgument: (p) => `registerfiler i YAML (standard: ${p.folder}/*.yaml)`,
  registryOption: (p) => `registerfiler i YAML (standard: ${p.folder}/*.yaml)`,
  noWaitOption: () => "når en annen brev-kjøring skriver i samme mappe: stopp med en gang (kode 3) i stedet for å vente",
  folderNameNeeded: (p) => ({ message: `${p.option} trenger et mappenavn` }),
  waiting: (p) => `venter på ${p.folder}: ${p.holder} skriver i den`,

  nothingWritten: (p) => `${p.count} feil; ingenting ble skrevet`,
  internalError: (p) => `intern feil (en feil i brev, ikke i det du har skrevet)\n${p.stack}\nMeld gjerne fra om dette, og ta med kommandoen du kjørte.`,
  sourceDateNotNumber: (p) => ({ message: `SOURCE_DATE_EPOCH må være et helt antall sekunder, ikke "${p.value}"` }),
  sourceDateOutside: (p) => ({
    message: `SOURCE_DATE_EPOCH er ${p.value}, en dato utenfor det filene til et brev kan ha: fra 1980-01-01 (${p.first}) til 2107-12-31 (${p.last}), datoene en Word-fil kan lagre`,
  }),
  renderThreadsNotNumber: (p) => ({ message: `BREV_RENDER_THREADS må være et helt tall, ikke "${p.value}"` }),

  generateDescription: (p) => `skriv ${p.out}/<utsending>/<virksomhet>.pdf, .docx og .arkivmelding.xml for hver virksomhet der brevet er endret`,
  agencyOption: () => "bare disse virksomhetene (dss,htu eller -a dss -a htu)",
  formatOption: (p) => `bare disse formatene (${p.formats}, eller -f flere ganger)`,
  outOption: (p) => `mappen brevene skrives til (standard: ${p.folder})`,
  forceOption: () => "lag alle brevene på nytt, også de som er oppdatert, og erstatt brev som er endret for hånd",
  checkOption: () =>
    "skriv ingenting; avslutt med kode 1 hvis et brev mangler, er utdatert, er endret for hånd eller hører til en virksomhet som ikke lenger er i registeret",
  pruneOption: () => "slett brev til virksomheter som ikke lenger er i registeret (bare de som brev skrev og ingen har endret)",
  shardOption: () => "lag bare del i av n faste deler av brevene (for CI-matriser)",
  watchOption: () => "følg med på registrene, malene og assets etter skrivingen, og skriv på nytt hver gang noe lagres; Ctrl-C stopper",
  agencyNeeded: () => "Skriv minst én virksomhets-id (f.eks. -a dss), eller ta bort -a for å lage brev til alle virksomhetene.",
  watchAlone: () => ({ message: "--watch skriver hver gang noe lagres: det går ikke sammen med --json eller --check" }),
  watchChanged: () => "brev: en fil er endret; skriver på nytt",
  watching: () => "brev: følger med på registrene, malene og assets; Ctrl-C stopper",
  wrote: (p) => `skrev ${p.path}`,
  writeReason: (p) => REASONS[p.reason],
  pruned: (p) => `slettet ${p.path}`,
  orphaned: (p) => `uten virksomhet: ${p.path} (virksomheten er ikke i registeret; --prune sletter filen)`,
  keptOrphan: (p) => `beholdt ${p.path}: virksomheten er ikke i registeret, men ${p.why}; slett filen selv hvis den ikke trengs`,
  summaryCheck: (p) =>
    `${p.toWrite} skal skrives, ${p.upToDate} er ${p.upToDate === 1 ? "oppdatert" : "oppdaterte"}${p.leftAlone > 0 ? `, ${p.leftAlone} ikke rørt` : ""}, ${p.orphaned} uten virksomhet${p.failed > 0 ? (p.failed === 1 ? "; 1 feil: brevene den gjelder, ble ikke laget" : `; ${p.failed} feil: brevene de gjelder, ble ikke laget`) : ""}`,
  summaryWritten: (p) =>
    `${p.written} skrevet, ${p.unchanged} uendret${p.leftAlone > 0 ? `, ${p.leftAlone} ikke rørt` : ""}${p.orphaned > 0 ? `, ${p.orphaned} ${p.pruned ? "slettet" : "uten virksomhet"}` : ""}${p.failed > 0 ? (p.failed === 1 ? "; 1 feil: brevene den gjelder, ble ikke laget" : `; ${p.failed} feil: brevene de gjelder, ble ikke laget`) : ""}`,
  notBrevs: (p) => `ikke fra brev: ${p.path} (brev har ingen opptegnelse om å ha skrevet den; brev skrev ikke over den)`,
  changedByHandEarlier: (p) => `endret for hånd: ${p.path} (brev skrev ikke over den), og laget fra en tidligere versjon av dette brevet`,
  changedByHand: (p) => `endret for hånd: ${p.path} (brev skrev ikke over den)`,
  toKeep: (p) => `  for å beholde ${p.count === 1 ? "den" : "dem"}: brev adopt ${p.paths}`,
  toKeepEarlier: (p) =>
    `  for å beholde endringene i en tidligere versjon: før dem inn i registeret, i blocks:-felt for virksomhet ${p.agencies}, og erstatt så filen`,
  toReplace: (p) => `  for å erstatte ${p.count === 1 ? "den" : "dem"} med et nytt brev: brev generate --force -a ${p.agencies} -f ${p.formats}`,
  toReplaceDispatchFile: (p) =>
    `  den lages fra registeret (endre verdiene der, ikke her): for å erstatte den med den brev lager, brev generate --force -f ${p.format}`,
  twoTextsAdopted: (p) => `to tekster til én virksomhet: ${p.others} har ikke endringen i ${p.edited} (endret for hånd og beholdt med brev adopt)`,
  toAgree: (p) =>
    `  for å gjøre dem like: før endringen inn i registeret, i et blocks:-felt for virksomheten "${p.agency}", og kjør så brev generate --force -a ${p.agency}`,
  twoLetters: (p) => `to forskjellige brev til én virksomhet: ${p.paths} er laget fra forskjellig innhold`,
  toMakeOne: (p) =>
    `  for å gjøre dem til ett brev: brev generate -a ${p.agency} (en fil som er endret for hånd, erstattes bare med --force; for å beholde endringen, før den først inn i registeret, i et blocks:-felt for virksomheten "${p.agency}")`,
  and: (p) => `${p.first} og ${p.second}`,
  mdTitle: (p) => `### brev generate${p.check ? " --check" : ""}`,
  mdToWrite: () => "skal skrives",
  mdWritten: () => "skrevet",
  mdUnchanged: () => "uendret",
  mdLeftAlone: () => "ikke rørt",
  mdFailed: () => "feilet",
  mdListToWrite: () => "Skal skrives",
  mdListWritten: () => "Skrevet",
  mdListLeftAlone: () => "Ikke rørt (endret for hånd)",
  mdListDisagreeing: () => "To forskjellige brev til én virksomhet (laget fra forskjellig innhold)",
  mdListFailed: () => "Feilet",
  mdMore: (p) => ` og ${p.count} til`,

  validateDescription: () => "sjekk registre og maler uten å skrive noe",
  validateOk: (p) => `ok: ${p.letters} brev, ${plural(p.warnings, "advarsel", "advarsler")}`,

  listDescription: () => "én linje per virksomhet: utsending, id, navn, vår ref., dato, frist",
  listDispatch: () => "utsending",
  listId: () => "id",
  listName: () => "navn",
  listOurRef: () => "vår ref.",
  listDate: () => "dato",
  listDeadline: () => "frist",

  diffDescription: () => "vis hvordan teksten i hvert brev endres mellom en git-revisjon og arbeidskopien",
  baseOption: () => "revisjonen det sammenlignes med (standard: HEAD)",
  diffSummary: (p) => `${p.changed} brev endres, ${p.unchanged} uendret (mot ${p.base})`,
  diffMdTitle: (p) => `### Endrede brev (mot ${p.base})`,
  diffMdCounts: (p) => `${p.changed} brev endres, ${p.unchanged} uendret.`,
  diffMdWarning: (p) => `> **Advarsel**: ${p.where}: ${p.message}`,
  diffMdMore: (p) => `… og ${p.count} brev til: kjør \`brev diff --base ${p.base}\` for å se dem.`,
  diffStatus: (p) => STATUS[p.status],

  adoptDescription: () => "behold brevfiler som er endret for hånd: generate lar dem være til brevets oppføring i registeret eller malen endres",
  adoptFiles: (p) => `brevfiler, f.eks. ${p.out}/<utsending>/<virksomhet>.docx`,
  adoptRecorded: (p) => `registrert ${p.path}: den er akkurat det brev skriver for dette brevet`,
  adopted: (p) => `tatt vare på ${p.path}: generate beholder den til det brevet er laget fra, endres`,
  twoTexts: (p) => `to tekster til én virksomhet: ${p.other} har ikke endringen i ${p.path}`,
  notAdopted: (p) =>
    `ikke tatt vare på: ${p.path} er laget fra en tidligere versjon av dette brevet; oppføringen i registeret eller malen er endret siden, og å beholde filen ville gi to forskjellige brev til én virksomhet`,
  howItDiffers: (p) => `slik skiller filen seg fra det nye brevet:\n${p.difference}`,
  cannotShowDifference: (p) => `  (brev kan ikke lese teksten i en ${p.format}-fil for å vise hvordan den skiller seg fra det nye brevet)`,
  toKeepEdit: (p) =>
    `  for å beholde endringen: før den inn i registeret, i et blocks:-felt for virksomheten "${p.agency}", og kjør så brev generate --force -a ${p.agency} -f ${p.format}`,
  toReplaceAdopt: (p) => `  for å erstatte filen med det nye brevet: brev generate --force -a ${p.agency} -f ${p.format}`,

  initDescription: () => "lag en brevmappe: et eksempelregister, maler (bokmål, nynorsk), assets/, en arbeidsflyt, package.json, README",
  initDir: () => "mappen (standard: denne); ingenting i den blir skrevet over",
  brevOption: () => "hvordan package.json installerer brev (standard: der denne brev kom fra), f.eks. github:<eier>/brev",
  newDescription: () => "start en utsending (data/<utsending-id>.yaml, med avsender og virksomheter fra et register) og/eller en mal",
  newDispatchArgument: () => "id-en til den nye utsendingen, f.eks. tillegg-4-2026",
  fromOption: () => "registeret som avsender og virksomheter kopieres fra (standard: prosjektets eneste)",
  templateOption: () => "start også templates/<navn>.<målform>.md.hbs fra den nåværende malen",
  languageOption: () => "bare malen i denne målformen",

  previewDescription: () => "vis brevene i nettleseren (bare på denne maskinen), oppdatert hver gang noe lagres; Ctrl-C stopper",
  portOption: () => "porten (standard: en ledig port)",
  badPort: (p) => ({ message: `--port: forventet et portnummer, ikke "${p.given}"` }),
  previewStarted: (p) => `brev forhåndsvisning: ${p.url}  (åpne den i nettleseren; Ctrl-C stopper)`,
  previewStopped: () => "brev forhåndsvisning: stoppet",
  schemaDescription: () => "skriv JSON Schema for registeret (for redigeringsprogrammer: # yaml-language-server: $schema=…)",
};
