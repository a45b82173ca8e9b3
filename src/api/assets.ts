// Loads the embedded PDF font (Arimo: Arial's metrics, with æøå and Sami letters) from its npm package, once.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { FileError } from "../errors.js";
import { sha256 } from "../output/hash.js";
import type { FontFiles } from "../render/pdf.js";

const resolveFrom = createRequire(import.meta.url);

const FONT_FILES: Record<keyof FontFiles, string> = {
  normal: "@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf",
  bold: "@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf",
  italics: "@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf",
  bolditalics: "@expo-google-fonts/arimo/700Bold_Italic/Arimo_700Bold_Italic.ttf",
};

/** Reads the four font files (`paths` replaces any of them); a missing or corrupt one is a FileError naming it. */
export async function loadFonts(paths: Partial<Record<keyof FontFiles, string>> = {}): Promise<FontFiles> {
  const entries = await Promise.all(
    Object.entries(FONT_FILES).map(async ([style, id]) => {
      let file = paths[style as keyof FontFiles] ?? id;
      try {
        if (!paths[style as keyof FontFiles]) file = resolveFrom.resolve(id);
        const bytes = await readFile(file);
        // TrueType fonts start with version 1.0 (0x00010000) or "true"; anything else is not a font pdfkit can embed.
        if (bytes.length < 12 || (bytes.readUInt32BE(0) !== 0x00010000 && bytes.toString("latin1", 0, 4) !== "true")) throw new Error("not a TrueType font");
        return [style, new Uint8Array(bytes)] as const;
      } catch (e) {
        throw new FileError(`cannot load font ${file}: ${(e as Error).message}`, file, e);
      }
    }),
  );
  return Object.fromEntries(entries) as unknown as FontFiles;
}

/**
 * A hash of the renderers' own code, so that a changed renderer re-renders every letter even when brev's version
 * number stayed the same (as it does between releases).
 */
export async function rendererFingerprint(): Promise<string> {
  const dir = new URL("../render/", import.meta.url);
  const names = (await readdir(dir)).filter((n) => /\.(js|ts)$/.test(n) && !n.endsWith(".d.ts")).sort();
  const parts = await Promise.all(names.map(async (n) => `${n}:${sha256(await readFile(new URL(n, dir)))}`));
  return sha256(parts.join("\n"));
}
