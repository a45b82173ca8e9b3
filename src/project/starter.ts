// The files a new letters folder starts with: brev's own starter/ folder (the templates, in bokmål and nynorsk, from
// starter/templates/; an example registry, the assets folder's README and a README for clerks in the run's language,
// from starter/<language>/), the workflow brev itself runs, the registry's schema for editors, and a package.json
// that installs brev. The letters themselves are Norwegian whatever the language of the run.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { currentLanguage, t } from "../i18n/catalogue.js";
import type { Language } from "../i18n/language.js";
import { registryJsonSchema } from "../registry/json-schema.js";
import { brevVersion } from "../shared/version.js";
import { brevPackageName } from "./brev-source.js";
import type { NewFile } from "./new-files.js";

/** brev's package folder (two above src/project/ and dist/project/). */
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const STARTER = path.join(PACKAGE_ROOT, "starter");
/** The workflow is brev's own: a ministry's repository runs the same one. */
export const WORKFLOW = ".github/workflows/letters.yml";

/** The starter's files in one language (README, assets/README.md, the example registry with its comments). */
export function starterIn(language: Language = currentLanguage()): string {
  return path.join(STARTER, language);
}

/** The example registry, its comments in the run's language. */
export function exampleRegistry(language: Language = currentLanguage()): string {
  return path.join(starterIn(language), "data", "tillegg-1-2026.yaml");
}

export async function starterFiles(name: string, brevSpec: string | undefined): Promise<NewFile[]> {
  const files: NewFile[] = [];
  for (const [root, under] of [
    [STARTER, "templates"],
    [starterIn(), ""],
  ] as const)
    for (const rel of await listFiles(root, under)) files.push({ path: rel, content: await readFile(path.join(root, ...rel.split("/")), "utf8") });
  files.push({ path: WORKFLOW, content: await readFile(path.join(PACKAGE_ROOT, WORKFLOW), "utf8") });
  files.push({ path: "data/registry.schema.json", content: `${JSON.stringify(registryJsonSchema(), null, 2)}\n` });
  files.push({ path: ".gitignore", content: `${t.project.gitignoreModules()}\nnode_modules/\n${t.project.gitignoreOut()}\nout/\n` });
  files.push({ path: "package.json", content: `${JSON.stringify(packageJson(name, brevSpec ?? `^${brevVersion()}`), null, 2)}\n` });
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function packageJson(folderName: string, brevSpec: string): Record<string, unknown> {
  const name =
    folderName
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "letters";
  return {
    name,
    private: true,
    description: t.project.packageDescription(),
    scripts: {
      preview: "brev preview",
      letters: "brev generate",
      test: "brev validate",
    },
    dependencies: { [brevPackageName()]: brevSpec },
  };
}

async function listFiles(root: string, under = ""): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(path.join(root, under), { withFileTypes: true })) {
    const rel = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listFiles(root, rel)));
    else if (entry.isFile()) found.push(rel);
  }
  return found;
}
