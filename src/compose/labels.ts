// The fixed words of a letter, per language, as the letter-language table (shared/letter-languages.ts) has them.
// Templates and renderers take them from here.
import { type LetterLabels, type LetterLanguageCode, letterLanguage, letterLanguageCodes } from "../model/languages.js";

export interface Labels extends LetterLabels {
  /** BCP 47 tag of the language, for the document's metadata. */
  tag: string;
  months: readonly string[];
}

export const LABELS: Readonly<Record<LetterLanguageCode, Labels>> = Object.fromEntries(
  letterLanguageCodes().map((code) => {
    const { tag, labels, months } = letterLanguage(code);
    return [code, { tag, ...labels, months }];
  }),
) as Record<LetterLanguageCode, Labels>;
