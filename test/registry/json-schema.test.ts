// The committed JSON Schema (what a clerk's editor checks a registry against) read by an independent validator:
// both sample registries pass, fields with any content too, and the mistakes the editor should flag are flagged.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BUDGET, REPO, SAMPLE } from "../helpers/sample.js";

const schema = JSON.parse(readFileSync(path.join(REPO, "data/registry.schema.json"), "utf8")) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const registry = (project: string, name: string) =>
  parse(readFileSync(path.join(project, "data", name), "utf8"), { version: "1.2" }) as Record<string, unknown>;

describe("data/registry.schema.json", () => {
  it.each([
    [SAMPLE, "inkluderingsdugnaden-2020.yaml"],
    [BUDGET, "budsjettendring-2020.yaml"],
  ])("accepts the sample registry %s/%s", (project, name) => {
    expect(validate(registry(project, name)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts fields with any content, and block names with any letters", () => {
    const doc = registry(BUDGET, "budsjettendring-2020.yaml");
    const agencies = doc.agencies as Record<string, unknown>[];
    agencies[0] = {
      ...agencies[0],
      fields: { tall: 1, tekst: "x", liste: [1, "a", { b: [true] }], kart: { dypt: { dypere: null } } },
      blocks: { "særskilt-omtale": "Tekst." },
    };
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it("flags an unknown key and a logo without its alternative text", () => {
    const doc = registry(BUDGET, "budsjettendring-2020.yaml");
    (doc.sender as Record<string, unknown>).logo = { file: "../assets/logo-stand-in.svg" };
    (doc.agencies as Record<string, unknown>[])[0] = { ...(doc.agencies as Record<string, unknown>[])[0], adress: ["x"] };
    expect(validate(doc)).toBe(false);
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
    expect(problems.some((p) => p.startsWith("/sender/logo") && p.includes("alt"))).toBe(true);
    expect(problems.some((p) => p.startsWith("/agencies/0") && p.includes("adress"))).toBe(true);
  });
});

describe("the schema's descriptions", () => {
  /** Every field of the schema, with its place ("agencies[].our_ref") and its description. */
  function fields(node: Record<string, unknown>, place = ""): [string, string | undefined][] {
    const found: [string, string | undefined][] = [];
    for (const [key, field] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      const at = place ? `${place}.${key}` : key;
      found.push([at, field.description as string | undefined], ...fields(field, at));
    }
    if (node.items && typeof node.items === "object") found.push(...fields(node.items as Record<string, unknown>, `${place}[]`));
    for (const option of (node.anyOf ?? []) as Record<string, unknown>[]) found.push(...fields(option, place));
    return found;
  }

  it("explains every field in Norwegian and in English, so the editor shows it on hover", () => {
    const all = fields(schema as Record<string, unknown>);
    expect(all.length).toBeGreaterThan(60);
    const missing = all.filter(([, d]) => !d || !/^\S.+\n\n\(en\) \S.+$/s.test(d)).map(([p]) => p);
    expect(missing).toEqual([]);
    expect(Object.fromEntries(all)["agencies[].our_ref"]).toBe(
      "Vår referanse (saksnummer); ~ = ingen, med vilje.\n\n(en) Our reference (case number); ~ = none, on purpose.",
    );
    expect(Object.fromEntries(all)["signatories[].by_authority"]).toContain("(e.f.)");
  });
});
