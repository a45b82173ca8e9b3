// The words of src/cli: help, progress, summaries, reporter words, in bokmål.

import type { cli as en } from "../en/cli.js";
import type { Translation } from "../entry.js";

export const cli: Translation<typeof en> = {
  langOption: () => "språket brev bruker: nb (bokmål), nn (nynorsk) eller en (engelsk); ellers fra BREV_LANG eller systemets språk",
  unknownLanguage: (p) => ({
    message: `--lang ${p.given}: brev kan nb, nn og en`,
    hint: "skriv --lang nb for bokmål, --lang nn for nynorsk eller --lang en for engelsk",
  }),
};
