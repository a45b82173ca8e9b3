// The words of src/project (brev init, brev new) and of the files brev init writes, in nynorsk.

import type { project as en, FoundKind, NameKind, ReadReason } from "../en/project.js";
import type { Translation } from "../entry.js";

/** The kind with its article, and the pronoun that refers back to it. */
const KINDS: Record<FoundKind, [string, string]> = {
  file: ["ei fil", "ho"],
  "named pipe": ["eit namngitt røyr", "det"],
  socket: ["ein socket", "han"],
  device: ["ei einingsfil", "ho"],
  "special file": ["ei spesialfil", "ho"],
};
const named = (k: NameKind) => (k === "dispatch" ? "ein utsendings-id" : "eit malnamn");
const nothingWritten = "(ingenting vart skrive)";

function reason(why: ReadReason): string {
  switch (why.code) {
    case "EOUTSIDE":
      return "fila fører ut av prosjektmappa (gjennom ei lenke)";
    case "ESPECIAL":
      return "det er ikkje ei fil";
    case "ERR_ENCODING_INVALID_DATA":
      return "det er ikkje UTF-8-tekst";
    default:
      return why.detail;
  }
}

/** "a, b or c": the last two joined with the word given. */
const list = (items: readonly string[], last: string) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;

export const project: Translation<typeof en> = {
  cannotLookAt: (p) => `kan ikkje undersøkje ${p.file}: ${p.reason}`,
  folderIsLink: (p) => `${p.path} er ei lenke; brev skriv aldri gjennom ei lenke ${nothingWritten}`,
  fileWhereFolder: (p) => `${p.path} er ei fil der brev treng ei mappe ${nothingWritten}`,
  refused: (p) => `${p.problems.join("; ")} ${nothingWritten}`,
  problemLink: (p) => `${p.path} er ei lenke; brev skriv aldri gjennom ei lenke`,
  problemNotFolder: (p) => `${p.path} er ${KINDS[p.kind][0]} der brev treng ei mappe`,
  problemNotFile: (p) => `${p.path} er ${KINDS[p.kind][0]}, ikkje ei fil; brev skriv ikkje over ${KINDS[p.kind][1]}`,
  problemThere: (p) => `${p.paths.join(", ")} finst allereie; brev skriv ikkje over filer som finst`,
  cannotWriteNew: (p) => `kan ikkje skrive ${p.file}${p.code ? ` (${p.code})` : ""} ${nothingWritten}`,

  made: (p) => `laga ${p.file}`,
  next: () => "neste:",
  packageDescription: () => "Brev til verksemder frå eit register, laga med brev",
  gitignoreModules: () => "# det npm install legg her (package.json og package-lock.json seier kva det er)",
  gitignoreOut: () => "# breva som brev generate skriv (kan lagast på nytt frå data/ og templates/ når som helst)",

  nothingToStart: () => "gi den nye utsendinga eit namn (brev new <utsendings-id>) eller ein mal (--template <namn>)",
  badLanguage: (p) =>
    `--language: venta ${list(
      p.choices.map((c) => `${c.code} (${c.name.nb})`),
      "eller",
    )}, ikkje "${p.given}"`,
  nameTooLong: (p) => `"${p.name}" kan ikkje vere ${named(p.what)}: namnet er lengre enn ${p.max} teikn`,
  nameBadCharacters: (p) =>
    `"${p.name}" kan ikkje vere ${named(p.what)}: bruk små bokstavar a-z, siffer og enkle bindestrekar${p.example ? `, til dømes ${p.example}` : ""}`,
  nameReserved: (p) => `"${p.name}" kan ikkje vere ${named(p.what)}: "${p.name}" er eit reservert filnamn på Windows`,
  outsideProject: (p) =>
    `kan ikkje starte frå ${p.file}: fila ligg utanfor prosjektmappa ${p.project}; kopier ho inn i ${p.registries}/ først, eller vel eit register der`,
  noProject: () => "ikkje noko brev-prosjekt her (ei mappe med data/ eller brev.config); køyr brev init først",
  dispatchExists: (p) => ({
    message: `${p.file} finst allereie; brev new skriv ikkje over ho ${nothingWritten}`,
    hint: p.next
      ? `vil du starte neste utsending frå ho: brev new ${p.next} --from ${p.file}; vil du endre ${p.id}: rediger ${p.file}`
      : `vel ein annan id for den nye utsendinga; vil du endre ${p.id}: rediger ${p.file}`,
  }),
  manyRegistries: (p) => `prosjektet har ${p.count} register; sei kva for eitt du vil starte frå: --from ${p.example}`,
  cannotRead: (p) => `kan ikkje lese ${p.file}: ${reason(p.why)}`,
  notARegistry: (p) => `${p.file} er ikkje eit register brev kan starte frå (køyr brev validate ${p.file})`,
  cannotStartTemplate: (p) => `kan ikkje starte ${p.file} frå ${p.from}: ${reason(p.why)}`,
  exampleRegistry: () => "dømeregisteret til brev",
  exampleTemplate: () => "dømemalen til brev",
  header: (p) => `${p.id}: starta frå ${p.from} med brev new. Fyll inn fristen (deadline) og saksnummeret (our_ref) for kvar verksemd.`,
  registryMade: (p) =>
    `laga ${p.file}: avsendaren og ${p.agencies === 1 ? "1 verksemd" : `${p.agencies} verksemder`} frå ${p.from}` +
    `${p.addendum !== undefined ? `; tillegg nr. ${p.addendum}` : ""}` +
    `; referansar og datoar tømde (dato ${p.date}${p.deadline ? `, fristen ${p.deadline} må fyllast inn` : ""})`,
  templateMade: (p) => `laga ${p.file}: frå ${p.from}`,
  nextEditRegistry: (p) => `rediger ${p.file} (referansar, datoar, verksemdene)`,
  nextEdit: (p) => `rediger ${p.files.join(" og ")}`,
};
