// Property test: random registries built from the sample and mutated at random (keys deleted, retyped, duplicated,
// renamed; random Unicode text; random bytes in the YAML) never crash or hang brev. Every run ends in exit 0 with
// valid files, or exit 1/3 with a message; an exit-1 message always has file:line:col.
// FUZZ_RUNS sets the number of cases (default 100 in npm test; .ci/run runs 1000); FUZZ_SEED repeats a run.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { STACK_FRAME } from "../helpers/cli.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { SAMPLE, SAMPLE_TEMPLATES } from "../helpers/sample.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const TEMPLATES = SAMPLE_TEMPLATES;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const stats = { cases: 0, crashes: 0, slowestMs: 0, exits: {} as Record<number, number> };

/** Every path to a value in the tree (not the root). */
function paths(value: Json, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...paths(v, [...prefix, i])]);
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
  return [];
}

function valueAt(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const step of path) node = node !== null && typeof node === "object" ? (node as Record<string | number, Json>)[step] : undefined;
  return node;
}

function parentOf(root: Json, path: Path): { parent: Json; key: string | number } | undefined {
  let node: Json = root;
  for (const step of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, Json>)[step] as Json;
  }
  const key = path[path.length - 1];
  return node !== null && typeof node === "object" && key !== undefined ? { parent: node, key } : undefined;
}

const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "{{x}}", "**b**", "<w:t>", "]]>", "2020-02-30", "dss", "../x", "CON", "__proto__", "á č đ ŋ š ŧ ž", "\u202E", "😀"),
);
const anyValue: fc.Arbitrary<Json> = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(text, text, { maxKeys: 3 }),
);

type Mutation =
  | { kind: "delete"; at: number }
  | { kind: "retype"; at: number; value: Json }
  | { kind: "rename"; at: number; name: string }
  | { kind: "duplicate"; at: number }
  | { kind: "text"; at: number; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("retype" as const), at: fc.nat(), value: anyValue }),
  fc.record({
    kind: fc.constant("rename" as const),
    at: fc.nat(),
    name: fc.oneof(text, fc.constantFrom("adress", "nmae", "our-ref", "x-note", "__proto__", "constructor")),
  }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("text" as const), at: fc.nat(), value: text }),
);

function mutate(root: Json, m: Mutation): void {
  // Text mutations replace existing text, so many registries stay valid and reach the renderers with odd Unicode.
  const all = paths(root).filter((p) => m.kind !== "text" || typeof valueAt(root, p) === "string");
  if (all.length === 0) return;
  const target = all[m.at % all.length] as Path;
  const place = parentOf(root, target);
  if (!place) return;
  const parent = place.parent as Record<string | number, Json> & Json[];
  const { key } = place;
  switch (m.kind) {
    case "delete":
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case "retype":
    case "text":
      parent[key] = m.value;
      break;
    case "rename":
      if (!Array.isArray(parent)) {
        const value = parent[key] as Json;
        delete parent[key];
        Object.defineProperty(parent, m.name, { value, enumerable: true, writable: true, configurable: true });
      }
      break;
    case "duplicate":
      if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)] as Json));
      break;
  }
}

describe("fuzz", () => {
  it(`${RUNS} random registries: no crash, no hang, always a clear outcome`, async () => {
    const sample = parse(await readFile(path.join(SAMPLE, "data/inkluderingsdugnaden-2020.yaml"), "utf8")) as { agencies: Json[] } & Record<string, Json>;
    const work = await mkdtemp(path.join(tmpdir(), "brev-fuzz-"));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 }),
        fc.nat(),
        fc.array(mutation, { maxLength: 3 }),
        fc.option(fc.record({ at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) }), { freq: 5 }),
        async (agencies, first, mutations, garble) => {
          const registry = structuredClone({
            ...sample,
            agencies: Array.from({ length: agencies }, (_, i) => sample.agencies[(first + i) % sample.agencies.length] as Json),
          }) as Json;
          for (const m of mutations) mutate(registry, m);
          let bytes = Buffer.from(stringify(registry));
          if (garble) {
            const at = garble.at % (bytes.length + 1);
            bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(garble.bytes), bytes.subarray(at)]);
          }
          const dir = await mkdtemp(path.join(work, "case-"));
          await writeFile(path.join(dir, "registry.yaml"), bytes);
          const started = performance.now();
          const run = await runInProcess(["generate", "registry.yaml", "-t", TEMPLATES, "-o", "out"], dir);
          const ms = performance.now() - started;
          stats.cases++;
          stats.slowestMs = Math.max(stats.slowestMs, ms);
          stats.exits[run.code] = (stats.exits[run.code] ?? 0) + 1;
          if (run.code === 70 || STACK_FRAME.test(run.stderr)) stats.crashes++;

          expect(ms).toBeLessThan(10_000); // a hang guard, not a benchmark
          expect(run.stderr).not.toMatch(STACK_FRAME);
          expect([0, 1, 3]).toContain(run.code);
          if (run.code === 1) expect(run.stderr).toMatch(/^[^\n]+:\d+:\d+: error: /m);
          if (run.code === 3) expect(run.stderr).toMatch(/^brev: cannot /m);
          if (run.code === 0) {
            const [dispatch] = await readdir(path.join(dir, "out"));
            const files = await readdir(path.join(dir, "out", dispatch ?? ""));
            const letters = files.filter((f) => /\.(pdf|docx)$/.test(f));
            expect(letters.length).toBeGreaterThan(0);
            for (const f of letters) {
              const data = await readFile(path.join(dir, "out", dispatch ?? "", f));
              if (f.endsWith(".pdf")) expect(data.subarray(0, 5).toString("latin1") + data.subarray(-6).toString("latin1").trim()).toMatch(/^%PDF-.*%%EOF$/s);
              else expect(data.subarray(0, 2).toString("latin1")).toBe("PK");
            }
          }
          await rm(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: true },
    );
    await rm(work, { recursive: true, force: true });
  }, 900_000);
});

afterAll(async () => {
  const summary = `fuzz: ${stats.cases} cases, ${stats.crashes} crashes, slowest ${stats.slowestMs.toFixed(0)} ms, exits ${JSON.stringify(stats.exits)}`;
  console.log(summary);
  if (process.env.FUZZ_SUMMARY) await writeFile(process.env.FUZZ_SUMMARY, `${summary}\n`);
});
