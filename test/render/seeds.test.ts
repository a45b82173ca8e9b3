// The five seed letters, made from data: the text read back from each PDF and DOCX must carry the seed's words and fields.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { docxPlainText, readDocx } from "../helpers/read-docx.js";
import { readPdf } from "../helpers/read-pdf.js";
import { SEEDS } from "../helpers/sample.js";
import { squash, wordCoverage } from "../helpers/words.js";

const DISPATCH = "inkluderingsdugnaden-2020";

/** Each seed, its agency, and the values it shows that must come out exactly. */
const SEED_CASES = [
  {
    seed: "000_72baa61c1300ac91.txt",
    agency: "dss",
    fields: [
      "Departementenes sikkerhets- og serviceorganisasjon",
      "Postboks 8129 Dep",
      "0032 OSLO",
      "19/4649-79",
      "30. oktober 2020",
      "Jan Olav Pettersen (e.f.)",
      "ekspedisjonssjef",
      "Gunn Dianne Rydning",
      "seniorrådgiver",
      "ikke hadde noen tilsettinger i målgruppen.",
      "1.12.2020",
    ],
  },
  { seed: "001_21fb536e123f9618.txt", agency: "digdir", fields: ["Digitaliseringsdirektoratet", "1.12.2020"] },
  { seed: "002_5ad1238fe2144503.txt", agency: "valgdirektoratet", fields: ["Valgdirektoratet", "1.12.2020"] },
  { seed: "003_64bec44369c11cfd.txt", agency: "htu", fields: ["Husleietvistutvalget (HTU)", "KMD ber HTU om", "1.12.2020"] },
  {
    seed: "004_262630ddcf3c1e55.txt",
    agency: "distriktssenteret",
    fields: [
      "DET KONGELIGE",
      "Distriktssenteret",
      "Skolegata 22",
      "7713 STEINKJER",
      "20/49-15",
      "11. november 2020",
      "Postboks 8112 Dep",
      "0032 Oslo",
      "postmottak@kmd.dep.no",
      "Akersg. 59",
      "www.kmd.dep.no",
      "22 24 90 90",
      "Org.nr.",
      "972 417 858",
      "Regionalpolitisk avdeling",
      "Knut Ove Nordås",
      "22 24 70 49",
      "Distriktssenterets handlingsplan",
      "innen 1.12.2020",
      "Bjørn Barvik (e.f.)",
      "avdelingsdirektør",
      "seniorrådgiver",
      "Dokumentet er elektronisk signert og har derfor ikke håndskrevne signaturer",
      "Kopi",
      "Riksrevisjonen",
    ],
  },
] as const;

let outDir: string;
const texts = new Map<string, { pdf: string; docx: string }>();

beforeAll(async () => {
  outDir = inject("samples").sample;
  for (const { agency } of SEED_CASES) {
    const pdf = await readPdf(await readFile(path.join(outDir, DISPATCH, `${agency}.pdf`)));
    const docx = await readDocx(await readFile(path.join(outDir, DISPATCH, `${agency}.docx`)));
    texts.set(agency, { pdf: pdf.pages.join("\n"), docx: docxPlainText(docx) });
  }
});

describe.each(SEED_CASES)("seed $seed ($agency)", ({ seed, agency, fields }) => {
  let seedText: string;
  beforeAll(async () => {
    seedText = await readFile(path.join(SEEDS, seed), "utf8");
  });

  it("lists only fields the seed really shows", () => {
    for (const field of fields) expect(squash(seedText).toLowerCase()).toContain(squash(field).toLowerCase());
  });

  for (const format of ["pdf", "docx"] as const) {
    it(`${format}: has at least 97 % of the seed's words`, () => {
      const text = texts.get(agency)?.[format] ?? "";
      const { coverage, missing } = wordCoverage(seedText, text);
      expect(coverage, `missing: ${missing.join(" ")}`).toBeGreaterThanOrEqual(0.97);
    });

    it(`${format}: shows every field of the seed exactly`, () => {
      const text = squash(texts.get(agency)?.[format] ?? "");
      for (const field of fields) expect(text).toContain(field);
    });
  }
});
