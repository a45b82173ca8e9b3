// The files a new letters folder starts with: brev's own starter/ folder (an example registry, a template in
// bokmål and nynorsk, the assets folder, a README for clerks), the workflow brev itself runs, the registry's schema
// for editors, and a package.json that installs brev.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { registryJsonSchema } from "../registry/json-schema.js";
import { brevVersion } from "../shared/version.js";
import { brevPackageName } from "./brev-source.js";
import type { NewFile } from "./new-files.js";

/** brev's package folder (two above src/project/ and dist/project/). */
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const STARTER = path.join(PACKAGE_ROOT, "starter");
/** The workflow is brev's own: a ministry's repository runs the same one. */
export const WORKFLOW = ".github/workflows/letters.yml";

export async function starterFiles(name: string, brevSpec: string | undefined): Promise<NewFile[]> {
  const files: NewFile[] = [];
  for (const rel of await listFiles(STARTER)) files.push({ path: rel, content: await readFile(path.join(STARTER, ...rel.split("/")), "utf8") });
  files.push({ path: WORKFLOW, content: await readFile(path.join(PACKAGE_ROOT, WORKFLOW), "utf8") });
  files.push({ path: "data/registry.schema.json", content: `${JSON.stringify(registryJsonSchema(), null, 2)}\n` });
  files.push({ path: ".gitignore", content: "node_modules/\nout/\n" });
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
    description: "Letters from a registry of agencies, made with brev",
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
