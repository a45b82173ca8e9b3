// The words of src/project (brev init, brev new) and of the files brev init writes, in bokmål.

import type { project as en, FoundKind, NameKind, ReadReason } from "../en/project.js";
import type { Translation } from "../entry.js";

/** The kind with its article, and the pronoun that refers back to it. */
const KINDS: Record<FoundKind, [string, string]> = {
  file: ["en fil", "den"],
  "named pipe": ["et navngitt rør", "det"],
  socket: ["en socket", "den"],
  device: ["en enhetsfil", "den"],
  "special file": ["en spesialfil", "den"],
};
const named = (k: NameKind) => (k === "dispatch" ? "en utsendings-id" : "et malnavn");
const nothingWritten = "(ingenting ble skrevet)";

function reason(why: ReadReason): string {
  switch (why.code) {
    case "EOUTSIDE":
      return "filen fører ut av prosjektmappen (gjennom en lenke)";
    case "ESPECIAL":
      return "det er ikke en fil";
    case "ERR_ENCODING_INVALID_DATA":
      return "det er ikke UTF-8-tekst";
    default:
      return why.detail;
  }
}

/** "a, b or c": the last two joined with the word given. */
const list = (items: readonly string[], last: string) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;

export const project: Translation<typeof en> = {
  cannotLookAt: (p) => `kan ikke undersøke ${p.file}: ${p.reason}`,
  folderIsLink: (p) => `${p.path} er en lenke; brev skriver aldri gjennom en lenke ${nothingWritten}`,
  fileWhereFolder: (p) => `${p.path} er en fil der brev trenger en mappe ${nothingWritten}`,
  refused: (p) => `${p.problems.join("; ")} ${nothingWritten}`,
  problemLink: (p) => `${p.path} er en lenke; brev skriver aldri gjennom en lenke`,
  problemNotFolder: (p) => `${p.path} er ${KINDS[p.kind][0]} der brev trenger en mappe`,
  problemNotFile: (p) => `${p.path} er ${KINDS[p.kind][0]}, ikke en fil; brev skriver ikke over ${KINDS[p.kind][1]}`,
  problemThere: (p) => `${p.paths.join(", ")} finnes allerede; brev skriver ikke over filer som finnes`,
  cannotWriteNew: (p) => `kan ikke skrive ${p.file}${p.code ? ` (${p.code})` : ""} ${nothingWritten}`,

  made: (p) => `laget ${p.file}`,
  next: () => "neste:",
  packageDescription: () => "Brev til virksomheter fra et register, laget med brev",
  gitignoreModules: () => "# det npm install legger her (package.json og package-lock.json sier hva det er)",
  gitignoreOut: () => "# brevene som brev generate skriver (kan lages på nytt fra data/ og templates/ når som helst)",

  nothingToStart: () => "gi den nye utsendingen et navn (brev new <utsendings-id>) eller en mal (--template <navn>)",
  badLanguage: (p) =>
    `--language: forventet ${list(
      p.choices.map((c) => `${c.code} (${c.name.nb})`),
      "eller",
    )}, ikke "${p.given}"`,
  nameTooLong: (p) => `"${p.name}" kan ikke være ${named(p.what)}: navnet er lengre enn ${p.max} tegn`,
  nameBadCharacters: (p) =>
    `"${p.name}" kan ikke være ${named(p.what)}: bruk små bokstaver a-z, sifre og enkle bindestreker${p.example ? `, for eksempel ${p.example}` : ""}`,
  nameReserved: (p) => `"${p.name}" kan ikke være ${named(p.what)}: "${p.name}" er et reservert filnavn på Windows`,
  outsideProject: (p) =>
    `kan ikke starte fra ${p.file}: filen ligger utenfor prosjektmappen ${p.project}; kopier den inn i ${p.registries}/ først, eller velg et register der`,
  noProject: () => "ikke noe brev-prosjekt her (en mappe med data/ eller brev.config); kjør brev init først",
  dispatchExists: (p) => ({
    message: `${p.file} finnes allerede; brev new skriver ikke over den ${nothingWritten}`,
    hint: p.next
      ? `vil du starte neste utsending fra den: brev new ${p.next} --from ${p.file}; vil du endre ${p.id}: rediger ${p.file}`
      : `velg en annen id for den nye utsendingen; vil du endre ${p.id}: rediger ${p.file}`,
  }),
  manyRegistries: (p) => `prosjektet har ${p.count} registre; si hvilket du vil starte fra: --from ${p.example}`,
  cannotRead: (p) => `kan ikke lese ${p.file}: ${reason(p.why)}`,
  notARegistry: (p) => `${p.file} er ikke et register brev kan starte fra (kjør brev validate ${p.file})`,
  cannotStartTemplate: (p) => `kan ikke starte ${p.file} fra ${p.from}: ${reason(p.why)}`,
  exampleRegistry: () => "eksempelregisteret til brev",
  exampleTemplate: () => "eksempelmalen til brev",
  header: (p) => `${p.id}: startet fra ${p.from} med brev new. Fyll inn fristen (deadline) og saksnummeret (our_ref) for hver virksomhet.`,
  registryMade: (p) =>
    `laget ${p.file}: avsenderen og ${p.agencies === 1 ? "1 virksomhet" : `${p.agencies} virksomheter`} fra ${p.from}` +
    `${p.addendum !== undefined ? `; tillegg nr. ${p.addendum}` : ""}` +
    `; referanser og datoer tømt (dato ${p.date}${p.deadline ? `, fristen ${p.deadline} må fylles inn` : ""})`,
  templateMade: (p) => `laget ${p.file}: fra ${p.from}`,
  nextEditRegistry: (p) => `rediger ${p.file} (referanser, datoer, virksomhetene)`,
  nextEdit: (p) => `rediger ${p.files.join(" og ")}`,
};
