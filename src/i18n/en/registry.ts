// The words of src/registry, in English (the reference: nb and nn have every entry with the same parameters).
import { count, type Section } from "../entry.js";

/** What a mapping is called in a sentence, by the key that holds it ("a signatory"); undefined: a key of its own. */
const MAPPING_NAMES: Record<string, string> = {
  signatories: "a signatory",
  case_handler: "a case handler",
  logo: "the logo",
  sender: "the sender",
  dispatch: "the dispatch",
  agencies: "an agency",
  letterhead: "the letterhead",
  archive: "the archive details",
  rader: "a row",
};

const KINDS: Record<string, string> = { string: "text", number: "a number", boolean: "true or false", date: "a date as YYYY-MM-DD" };

const and = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
const or = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`);
const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

export const registry = {
  // YAML as a clerk writes it (yaml-mistakes.ts, parse-registry.ts)
  yamlTab: () => ({ message: "YAML: Tabs are not allowed as indentation", hint: "indent with spaces, not tabs" }),
  yamlDuplicateKey: () => ({ message: "YAML: Map keys must be unique", hint: "each key may appear once in a mapping" }),
  yamlColonInValue: (p: { key: string; quoted: string }) => ({
    message: "YAML: a value with a colon in it must be in quotes",
    hint: `put the value in quotes: ${p.key}: ${p.quoted}`,
  }),
  yamlNoSpaceAfterColon: (p: { key: string; value: string }) => ({ message: "YAML: a key needs a space after its colon", hint: `write ${p.key}: ${p.value}` }),
  yamlMissingColon: (p: { key: string; value: string }) => ({
    message: `YAML: missing colon after \`${p.key}\`?`,
    hint: `write \`${p.key}: ${p.value}\``,
  }),
  yamlUnclosed: (p: { kind: "list" | "mapping" }) =>
    p.kind === "list"
      ? { message: "YAML: a list in [ ] is not closed", hint: "end it with ] on the same line" }
      : { message: "YAML: a mapping in { } is not closed", hint: "end it with } on the same line" },
  yamlOutOfLine: () => ({
    message: "YAML: this line is not indented like the lines around it",
    hint: "line up each key with the key above it, using spaces",
  }),
  yamlNotLinedUp: (p: { key: string; above: string; column: number }) => ({
    message: `YAML: "${p.key}" is not lined up with the key above it`,
    hint: `line up ${p.key}: with ${p.above}: above it (column ${p.column}), or indent it under a key that ends with a colon`,
  }),
  /** What the YAML library said, where brev has no words of its own for it (the library speaks English). */
  yamlOther: (p: { detail: string }) => `YAML: ${p.detail}`,
  yamlUnknownAnchor: (p: { name: string }) => ({
    message: `YAML: *${p.name} refers to an anchor &${p.name} that is not defined before this line`,
    hint: `define it first, e.g. under a top-level x- key: x-defaults: &${p.name} { … }`,
  }),
  yamlAliasValues: (p: { max: number }) => ({
    message: `YAML: the aliases (*name) in this file expand to more than ${count(p.max, "en")} values`,
    hint: "an alias that repeats an anchor which itself holds aliases multiplies; write the repeated part out, or share it at one level only",
  }),
  yamlAliasCharacters: (p: { max: number }) => ({
    message: `YAML: the aliases (*name) in this file repeat more than ${count(p.max, "en")} characters of text`,
    hint: "an alias repeats all the text of its anchor; write the repeated text out once, or share a shorter part",
  }),
  notARegistryYaml: (p: { errors: number }) => ({
    message: `this does not look like a brev registry (it has ${p.errors} YAML errors, and no dispatch:, sender: or agencies:)`,
    hint: "check that you named the right file; a registry is YAML with dispatch:, sender: and agencies:",
  }),
  tooManyValues: (p: { max: number }) => ({
    message: `the registry has more than ${count(p.max, "en")} values (counting every comma, colon, dash and line); brev reads at most that many from one file`,
    hint: "split the registry into one registry per dispatch, or into several smaller ones",
  }),
  nestedTooDeep: (p: { max: number }) => ({
    message: `lists and groups are nested more than ${p.max} deep here; a registry needs only a few levels`,
    hint: "close the brackets [ ] and braces { } you opened, and indent each level by a few spaces only",
  }),

  // The file's bytes (decode-registry.ts)
  notText: () => ({
    message: "the file is not text (it holds runs of zero bytes); a registry is a text file",
    hint: "check that you named the right file; a registry is YAML text saved as UTF-8",
  }),
  utf16: () => ({ message: "the file is UTF-16 text, not UTF-8", hint: "save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)" }),
  notUtf8: () => ({ message: "the file is not UTF-8 text", hint: "save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)" }),
  tooLarge: (p: { bytes: number; maxBytes: number }) => ({
    message: `the file is ${mb(p.bytes)} MB; a registry may be at most ${p.maxBytes / 1048576} MB`,
    hint: "split the dispatch into several registries",
  }),
  outsideProject: () => ({
    message: "the registry leads outside the project folder (it is, or goes through, a link); brev reads only registries inside the project",
    hint: "copy the registry into the project's data/ folder instead of linking to it",
  }),

  // Finding and reading registries (find-registries.ts, load-dispatches.ts)
  noRegistryHere: () => "no registry found here; run brev init or name a registry file",
  noRegistryIn: (p: { folder: string }) => `no registry in ${p.folder} (expected *.yaml files); start one with: brev new <dispatch-id>`,
  cannotReadFolder: (p: { folder: string; reason: string }) => `cannot read ${p.folder}: ${p.reason}`,
  cannotRead: (p: { file: string; code: string | undefined; kind?: string | undefined; detail: string }) =>
    `cannot read ${p.file}: ${
      p.code === "ENOENT"
        ? "no such file"
        : p.code === "EACCES"
          ? "permission denied"
          : p.code === "EISDIR"
            ? "not a file"
            : p.code === "ESPECIAL"
              ? `it is a ${p.kind === "pipe" ? "named pipe" : (p.kind ?? "special file")}, not a file`
              : p.code === "ELOOP"
                ? "it goes through too many links"
                : p.detail
    }`,
  duplicateDispatch: (p: { id: string; other: string }) => `dispatch id "${p.id}" is also used by ${p.other}; the two would write to the same folder`,

  // The registry's shape (validate-registry.ts, zod-diagnostics.ts, schema.ts, fields.ts)
  notAMapping: (p: { found: "nothing" | "list" | "string" | "number" | "boolean" }) =>
    `expected a mapping with dispatch, sender and agencies; ${p.found === "nothing" ? "the file is empty" : p.found === "list" ? "found a list" : `found ${p.found}`}`,
  notARegistry: (p: { keys: string; more: boolean }) => ({
    message: `this is not a brev registry: it has none of dispatch, sender, agencies (it has ${p.keys}${p.more ? ", …" : ""})`,
    hint: "a registry starts with dispatch:, sender: and agencies:; name the registry file, or leave the argument out to use data/*.yaml",
  }),
  duplicateAgencyId: (p: { id: string; line: number }) => ({
    message: `duplicate agency id "${p.id}" (first used at line ${p.line})`,
    hint: "every agency needs its own id: it names the output files",
  }),
  missingParts: (p: { id: string; missing: string[] }) => ({
    message: `${p.id}: no ${p.missing.join(", ")}; the letter goes out without ${p.missing.length === 1 ? "it" : "them"}`,
    hint: "add to the agency what its letter should show (signatories can also be set for the whole dispatch), or write the field as ~ to leave it empty on purpose",
  }),
  deadlineBeforeDate: (p: { id: string }) => `${p.id}: the deadline comes before the letter's date`,
  logoOutside: (p: { file: string }) => ({
    message: `sender.logo.file: ${p.file} is outside the project folder`,
    hint: "put the image in the project, e.g. assets/logo.svg, and write its path from the registry's folder",
  }),
  letterheadMissingLanguage: (p: { code: string; name: { nb: string; en: string }; fallback: string; fallbackName: { nb: string; en: string } }) => ({
    message: `the letterhead has no ${p.name.en} lines, so the ${p.name.en} letters get the ${p.fallbackName.en} letterhead`,
    hint: `write \`letterhead: { ${p.fallback}: [...], ${p.code}: [...] }\``,
  }),
  /** A problem at a place in the registry: "agencies[2].date: is empty". */
  atPath: (p: { path: string; message: string }) => (p.path === "" ? p.message : `${p.path}: ${p.message}`),
  unknownKey: (p: { path: string; key: string; suggestion: string | undefined; known: string[] }) => ({
    message: `${p.path}: unknown key "${p.key}"`,
    hint: p.suggestion ? `did you mean "${p.suggestion}"?` : `known keys here: ${p.known.join(", ")}`,
  }),
  missingKey: (p: { path: string; key: string }) => `${p.path}: missing; ${p.key} is required`,
  isEmpty: (p: { path: string }) => ({ message: `${p.path}: is empty`, hint: "write a value, or leave the key out" }),
  needsMapping: (p: { path: string; holder: string | undefined; required: string[] }) => {
    const what = (p.holder && MAPPING_NAMES[p.holder]) ?? (p.holder ? `"${p.holder}"` : "this");
    if (p.required.length === 0) return `${p.path}: ${what} is a mapping of keys and values, e.g. { key: value }`;
    return `${p.path}: ${what} needs ${and(p.required.map((k) => `\`${k}\``))}, e.g. { ${p.required.map((k) => `${k}: …`).join(", ")} }`;
  },
  needsNamedValues: (p: { path: string; key: string | undefined }) =>
    `${p.path}: ${
      p.key === "blocks"
        ? "expected named texts, one per block, e.g. { status: Tekst … }"
        : p.key === "fields"
          ? "expected named values for the template, e.g. { belop: 12500000, vedtatt: 2020-11-17 }"
          : "expected names and values, e.g. { name: value }"
    }`,
  needsList: (p: { path: string; key: string | undefined }) =>
    `${p.path}: ${
      p.key === "agencies"
        ? "expected a list of agencies, each starting with `- id: …`"
        : p.key === "signatories"
          ? "expected a list of signatories, e.g. [{ name: …, title: … }]"
          : "expected a list, e.g. [first line, second line], or one `- item` per line"
    }`,
  wholeNumberAboveZero: (p: { path: string }) => `${p.path}: expected a whole number above 0`,
  expectedKind: (p: { path: string; kind: string }) => `${p.path}: expected ${KINDS[p.kind] ?? p.kind}`,
  yamlReadsAs: (p: { path: string; written: string; read: "number" | "boolean"; value: string; key: string | undefined; quoted: string }) => ({
    message: `${p.path}: YAML reads ${p.written} as ${p.read === "number" ? `the number ${p.value}` : `the yes/no value ${p.value}`}, not as text`,
    hint: p.key === undefined ? `put it in quotes: ${p.quoted}` : `put it in quotes: ${p.key}: ${p.quoted}`,
  }),
  expectedTextNot: (p: { path: string; read: "number" | "boolean" | "collection"; value: string }) =>
    `${p.path}: expected text, not ${p.read === "number" ? `the number ${p.value}` : p.read === "boolean" ? `the yes/no value ${p.value}` : "a list or mapping"}`,
  /** A value zod refused, in zod's own words (none of brev's schemas lets this happen; a safety net). */
  invalidValue: (p: { path: string; detail: string }) => `${p.path}: ${p.detail}`,

  // Values (schema.ts, fields.ts, text-rules.ts, drawable.ts)
  expectedText: () => "expected text",
  mustNotBeEmpty: () => "must not be empty",
  emptyReference: () => ({
    message: "is empty: the case number is not filled in yet",
    hint: "write the case number, e.g. 26/101-1, or ~ if this letter has none",
  }),
  longerThan: (p: { max: number }) => `is longer than ${p.max} characters`,
  expectedLines: () => "expected a list of lines",
  expectedDate: () => "expected a date as YYYY-MM-DD",
  notADate: (p: { input: string }) => `"${p.input}" is not a date; write it as YYYY-MM-DD, e.g. 2020-10-30`,
  impossibleDate: (p: { detail: string }) => p.detail,
  dateOutOfRange: (p: { date: string }) => ({
    message: `${p.date} is outside the dates a letter can carry: from 1980-01-01 to 2107-12-31, the dates a Word file can record`,
    hint: "check the year",
  }),
  expectedId: () => "expected an id",
  badId: (p: { input: string; fixed: string | undefined }) => ({
    message: `"${p.input}" is not a valid id: use lower-case a-z, 0-9 and single hyphens (it becomes a file name)`,
    hint: p.fixed === undefined ? undefined : `write it as \`${p.fixed}\``,
  }),
  reservedName: (p: { input: string }) => `"${p.input}" is a reserved file name on Windows`,
  badBlockName: (p: { input: string }) => `"${p.input}" is not a block name: use letters, digits and single hyphens`,
  expectedLanguage: (p: { choices: { code: string; name: { nb: string; en: string } }[] }) =>
    `expected ${or(p.choices.map((c) => `"${c.code}" (${c.name.en})`))}`,
  expectedYesNo: (p: { input: string | undefined }) => (p.input === undefined ? "expected true or false" : `expected true or false, not "${p.input}"`),
  expectedWholeNumber: () => "expected a whole number",
  expectedNaming: (p: { choices: string[] }) => `expected ${or(p.choices.map((c) => `"${c}"`))}`,
  needsOneLine: () => "needs at least one line",
  needsOneAgency: () => "needs at least one agency",
  expectedLetterhead: () => "expected the letterhead's lines, e.g. [DET KONGELIGE, …], or { nb: […], nn: […] }",
  badFieldName: (p: { name: string }) => `"${p.name}" is not a field name: use letters, digits, _ and -, starting with a letter`,
  leadingZero: (p: { text: string }) => ({
    message: `${p.text} is a number with a leading zero`,
    hint: "a number has no leading zeros; if it is a code, such as a postal code, put it in quotes",
  }),
  notDigits: (p: { text: string }) => ({
    message: `${p.text} is not a number written as digits`,
    hint: "write the number as digits, with a point before any decimals: 31, 12.50, -3000; if it is text rather than a number, put it in quotes",
  }),
  notShowableNumber: () => "is not a number a letter can show",
  fieldTooDeep: (p: { max: number }) => ({
    message: `is nested more than ${p.max} levels deep`,
    hint: "fields hold lists of rows or small groups, not deep trees",
  }),
  notAYamlValue: () => "is not a value YAML can hold",
  badCharacter: (p: { what: string; name: string; at: number }) => ({
    message: `contains ${p.what} (${p.name}) at character ${p.at}, which a letter cannot carry`,
    hint: "delete it (it often comes along when text is pasted from another program)",
  }),
  invisibleOnly: () => ({
    message: "holds only invisible characters (zero-width or direction marks), so the letter would show nothing",
    hint: "write the text, or leave the field out",
  }),
  undrawable: (p: { path: string; char: string; name: string; at: number }) => ({
    message: `${p.path}: has ${p.char} (${p.name}) at character ${p.at}, which the letter's font cannot draw`,
    hint: "write it without that character; the font has Latin letters with æøå and Sami letters, Greek, Cyrillic and Hebrew",
  }),
  orgNrNotDigits: (p: { input: string }) => ({
    message: `"${p.input}" is not an organisation number: write its nine digits, e.g. 974 760 673`,
    hint: 'write only the digits, with spaces or without (leave out "NO" and "MVA")',
  }),
  orgNrLength: (p: { input: string; digits: number }) => ({
    message: `${p.input} is not an organisation number: it has ${p.digits === 1 ? "1 digit" : `${p.digits} digits`}, and an organisation number has nine`,
    hint: "check the number in Brønnøysundregistrene (brreg.no)",
  }),
  orgNrCheckDigit: (p: { input: string; expected: number }) => ({
    message: `${p.input} is not a valid organisation number: its last digit should be ${p.expected}`,
    hint: "a digit is probably mistyped: check the number in Brønnøysundregistrene (brreg.no) rather than changing the last digit",
  }),
  orgNrNoCheckDigit: (p: { input: string }) => ({
    message: `${p.input} is not a valid organisation number: no organisation number begins with these eight digits`,
    hint: "a digit is probably mistyped: check the number in Brønnøysundregistrene (brreg.no)",
  }),

  // The command line's choices (select-agencies.ts, shard.ts)
  noAgencyNamed: () => "--agency names no agency; name at least one (e.g. -a dss), or leave it out to make every agency's letter",
  unknownAgency: (p: { ids: string[]; suggestions: string[]; known: string[]; more: number }) =>
    `unknown agency ${p.ids.map((u) => `"${u}"`).join(", ")}${
      p.suggestions.length > 0
        ? `; did you mean ${or(p.suggestions.map((s) => `"${s}"`))}?`
        : `; known: ${p.known.join(", ")}${p.more > 0 ? ` and ${p.more} more` : ""}`
    }`,
  badShard: (p: { text: string }) => `--shard takes i/n with 1 <= i <= n, e.g. 1/4; got "${p.text}"`,
} satisfies Section;
