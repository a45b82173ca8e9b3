// The embedded PDF font (Arimo: Arial's metrics, with æøå and Sami letters), read from its npm package once per run.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { say, t } from "../i18n/catalogue.js";
import { FileError } from "../shared/errors.js";

export type { FontFiles, FontStyle } from "../model/formats.js";

import type { FontFiles, FontStyle } from "../model/formats.js";

const resolveFrom = createRequire(import.meta.url);

const FONT_FILES: Record<FontStyle, string> = {
  normal: "@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf",
  bold: "@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf",
  italics: "@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf",
  bolditalics: "@expo-google-fonts/arimo/700Bold_Italic/Arimo_700Bold_Italic.ttf",
};

/** Reads the four font files (`paths` replaces any of them); a missing or corrupt one is a FileError naming it. */
export async function loadFonts(paths: Partial<Record<FontStyle, string>> = {}): Promise<FontFiles> {
  const entries = await Promise.all(
    Object.entries(FONT_FILES).map(async ([style, id]) => {
      let file = paths[style as FontStyle] ?? id;
      try {
        if (!paths[style as FontStyle]) file = resolveFrom.resolve(id);
        const bytes = await readFile(file);
        // TrueType fonts start with version 1.0 (0x00010000) or "true"; anything else is not a font pdfkit can embed.
        if (bytes.length < 12 || (bytes.readUInt32BE(0) !== 0x00010000 && bytes.toString("latin1", 0, 4) !== "true")) throw new Error(t.render.notTrueType());
        return [style, new Uint8Array(bytes)] as const;
      } catch (e) {
        throw new FileError(say.render.cannotLoadFont({ file, reason: (e as Error).message }), file, e);
      }
    }),
  );
  return Object.fromEntries(entries) as unknown as FontFiles;
}
