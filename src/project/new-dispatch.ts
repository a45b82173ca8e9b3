// `brev new <dispatch-id>`: a new dispatch registry, started from one the project has (its sender and agencies, with
// refs and dates cleared, comments kept), and with `--template <name>` a new template file per language, started
// from the current one. `brev new --template <name> --language nn` starts one template file (e.g. the nynorsk one).
import { lstat, readFile } from "node:fs/promises";
import path from "node:path";
import { isMap, isScalar, isSeq, type Pair, type ParsedNode, parseDocument, type Scalar, type YAMLMap } from "yaml";
import { MAX_REGISTRY_BYTES } from "../registry/decode-registry.js";
import { findProject, findRegistries } from "../registry/find-registries.js";
import { fileStem } from "../registry/schema.js";
import { insideProject, readBounded } from "../shared/bounded-file.js";
import { clip } from "../shared/clip.js";
import { DEFAULTS } from "../shared/defaults.js";
import { FileError, UsageError } from "../shared/errors.js";
import { type NewFile, relativePath, writeNewFiles } from "./new-files.js";
import { STARTER } from "./starter.js";

export type TemplateLanguage = "nb" | "nn";
const LANGUAGES: readonly TemplateLanguage[] = ["nb", "nn"];

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
  /** What was copied and cleared, in words. */
  summary: string[];
  next: string[];
}

/** As the template store reads them. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;
const CLEARED = ["our_ref", "your_ref", "date", "deadline"] as const;
/** Written where a date must be filled in; `brev validate` points at it until it is. */
const DATE_TO_FILL_IN = "YYYY-MM-DD";

export async function newDispatch(options: NewOptions, cwd: string): Promise<NewReport> {
  const { dispatch, template } = options;
  if (dispatch === undefined && template === undefined)
    throw new UsageError("name the new dispatch (brev new <dispatch-id>) or a template (--template <name>)");
  if (dispatch !== undefined) checkName(dispatch, "a dispatch id", ", e.g. tillegg-4-2026");
  if (template !== undefined) checkName(template, "a template name", "");
  const from = options.from !== undefined ? path.resolve(cwd, options.from) : undefined;
  const project = await findProject(from ? path.dirname(from) : cwd);
  if (!project) {
    // A registry named outside the project the clerk is in: that, not "no project", is what is wrong.
    const here = from ? await findProject(cwd) : undefined;
    if (from && here)
      throw new FileError(
        `cannot start from ${relativePath(from, cwd)}: it is outside the project folder ${relativePath(here, cwd)}; copy it into ${DEFAULTS.registries}/ first, or name a registry there`,
        from,
      );
    throw new FileError("no brev project here (a folder with data/ or brev.config); run brev init first", cwd);
  }
  // A template alone needs no registry to start from; with several, it starts from its other language or the example.
  const source = from ?? (dispatch !== undefined ? await onlyRegistry(project, cwd) : await onlyRegistry(project, cwd).catch(() => undefined));
  const files: NewFile[] = [];
  const summary: string[] = [];
  const templatesDir = path.join(project, DEFAULTS.templates);
  let start = source ? await startFrom(source, cwd, project) : undefined;
  if (dispatch !== undefined) {
    start ??= { ...(await startFrom(path.join(STARTER, "data", "tillegg-1-2026.yaml"), cwd, STARTER)), shown: "brev's example registry" };
    const yaml = newRegistry(start.text, dispatch, template ?? start.template, options.today, start.shown);
    files.push({ path: `${DEFAULTS.registries}/${dispatch}.yaml`, content: yaml.text });
    summary.push(
      `${DEFAULTS.registries}/${dispatch}.yaml: the sender and ${yaml.agencies} ${yaml.agencies === 1 ? "agency" : "agencies"} of ${start.shown}; refs and dates cleared (date ${options.today}${yaml.deadline ? `, deadline ${DATE_TO_FILL_IN} to fill in` : ""})`,
    );
  }
  if (template !== undefined) {
    const languages = options.language ? [options.language] : (start?.languages ?? ["nb"]);
    for (const language of languages) {
      const copied = await templateSource(templatesDir, project, start?.template, template, language);
      files.push({ path: `${DEFAULTS.templates}/${template}.${language}.md.hbs`, content: copied.text });
      summary.push(`${DEFAULTS.templates}/${template}.${language}.md.hbs: from ${copied.from}`);
    }
  }
  const made = await writeNewFiles(project, files, cwd);
  const registry = made.find((m) => m.endsWith(".yaml"));
  return {
    made,
    summary,
    next: registry ? [`edit ${registry} (refs, dates, the agencies)`, `npx brev preview ${registry}`] : [`edit ${made.join(" and ")}`, "npx brev preview"],
  };
}

/**
 * The registry's own rule for a dispatch id or template name (fileStem: the characters, at most 64 of them, no name
 * Windows reserves), so `brev new` never makes a registry that `validate` then refuses.
 */
function checkName(name: string, what: string, example: string): void {
  const checked = fileStem.safeParse(name);
  if (checked.success) return;
  const issue = checked.error.issues[0];
  throw new UsageError(
    issue?.code === "too_big"
      ? `"${clip(name)}" cannot be ${what}: it is longer than ${issue.maximum} characters`
      : issue?.code === "invalid_format"
        ? `"${name}" cannot be ${what}: use lower-case letters a-z, digits and single hyphens${example}`
        : `"${name}" cannot be ${what}: ${issue?.message ?? "it is not an id"}`,
  );
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
  throw new UsageError(`the project has ${files.length} registries; name the one to start from: --from ${relativePath(files[files.length - 1] ?? "", cwd)}`);
}

interface Start {
  text: string;
  shown: string;
  template: string | undefined;
  /** The languages its letters are written in. */
  languages: TemplateLanguage[];
}

/** The registry to start from, read as every registry is: inside its project, bounded, never a pipe or device. */
async function startFrom(file: string, cwd: string, project: string): Promise<Start> {
  const shown = relativePath(file, cwd);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await readBounded(await insideProject(file, project), MAX_REGISTRY_BYTES, { noFollow: true }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "EOUTSIDE" ? "it leads outside the project folder (through a link)" : code === "ESPECIAL" ? "it is not a file" : (code ?? (e as Error).message);
    throw new FileError(`cannot read ${shown}: ${why}`, file, e);
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) throw new FileError(`${shown} is not a registry brev can start from (run brev validate ${shown})`, file);
  const data = doc.toJS({ maxAliasCount: 10_000 }) as { dispatch?: { template?: unknown; language?: unknown }; agencies?: { language?: unknown }[] };
  const main = data.dispatch?.language === "nn" ? "nn" : "nb";
  const used = new Set<TemplateLanguage>([main, ...(data.agencies ?? []).map((a) => (a?.language === "nn" ? "nn" : a?.language === "nb" ? "nb" : main))]);
  return {
    text,
    shown,
    template: typeof data.dispatch?.template === "string" ? data.dispatch.template : undefined,
    languages: LANGUAGES.filter((l) => used.has(l)),
  };
}

/**
 * The registry text with the new id (and template), refs and dates cleared. Edited as text, line by line, so the
 * rest (comments, layout, quoting) stays as the clerk wrote it; a changed line loses its comment (it was about the
 * old value), a cleared key its lines.
 */
function newRegistry(
  text: string,
  id: string,
  template: string | undefined,
  today: string,
  from: string,
): { text: string; agencies: number; deadline: boolean } {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const edits: Edit[] = [];
  const dispatch = doc.get("dispatch");
  if (isMap(dispatch)) {
    replaceValue(text, dispatch, "id", id, edits);
    if (template !== undefined) replaceValue(text, dispatch, "template", template, edits);
    replaceValue(text, dispatch, "date", today, edits);
    // The dispatch's deadline is the one a clerk must not forget: a placeholder that fails until it is filled in.
    replaceValue(text, dispatch, "deadline", DATE_TO_FILL_IN, edits);
    for (const key of CLEARED) if (key !== "date" && key !== "deadline") removePair(text, dispatch, key, edits);
  }
  const agencies = doc.get("agencies");
  let count = 0;
  if (isSeq(agencies)) {
    for (const agency of agencies.items) {
      if (!isMap(agency)) continue;
      count++;
      for (const key of CLEARED) removePair(text, agency, key, edits);
    }
  }
  let edited = text;
  for (const edit of edits.sort((a, b) => b.from - a.from)) edited = edited.slice(0, edit.from) + edit.text + edited.slice(edit.to);
  const note = `# ${id}: started from ${from} by brev new. Fill in the deadline and each agency's our_ref.\n`;
  const schemaLine = /^# yaml-language-server:.*\n/.exec(edited)?.[0] ?? "";
  return { text: schemaLine + note + edited.slice(schemaLine.length), agencies: count, deadline: isMap(dispatch) && dispatch.has("deadline") };
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

function pairOf(map: YAMLMap, key: string): Pair<Scalar, ParsedNode> | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Scalar, ParsedNode> | undefined;
}

function replaceValue(text: string, map: YAMLMap, key: string, value: string, edits: Edit[]): void {
  const range = pairOf(map, key)?.value?.range;
  if (!range) return;
  const end = lineEnd(text, range[1]);
  const rest = text.slice(range[1], end);
  // The line's comment went with the old value.
  const comment = /^[ \t]*#[^\n]*/.exec(rest)?.[0] ?? "";
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

/** A new template's text: the current template in that language, else in the other, else brev's starter. */
async function templateSource(
  dir: string,
  project: string,
  current: string | undefined,
  name: string,
  language: TemplateLanguage,
): Promise<{ text: string; from: string }> {
  const candidates = [
    ...(current ? [`${current}.${language}.md.hbs`] : []),
    `${name}.${language === "nb" ? "nn" : "nb"}.md.hbs`,
    ...(current ? [`${current}.${language === "nb" ? "nn" : "nb"}.md.hbs`] : []),
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
      const why =
        code === "EOUTSIDE"
          ? "it leads outside the project folder (through a link)"
          : code === "ESPECIAL"
            ? "it is not a file"
            : code === "ERR_ENCODING_INVALID_DATA"
              ? "it is not UTF-8 text"
              : (code ?? (e as Error).message);
      throw new FileError(`cannot start ${DEFAULTS.templates}/${name}.${language}.md.hbs from ${shown}: ${why}`, path.join(dir, file), e);
    }
  }
  return { text: await readFile(path.join(STARTER, "templates", `tillegg.${language}.md.hbs`), "utf8"), from: "brev's example template" };
}
