// Validates parsed registry data with zod, resolves dispatch defaults per agency, and reports every problem at once.
import path from "node:path";
import { say } from "../i18n/catalogue.js";
import { DEFAULT_LETTER_LANGUAGE, letterLanguage } from "../model/languages.js";
import { compareDates } from "../shared/calendar-date.js";
import type { CanDraw } from "../shared/characters.js";
import { clip } from "../shared/clip.js";
import type { Diagnostic, Result } from "../shared/diagnostic.js";
import { undrawableValues } from "./drawable.js";
import { type Dispatch, type Logo, resolveEntry } from "./letter-entry.js";
import type { RegistrySource } from "./parse-registry.js";
import { registry } from "./schema.js";
import type { SourceMap } from "./source-map.js";
import { issueToDiagnostics } from "./zod-diagnostics.js";

/** The keys every registry has; a file with none of them is something else. */
const REGISTRY_KEYS = ["dispatch", "sender", "agencies"] as const;

export interface ValidateOptions {
  /** Which characters the letter's fonts can draw; when given, a value with any other is an error. */
  canDraw?: CanDraw;
  /** The registry's own path, which files it names (the logo) are relative to. */
  registryPath?: string;
  /** The project folder (see findProject); files the registry names must be inside it. Default: the folder holding
   * the registry's data/ folder, or the registry's own folder. */
  project?: string;
}

export function validateRegistry(source: RegistrySource, options: ValidateOptions = {}): Result<Dispatch> {
  const at: SourceMap["at"] = (...args) => source.sourceMap.at(...args);

  if (source.data === null || typeof source.data !== "object" || Array.isArray(source.data)) {
    const found =
      source.data == null
        ? "nothing"
        : Array.isArray(source.data)
          ? "list"
          : typeof source.data === "number"
            ? "number"
            : typeof source.data === "boolean"
              ? "boolean"
              : "string";
    return { ok: false, diagnostics: [at([], "error", say.registry.notAMapping({ found }))] };
  }

  const keys = Object.keys(source.data);
  if (!REGISTRY_KEYS.some((k) => keys.includes(k))) {
    // A file passed by mistake (package.json, a letter, notes): one clear error instead of one per key.
    return {
      ok: false,
      diagnostics: [at([], "error", say.registry.notARegistry({ keys: clip(keys.slice(0, 5).join(", ")), more: keys.length > 5 }))],
    };
  }

  const parsed = registry.safeParse(withoutExtensions(source.data as Record<string, unknown>), { reportInput: true });
  if (!parsed.success) {
    return { ok: false, diagnostics: parsed.error.issues.flatMap((issue) => issueToDiagnostics(issue, source.sourceMap)) };
  }

  const data = parsed.data;
  const diagnostics: Diagnostic[] = options.canDraw ? undrawableValues(source.data, options.canDraw, source.sourceMap) : [];
  const warnings: Diagnostic[] = [];
  const firstIndexOfId = new Map<string, number>();
  data.agencies.forEach((agency, i) => {
    const first = firstIndexOfId.get(agency.id);
    if (first === undefined) firstIndexOfId.set(agency.id, i);
    else {
      const firstLine = source.sourceMap.positionOf(["agencies", first, "id"]).line;
      diagnostics.push(at(["agencies", i, "id"], "error", say.registry.duplicateAgencyId({ id: agency.id, line: firstLine })));
    }
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const logo = data.sender.logo ? resolveLogo(data.sender.logo, options.registryPath ?? source.file, options.project, at) : undefined;
  if (logo && "error" in logo) return { ok: false, diagnostics: [logo.error] };
  const entries = data.agencies.map((agency, i) => resolveEntry(data, agency, i, logo));
  entries.forEach((entry, i) => {
    const base = ["agencies", i];
    // A field written as `~` is left empty on purpose: no warning.
    const raw = data.agencies[i];
    const onPurpose = (key: "address" | "our_ref" | "signatories") =>
      raw?.[key] === null || (key === "signatories" && raw?.[key] === undefined && data.signatories === null);
    const missing = [
      entry.agency.address.length === 0 && !onPurpose("address") ? "address" : undefined,
      entry.our_ref === undefined && !onPurpose("our_ref") ? "our_ref" : undefined,
      entry.signatories.length === 0 && !onPurpose("signatories") ? "signatories" : undefined,
    ].filter((m) => m !== undefined);
    if (missing.length > 0) warnings.push(at(base, "warning", say.registry.missingParts({ id: entry.agency.id, missing })));
    if (entry.deadline && compareDates(entry.deadline, entry.date) < 0) {
      const path = data.agencies[i]?.deadline ? [...base, "deadline"] : ["dispatch", "deadline"];
      warnings.push(at(path, "warning", say.registry.deadlineBeforeDate({ id: entry.agency.id })));
    }
  });
  // Letters in a language the sender's letterhead has no lines in (they get the default language's): said once per
  // language, at the letterhead.
  const letterhead = data.sender.letterhead;
  for (const language of new Set(entries.map((entry) => entry.language))) {
    if (language !== DEFAULT_LETTER_LANGUAGE && (Array.isArray(letterhead) || letterhead[language] === undefined))
      warnings.push(
        at(
          ["sender", "letterhead"],
          "warning",
          say.registry.letterheadMissingLanguage({
            code: language,
            name: letterLanguage(language).name,
            fallback: DEFAULT_LETTER_LANGUAGE,
            fallbackName: letterLanguage(DEFAULT_LETTER_LANGUAGE).name,
          }),
          undefined,
          "key",
        ),
      );
  }

  return {
    ok: true,
    value: { id: data.dispatch.id, file: source.file, template: data.dispatch.template, entries },
    warnings,
  };
}

/** Top-level keys starting with "x-" are the clerk's own (e.g. a place for YAML anchors); brev ignores them. */
function withoutExtensions(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith("x-")));
}

/**
 * The logo's file, relative to the registry, must stay inside the project folder (the folder holding data/, or the
 * registry's own folder): a registry never reaches for files elsewhere on the machine.
 */
function resolveLogo(
  logo: { file: string; alt: string },
  registryPath: string,
  projectDir: string | undefined,
  at: SourceMap["at"],
): Logo | { error: Diagnostic } {
  const dir = path.dirname(path.resolve(registryPath));
  const project = projectDir ?? (path.basename(dir) === "data" ? path.dirname(dir) : dir);
  const full = path.resolve(dir, logo.file);
  const inside = path.relative(project, full);
  if (inside === "" || inside.startsWith("..") || path.isAbsolute(inside)) {
    return { error: at(["sender", "logo", "file"], "error", say.registry.logoOutside({ file: logo.file })) };
  }
  return { path: full, project, alt: logo.alt, sourcePath: ["sender", "logo", "file"] };
}
