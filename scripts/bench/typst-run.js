// The bench's anchor, run as its own process (on one core when the bench can pin it): Typst makes the same letters as
// brev, each a separate PDF/A-2a, in one compiler. Prints JSON: the compiler's start, all letters, and the steady
// time per letter (after the first WARM_UP).
//   node scripts/bench/typst-run.js <project> <registry> <letters>
import { createRequire } from "node:module";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";
import { composeLetters } from "../../dist/api/letters.js";
import { typstLetter } from "./typst-letter.js";

const [project, registry, countArg] = process.argv.slice(2);
const WARM_UP = 20;
const resolve = createRequire(import.meta.url).resolve;
const fonts = [
  "400Regular/Arimo_400Regular.ttf",
  "700Bold/Arimo_700Bold.ttf",
  "400Regular_Italic/Arimo_400Regular_Italic.ttf",
  "700Bold_Italic/Arimo_700Bold_Italic.ttf",
].map((f) => resolve(`@expo-google-fonts/arimo/${f}`));
const { letters } = await composeLetters([registry], { cwd: project });
// The sample's logo, as the registry names it (data/../assets/…), from the workspace's root.
const sources = letters.slice(0, Number(countArg)).map((l) => typstLetter(l.model, "/assets/logo-stand-in.svg"));

const start = performance.now();
const compiler = NodeCompiler.create({ workspace: project, fontArgs: [{ fontPaths: fonts }] });
const created = performance.now();
let steadyFrom = created;
let bytes = 0;
for (const [i, source] of sources.entries()) {
  if (i === WARM_UP) steadyFrom = performance.now();
  bytes += compiler.pdf({ mainFileContent: source }, { pdfStandard: "a-2a", creationTimestamp: 1604016000 }).length;
}
const end = performance.now();
process.stdout.write(
  JSON.stringify({
    letters: sources.length,
    createMs: created - start,
    allMs: end - start,
    perLetterMs: (end - steadyFrom) / Math.max(1, sources.length - WARM_UP),
    bytes,
  }),
);
