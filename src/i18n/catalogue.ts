// The one way brev puts words in front of a person: `say.<section>.<entry>(params)` gives a problem's message and
// hint with a stable English code ("registry.missingColon") for scripts; `t.<section>.<entry>(params)` gives a text.
// The words come from the catalogue of the language chosen for this run (setLanguage; English until then). Each
// language is one folder of sections (en/, nb/, nn/); English is the reference and the type every other must match.

import { en } from "./en/index.js";
import type { Section, Translation, Words } from "./entry.js";
import type { Language } from "./language.js";
import { nb } from "./nb/index.js";
import { nn } from "./nn/index.js";

export type Catalogue = typeof en;
export type SectionName = keyof Catalogue;
type Translated = { [S in SectionName]: Translation<Catalogue[S]> };

export const CATALOGUES: Readonly<Record<Language, Translated>> = { en, nb, nn };

/** A problem in words: what went wrong, what to do, and a code that is the same in every language. */
export interface Said {
  code: string;
  message: string;
  hint?: string;
}

type Params<F> = F extends (params: infer P) => Words ? P : never;
type Call<F, R> = undefined extends Params<F> ? (params?: Params<F>) => R : (params: Params<F>) => R;
type Bound<R> = { [S in SectionName]: { [K in keyof Catalogue[S]]: Call<Catalogue[S][K], R> } };

let current: Language = "en";

/** Chooses the language of every text from now on (the CLI does this once per run; a render thread at start). */
export function setLanguage(language: Language): void {
  current = language;
}

export function currentLanguage(): Language {
  return current;
}

/** Runs `f` with another language, then puts the previous one back (for tests and for the letters' own words). */
export function inLanguage<T>(language: Language, f: () => T): T {
  const before = current;
  current = language;
  try {
    return f();
  } finally {
    current = before;
  }
}

function wordsOf(section: string, key: string, params: unknown): { message: string; hint?: string | undefined } {
  const entry = (CATALOGUES[current] as unknown as Record<string, Section>)[section]?.[key];
  if (!entry) throw new Error(`no catalogue entry ${section}.${key}`);
  const words = entry(params);
  return typeof words === "string" ? { message: words } : words;
}

function bind<R>(make: (code: string, words: { message: string; hint?: string | undefined }) => R): Bound<R> {
  const out: Record<string, Record<string, (params: unknown) => R>> = {};
  for (const [section, entries] of Object.entries(en as unknown as Record<string, Section>)) {
    const bound: Record<string, (params: unknown) => R> = {};
    for (const key of Object.keys(entries)) bound[key] = (params) => make(`${section}.${key}`, wordsOf(section, key, params));
    out[section] = bound;
  }
  return out as unknown as Bound<R>;
}

/** A problem's words with its code: `{ ...say.registry.missingColon({ key }), file, line, col, … }`. */
export const say: Bound<Said> = bind((code, w) => (w.hint === undefined ? { code, message: w.message } : { code, message: w.message, hint: w.hint }));

/** A text (help, a progress line, a label on the preview page). An entry with a hint gives its message only. */
export const t: Bound<string> = bind((_code, w) => w.message);
