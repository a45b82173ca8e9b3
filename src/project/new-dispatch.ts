// `brev new <dispatch-id>`: a new dispatch registry, started from one the project has (its sender and agencies; the
// addendum the next one, the date today, the deadline and each agency's our_ref left to fill in, other refs and
// dates cleared; comments kept, those naming the old id or template pointed at the new), and with `--template
// <name>` a new template file per language, started from the current one. `brev new --template <name> --language
// nn` starts one template file (e.g. the nynorsk one). Onto a registry that exists it writes nothing.

import { lstat, readFile } from "node:fs/promises";
import path from "node:path";
import { isMap, isScalar, isSeq, Lexer, type Pair, type ParsedNode, parseDocument, type Scalar, type YAMLMap } from "yaml";
import { CATALOGUES, say, t } from "../i18n/catalogue.js";
import type { NameKind, ReadReason } from "../i18n/en/project.js";
import { LANGUAGES as RUN_LANGUAGES } from "../i18n/language.js";
import {
  DEFAULT_LETTER_LANGUAGE,
  isLetterLanguage,
  type LetterLanguageCode,
  letterLanguage,
  letterLanguageCodes,
  templateFileName,
} from "../model/languages.js";
import { MAX_REGISTRY_BYTES } from "../registry/decode-registry.js";
import { findProject, findRegistries } from "../registry/find-registries.js";
import { fileStem } from "../registry/schema.js";
import { insideProject, readBounded } from "../shared/bounded-file.js";
import { DEFAULTS } from "../shared/defaults.js";
import { FileError, UsageError } from "../shared/errors.js";
import { fixId, ID } from "../shared/id.js";
import { type NewFile, reasonOf, relativePath, writeNewFiles } from "./new-files.js";
import { exampleRegistry, STARTER } from "./starter.js";

/** The letters' languages (shared/letter-languages.ts): a template file each. */
export type TemplateLanguage = LetterLanguageCode;

export interface NewOptions {
  /** The new dispatch's id (names data/<id>.yaml and out/<id>/); leave out to start only a template. */
  dispatch?: string;
  /** The registry to start from (default: the project's only registry, or brev's example when it has none). */
  from?: string;
  /** A new template: its name (templates/<name>.<language>.md.hbs). */
  template?: string;
  /** Only this language's template file. */
  language?: TemplateLanguage;
  /** The new dispatch's date (YYYY-MM-DD): today. */
  today: string;
}

export interface NewReport {
  made: string[];
  /** What was made, from what, and what was cleared: one line each, in words ("made data/…: …"). */
  summary: string[];
  next: string[];
}

/** As the template store reads them. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;
/** An agency's keys that belong to one dispatch only: removed from the new one (our_ref is left empty instead). */
const CLEARED = ["your_ref", "date", "deadline"] as const;
/** Written where a date must be filled in; `brev validate` points at it until it is. */
const DATE_TO_FILL_IN = "YYYY-MM-DD";
/**
 * Written for each agency's our_ref: empty text, which `brev validate` and `generate` refuse at its line until the
 * case number is filled in (`our_ref:` with nothing at all would be YAML's null, which the registry reads as `~`,
 * "none, on purpose", and says nothing about).
 */
const REF_TO_FILL_IN = '""';
/** What follows a template's name in its file name and in a comment naming it: a language's suffix, or none. */
const TEMPLATE_FILE_END = `(?=\\.(?:${letterLanguageCodes()
  .map((code) => `${letterLanguage(code).templateSuffix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.`)
  .join("|")})?md\\.hbs)`;

export async function newDispatch(options: NewOptions, cwd: string): Promise<NewReport> {
  const { dispatch, template } = options;
  if (dispatch === undefined && template === undefined) throw new UsageError(say.project.nothingToStart());
  if (dispatch !== undefined) checkName(dispatch, "dispatch");
  if (template !== undefined) checkName(template, "template");
  const from = options.from !== undefined ? path.resolve(cwd, options.from) : undefined;
  const project = await findProject(from ? path.dirname(from) : cwd);
  if (!project) {
    // A registry named outside the project the clerk is in: that, not "no project", is what is wrong.
    const here = from ? await findProject(cwd) : undefined;
    if (from && here)
      throw new FileError(
        say.project.outsideProject({ file: relativePath(from, cwd), project: relativePath(here, cwd), registries: DEFAULTS.registries }),
        from,
      );
    throw new FileError(say.project.noProject(), cwd);
  }
  // The new dispatch's registry already there: said before anything else (which registry to start from is moot).
  if (dispatch !== undefined) await refuseExisting(path.join(project, DEFAULTS.registries, `${dispatch}.yaml`), dispatch, cwd);
  // A template alone needs no registry to start from; with several, it starts from its other language or the example.
  const source = from ?? (dispatch !== undefined ? await onlyRegistry(project, cwd) : await onlyRegistry(project, cwd).catch(() => undefined));
  const files: NewFile[] = [];
  const summary: string[] = [];
  const templatesDir = path.join(project, DEFAULTS.templates);
  let start = source ? await startFrom(source, cwd, project) : undefined;
  if (dispatch !== undefined) {
    start ??= { ...(await startFrom(exampleRegistry(), cwd, STARTER)), shown: t.project.exampleRegistry() };
    const yaml = newRegistry(start.text, dispatch, template ?? start.template, options.today, start.shown);
    const file = `${DEFAULTS.registries}/${dispatch}.yaml`;
    files.push({ path: file, content: yaml.text });
    summary.push(
      t.project.registryMade({
        file,
        agencies: yaml.agencies,
        from: start.shown,
        addendum: yaml.addendum,
        date: options.today,
        deadline: yaml.deadline ? DATE_TO_FILL_IN : undefined,
      }),
    );
  }
  if (template !== undefined) {
    const languages = options.language ? [options.language] : (start?.languages ?? [DEFAULT_LETTER_LANGUAGE]);
    for (const language of languages) {
      const copied = await templateSource(templatesDir, project, start?.template, template, language);
      const file = `${DEFAULTS.templates}/${templateFileName(template, language)}`;
      files.push({ path: file, content: copied.text });
      summary.push(t.project.templateMade({ file, from: copied.from }));
    }
  }
  const made = await writeNewFiles(project, files, cwd);
  const registry = made.find((m) => m.endsWith(".yaml"));
  return {
    made,
    summary,
    next: registry
      ? [t.project.nextEditRegistry({ file: registry }), `npx brev preview ${registry}`]
      : [t.project.nextEdit({ files: made }), "npx brev preview"],
  };
}

/**
 * The registry's own rule for a dispatch id or template name (fileStem: the characters, at most 64 of them, no name
 * Windows reserves), so `brev new` never makes a registry that `validate` then refuses.
 */
function checkName(name: string, what: NameKind): void {
  const checked = fileStem.safeParse(name);
  if (checked.success) return;
  const issue = checked.error.issues[0];
  if (issue?.code === "too_big") throw new UsageError(say.project.nameTooLong({ name: clip(name), what, max: Number(issue.maximum) }));
  if (issue?.code === "invalid_format")
    throw new UsageError(say.project.nameBadCharacters({ name, what, example: fixedId(name) ?? (what === "dispatch" ? "tillegg-4-2026" : undefined) }));
  throw new UsageError(say.project.nameReserved({ name, what }));
}

/** A name clipped for a message, as the registry clips its values. */
function clip(name: string): string {
  return name.length > 40 ? `${name.slice(0, 39)}…` : name;
}

/** The id a clerk most likely meant (the registry's own rule, shared/id.ts), when the registry takes it. */
export function fixedId(name: string): string | undefined {
  const fixed = fixId(name);
  return fixed !== undefined && fileStem.safeParse(fixed).success ? fixed : undefined;
}

/** `brev new <id>` onto a registry that is there: said in its own words, nothing written. */
async function refuseExisting(file: string, id: string, cwd: string): Promise<void> {
  try {
    if (!(await lstat(file)).isFile()) return; // a link, a folder, a pipe: writeNewFiles refuses it in its words
  } catch {
    return;
  }
  const shown = relativePath(file, cwd);
  let next = nextId(id);
  for (let tries = 0; next !== undefined && tries < 100; tries++, next = nextId(next)) {
    const taken = await lstat(path.join(path.dirname(file), `${next}.yaml`)).then(
      () => true,
      () => false,
    );
    if (!taken) break;
  }
  throw new FileError(say.project.dispatchExists({ file: shown, id, next }), file);
}

/** The id after this one: its first number that is not a year, plus one ("tillegg-2-2026" -> "tillegg-3-2026"). */
function nextId(id: string): string | undefined {
  const parts = id.split("-");
  const at = parts.findIndex((p) => /^\d{1,3}$/.test(p));
  if (at === -1) return undefined;
  parts[at] = String(Number(parts[at]) + 1);
  const next = parts.join("-");
  return ID.test(next) && next.length <= 64 ? next : undefined;
}

/** The registry a new dispatch starts from when none is named: the project's only one. */
async function onlyRegistry(project: string, cwd: string): Promise<string | undefined> {
  let files: string[];
  try {
    files = (await findRegistries([], { cwd: project })).files;
  } catch {
    return undefined;
  }
  if (files.length <= 1) return files[0];
  throw new UsageError(say.project.manyRegistries({ count: files.length, example: relativePath(files[files.length - 1] ?? "", cwd) }));
}

interface Start {
  text: string;
  shown: string;
  template: string | undefined;
  /** The languages its letters are written in. */
  languages: TemplateLanguage[];
}

/** Why a file could not be read, as the catalogue says it. */
function readReason(e: unknown): ReadReason {
  const code = (e as NodeJS.ErrnoException).code;
  return code === "EOUTSIDE" || code === "ESPECIAL" || code === "ERR_ENCODING_INVALID_DATA" ? { code } : { code: "other", detail: reasonOf(e) };
}

/** The registry to start from, read as every registry is: inside its project, bounded, never a pipe or device. */
async function startFrom(file: string, cwd: string, project: string): Promise<Start> {
  const shown = relativePath(file, cwd);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await readBounded(await insideProject(file, project), MAX_REGISTRY_BYTES, { noFollow: true }));
  } catch (e) {
    throw new FileError(say.project.cannotRead({ file: shown, why: readReason(e) }), file, e);
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) throw new FileError(say.project.notARegistry({ file: shown }), file);
  const data = doc.toJS({ maxAliasCount: 10_000 }) as { dispatch?: { template?: unknown; language?: unknown }; agencies?: { language?: unknown }[] };
  const main = isLetterLanguage(data.dispatch?.language) ? data.dispatch.language : DEFAULT_LETTER_LANGUAGE;
  const used = new Set<TemplateLanguage>([main, ...(data.agencies ?? []).map((a) => (isLetterLanguage(a?.language) ? a.language : main))]);
  return {
    text,
    shown,
    template: typeof data.dispatch?.template === "string" ? data.dispatch.template : undefined,
    languages: letterLanguageCodes().filter((l) => used.has(l)),
  };
}

/**
 * The registry text with the new id (and template), the next addendum, refs and dates cleared. Edited as text, so
 * the rest (comments, layout, quoting) stays as the clerk wrote it. A changed date, deadline or addendum loses its
 * line's comment (it was about the old value); every comment that names the old dispatch id (or, with a new
 * template, the old template's files) names the new one instead; an agency's cleared key goes with its lines, its
 * our_ref stays, empty, to fill in. brev new's own header comment is written once, never piled up.
 */
function newRegistry(
  text: string,
  id: string,
  template: string | undefined,
  today: string,
  from: string,
): { text: string; agencies: number; deadline: boolean; addendum: number | undefined } {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const edits: Edit[] = [];
  const dispatch = doc.get("dispatch");
  const rewrites: [RegExp, string][] = [];
  let addendum: number | undefined;
  if (isMap(dispatch)) {
    const oldId = scalarValue(dispatch, "id");
    const oldTemplate = scalarValue(dispatch, "template");
    replaceValue(text, dispatch, "id", id, edits, { keepComment: true });
    if (typeof oldId === "string" && oldId !== id) rewrites.push([idPattern(oldId), id]);
    if (template !== undefined) {
      replaceValue(text, dispatch, "template", template, edits, { keepComment: true });
      if (typeof oldTemplate === "string" && oldTemplate !== template) rewrites.push([wordPattern(oldTemplate, TEMPLATE_FILE_END), template]);
    }
    const numbers = numbersFromId(typeof oldId === "string" ? oldId : undefined, id, {
      addendum: scalarValue(dispatch, "addendum"),
      year: scalarValue(dispatch, "year"),
    });
    if (numbers.addendum !== undefined) {
      addendum = numbers.addendum;
      replaceValue(text, dispatch, "addendum", String(addendum), edits);
    }
    if (numbers.year !== undefined && numbers.year !== scalarValue(dispatch, "year")) replaceValue(text, dispatch, "year", String(numbers.year), edits);
    replaceValue(text, dispatch, "date", today, edits);
    // The dispatch's deadline is the one a clerk must not forget: a placeholder that fails until it is filled in.
    replaceValue(text, dispatch, "deadline", DATE_TO_FILL_IN, edits);
  }
  const agencies = doc.get("agencies");
  let count = 0;
  if (isSeq(agencies)) {
    for (const agency of agencies.items) {
      if (!isMap(agency)) continue;
      count++;
      // Each dispatch has its own case number: left empty to fill in (one left out on purpose, `~`, stays so).
      if (scalarValue(agency, "our_ref") !== null) replaceValue(text, agency, "our_ref", REF_TO_FILL_IN, edits);
      for (const key of CLEARED) removePair(text, agency, key, edits);
    }
  }
  for (const comment of comments(text)) {
    if (edits.some((e) => e.from < comment.to && comment.from < e.to)) continue;
    const rewritten = rewrites.reduce((c, [pattern, to]) => c.replace(pattern, to), comment.text);
    if (rewritten !== comment.text) edits.push({ from: comment.from, to: comment.to, text: rewritten });
  }
  let edited = text;
  for (const edit of edits.sort((a, b) => b.from - a.from)) edited = edited.slice(0, edit.from) + edit.text + edited.slice(edit.to);
  const schemaLine = /^# yaml-language-server:.*\n/.exec(edited)?.[0] ?? "";
  const note = `# ${t.project.header({ id, from })}\n`;
  return {
    text: schemaLine + note + withoutHeaders(edited.slice(schemaLine.length)),
    agencies: count,
    deadline: isMap(dispatch) && dispatch.has("deadline"),
    addendum,
  };
}

/**
 * The addendum (and year) of the new dispatch. Where the old id carries the old addendum or year as one of its
 * parts ("tillegg-1-2026": addendum 1, year 2026) and the new id has the same words around its numbers
 * ("tillegg-2-2026"), the new id's number there is the new value: the clerk's id says which addendum this is.
 * Otherwise the addendum is the old one + 1 (the next dispatch is the next addendum) and the year stays.
 */
export function numbersFromId(
  oldId: string | undefined,
  newId: string,
  old: { addendum: unknown; year: unknown },
): { addendum: number | undefined; year: number | undefined } {
  const oldParts = oldId?.split("-") ?? [];
  const newParts = newId.split("-");
  const sameShape = oldParts.length === newParts.length && oldParts.every((p, i) => (/^\d+$/.test(p) ? /^\d+$/.test(newParts[i] ?? "") : p === newParts[i]));
  const fromId = (value: unknown): number | undefined => {
    if (!sameShape || typeof value !== "number") return undefined;
    const at = oldParts.flatMap((p, i) => (/^\d+$/.test(p) && Number(p) === value ? [i] : []));
    const n = at.length === 1 ? Number(newParts[at[0] ?? 0]) : Number.NaN;
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
  };
  const addendum = typeof old.addendum === "number" && Number.isSafeInteger(old.addendum) ? (fromId(old.addendum) ?? old.addendum + 1) : undefined;
  const year = typeof old.year === "number" ? fromId(old.year) : undefined;
  return { addendum, year };
}

/**
 * The old dispatch id in a comment: anywhere as a whole id when it looks like one ("tillegg-1-2026"); an id that is
 * also a plain word ("rapport") only where it names the dispatch's folder or file (out/rapport/, data/rapport.yaml),
 * so the clerk's own words are left alone.
 */
function idPattern(id: string): RegExp {
  if (/[-\d]/.test(id)) return wordPattern(id, "(?![a-z0-9]|-[a-z0-9])");
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<=\\bout/|\\bdata/)${escaped}(?=/|\\.yaml)|(?<![\\p{L}\\p{N}-])${escaped}(?=\\.yaml)`, "gu");
}

/** A whole id or name in a comment: not part of a longer one. */
function wordPattern(word: string, after: string): RegExp {
  return new RegExp(`(?<![a-z0-9-])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${after}`, "g");
}

/** Every comment in the text, where it is (YAML's own reading: a `#` in a quoted or block text is no comment). */
function comments(text: string): { from: number; to: number; text: string }[] {
  const found: { from: number; to: number; text: string }[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // The lexer's markers for a document, a scalar and a flow error are not in the text.
    if (token === "\x02" || token === "\x18" || token === "\x1f") continue;
    if (token.startsWith("#")) found.push({ from: offset, to: offset + token.length, text: token });
    offset += token.length;
  }
  return found;
}

/** The header lines brev new writes, in any language, recognised by their words around the id and the source. */
const HEADERS: RegExp[] = RUN_LANGUAGES.map((language) => {
  const words = CATALOGUES[language].project.header({ id: "\u0001", from: "\u0002" });
  const sentence = typeof words === "string" ? words : words.message;
  const escaped = sentence
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace("\u0001", "[a-z0-9-]+")
    .replace("\u0002", "[^\\n]*");
  return new RegExp(`^# ${escaped}[ \\t]*(?:\\n|$)`, "gm");
});

/** The text without brev new's own header comments (a registry started from one started by brev new). */
function withoutHeaders(text: string): string {
  return HEADERS.reduce((t, pattern) => t.replace(pattern, ""), text);
}

function scalarValue(map: YAMLMap, key: string): unknown {
  const value = pairOf(map, key)?.value;
  return isScalar(value) ? value.value : undefined;
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

function pairOf(map: YAMLMap, key: string): Pair<Scalar, ParsedNode> | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Scalar, ParsedNode> | undefined;
}

function replaceValue(text: string, map: YAMLMap, key: string, value: string, edits: Edit[], options: { keepComment?: boolean } = {}): void {
  const range = pairOf(map, key)?.value?.range;
  if (!range) return;
  const end = lineEnd(text, range[1]);
  const rest = text.slice(range[1], end);
  // The line's comment went with the old value (unless it says what the key is for: then it is pointed at the new).
  const comment = options.keepComment ? "" : (/^[ \t]*#[^\n]*/.exec(rest)?.[0] ?? "");
  edits.push({ from: range[0], to: range[1] + comment.length, text: value });
}

function removePair(text: string, map: YAMLMap, key: string, edits: Edit[]): void {
  const pair = pairOf(map, key);
  const keyRange = pair?.key.range;
  if (!pair || !keyRange || map.flow) return;
  const from = text.lastIndexOf("\n", keyRange[0] - 1) + 1;
  // Only a key on a line of its own (not the "- id:" that starts an agency).
  if (text.slice(from, keyRange[0]).trim() !== "") return;
  const last = pair.value?.range?.[1] ?? keyRange[1];
  const to = lineEnd(text, Math.max(keyRange[1], last - 1));
  edits.push({ from, to: Math.min(text.length, to + 1), text: "" });
}

/** The offset of the newline that ends the line holding `offset` (or the text's end). */
function lineEnd(text: string, offset: number): number {
  const n = text.indexOf("\n", offset);
  return n === -1 ? text.length : n;
}

/**
 * A new template's text: the current template in that language, else the new template or the current one in the
 * languages this one starts from (the letter-language table's startFrom), else brev's starter.
 */
async function templateSource(
  dir: string,
  project: string,
  current: string | undefined,
  name: string,
  language: TemplateLanguage,
): Promise<{ text: string; from: string }> {
  const others = letterLanguage(language).startFrom.filter(isLetterLanguage);
  const candidates = [
    ...(current ? [templateFileName(current, language)] : []),
    ...others.map((other) => templateFileName(name, other)),
    ...(current ? others.map((other) => templateFileName(current, other)) : []),
  ];
  for (const file of candidates) {
    const shown = `${DEFAULTS.templates}/${file}`;
    try {
      const bytes = await readBounded(await insideProject(path.join(dir, file), project), MAX_TEMPLATE_BYTES, { noFollow: true });
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), from: shown };
    } catch (e) {
      // Only a template that is not there is passed over; one that is there but cannot be used is said, never
      // silently replaced by another language's.
      const code = (e as NodeJS.ErrnoException).code;
      // templates/ itself a file or a link: nothing to start from there, and the write refuses it in its own words.
      if (code === "ENOENT" || code === "ENOTDIR" || (await lstat(dir)).isSymbolicLink()) continue;
      throw new FileError(
        say.project.cannotStartTemplate({ file: `${DEFAULTS.templates}/${templateFileName(name, language)}`, from: shown, why: readReason(e) }),
        path.join(dir, file),
        e,
      );
    }
  }
  return { text: await readFile(path.join(STARTER, "templates", templateFileName("tillegg", language)), "utf8"), from: t.project.exampleTemplate() };
}
