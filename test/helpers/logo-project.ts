// A one-agency project whose registry names a logo file (registry.yaml line 11 names it): for the logo tests, which
// put a hostile file, pipe, link or sparse file there.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO } from "./sample.js";

const BASE = path.join(REPO, "test/fixtures/bad/logo-not-an-image");

/** The project folder (inside a scratch folder, so a file can be put beside it: outside the project). */
export async function logoProject(logo: string): Promise<{ root: string; dir: string }> {
  const root = await mkdtemp(path.join(tmpdir(), "brev-logo-"));
  const dir = path.join(root, "project");
  await cp(path.join(BASE, "templates"), path.join(dir, "templates"), { recursive: true });
  await writeFile(path.join(dir, "brev.config"), "# a brev project\n");
  const registry = (await readFile(path.join(BASE, "registry.yaml"), "utf8")).replace("file: registry.yaml", `file: ${logo}`);
  await writeFile(path.join(dir, "registry.yaml"), registry);
  return { root, dir };
}

/** What validate prints for the logo line. */
export const LOGO_AT = "registry.yaml:11:17: error: sender.logo.file: ";
