// The words of src/cli: help, progress, summaries, reporter words, in English (the reference: nb and nn have every entry with the same parameters).
import type { Section } from "../entry.js";

export const cli = {
  langOption: () => "the language brev speaks: nb (bokmål), nn (nynorsk) or en (English); default from BREV_LANG or the locale",
  unknownLanguage: (p: { given: string }) => ({
    message: `--lang ${p.given}: brev speaks nb, nn and en`,
    hint: "write --lang nb for bokmål, --lang nn for nynorsk or --lang en for English",
  }),
} satisfies Section;
