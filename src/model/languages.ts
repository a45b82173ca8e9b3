// The languages letters are written in (the registry's `language:`): one row each, and everything else derives from
// the rows — the registry schema's enum and its letterhead keys, the words a letter prints (labels, months), the
// templates' file names, what `brev new` starts a template from, and the field help an editor shows. Adding a
// language is one row here plus its templates (templates/<name>.<suffix>.md.hbs and brev's starter/templates).
// Not the languages brev speaks to the person running it (src/i18n: en, nb, nn): those are another table.

/** The fixed words a letter prints, in its language. */
export interface LetterLabels {
  yourRef: string;
  ourRef: string;
  date: string;
  closing: string;
  byAuthority: string;
  electronicSignature: string;
  attachments: string;
  copies: string;
  page: string;
  postalAddress: string;
  officeAddress: string;
  phone: string;
  orgNr: string;
  department: string;
  caseHandler: string;
}

export interface LetterLanguage {
  /** The registry's `language:` value and `brev new --language`'s. */
  code: string;
  /** BCP 47 tag, for the documents' metadata. */
  tag: string;
  /** What the written standard is called, in the field help's words (bokmål, English). */
  name: { readonly nb: string; readonly en: string };
  /** January to December, as a long date writes them ("30. oktober 2020"). */
  months: readonly string[];
  labels: Readonly<LetterLabels>;
  /** The middle of its templates' file names: templates/<name>.<suffix>.md.hbs. */
  templateSuffix: string;
  /** `brev new --template`: the languages whose template a new one in this language starts from, when the current
   * template has none in it, in this order (then brev's starter template in this language). */
  startFrom: readonly string[];
}

const MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"] as const;

/** The words bokmål and nynorsk letters share. */
const NORWEGIAN = {
  ourRef: "Vår ref",
  date: "Dato",
  byAuthority: "(e.f.)",
  attachments: "Vedlegg",
  copies: "Kopi",
  page: "Side",
  postalAddress: "Postadresse",
  officeAddress: "Kontoradresse",
  phone: "Telefon",
  orgNr: "Org.nr.",
  department: "Avdeling",
} as const;

const ROWS = [
  {
    code: "nb",
    tag: "nb-NO",
    name: { nb: "bokmål", en: "bokmål" },
    months: MONTHS,
    labels: {
      ...NORWEGIAN,
      yourRef: "Deres ref",
      closing: "Med hilsen",
      electronicSignature: "Dokumentet er elektronisk signert og har derfor ikke håndskrevne signaturer",
      caseHandler: "Saksbehandler",
    },
    templateSuffix: "nb",
    startFrom: ["nn"],
  },
  {
    code: "nn",
    tag: "nn-NO",
    name: { nb: "nynorsk", en: "nynorsk" },
    months: MONTHS,
    labels: {
      ...NORWEGIAN,
      yourRef: "Dykkar ref",
      closing: "Med helsing",
      electronicSignature: "Dokumentet er elektronisk signert og har difor ikkje handskrivne signaturar",
      caseHandler: "Saksbehandlar",
    },
    templateSuffix: "nn",
    startFrom: ["nb"],
  },
] as const satisfies readonly LetterLanguage[];

export type LetterLanguageCode = (typeof ROWS)[number]["code"];

/**
 * The language a registry that names none is written in; the letterhead every other language falls back to (the one
 * a letterhead per language must have); the language `brev new` starts a template in when no registry says.
 */
export const DEFAULT_LETTER_LANGUAGE: LetterLanguageCode = "nb";

const TABLE = new Map<string, LetterLanguage>(ROWS.map((row) => [row.code, row]));
/** Read once: from then on the stages hold what they derived from the table (the schema's enum), so it is fixed. */
let sealed = false;

function table(): ReadonlyMap<string, LetterLanguage> {
  sealed = true;
  return TABLE;
}

/** The letters' languages, in the table's order (the default first). */
export function letterLanguageCodes(): readonly [LetterLanguageCode, ...LetterLanguageCode[]] {
  return [...table().keys()] as [LetterLanguageCode, ...LetterLanguageCode[]];
}

/** Each language's code and names, for a message that lists the choices. */
export function letterLanguageChoices(): { code: string; name: { nb: string; en: string } }[] {
  return letterLanguageCodes().map((code) => ({ code, name: letterLanguage(code).name }));
}

export function isLetterLanguage(value: unknown): value is LetterLanguageCode {
  return typeof value === "string" && table().has(value);
}

/** A language's row; the code must be one of the table's (the registry's schema has checked it). */
export function letterLanguage(code: LetterLanguageCode): LetterLanguage {
  const row = table().get(code);
  if (!row) throw new Error(`no letter language "${code}"`);
  return row;
}

/** A template's file name in a language: <name>.<suffix>.md.hbs. */
export function templateFileName(name: string, code: LetterLanguageCode): string {
  return `${name}.${letterLanguage(code).templateSuffix}.md.hbs`;
}

/**
 * Adds a row to the table, for a test (or a program embedding brev) that writes letters in another language without
 * a release: only before anything has read the table, since the stages derive from it once, when they load.
 */
export function registerLetterLanguage(row: LetterLanguage): void {
  if (sealed) throw new Error(`letter language "${row.code}" registered after the table was read: register it before brev's stages load`);
  if (TABLE.has(row.code)) throw new Error(`letter language "${row.code}" is there already`);
  if (!/^[a-z]{2,3}$/.test(row.code) || row.months.length !== 12 || row.startFrom.some((from) => !TABLE.has(from) && from !== row.code))
    throw new Error(`letter language "${row.code}": a code of 2-3 letters a-z, twelve months, and languages to start from that are in the table`);
  TABLE.set(row.code, row);
}
