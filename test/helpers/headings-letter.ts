// The sample's Distriktssenteret letter with a level-2 heading added, so both heading levels are seen, as a model and
// as the DOCX brev makes of it. Shared by test/render/docx-accessibility.test.ts (the DOCX's own XML, pandoc) and
// test/render/files.test.ts (LibreOffice's tagged PDF export of it, in the one LibreOffice run the tests make).
import { prepareLetters } from "../../src/compose/prepare-letters.js";
import { TemplateStore } from "../../src/compose/template-store.js";
import type { LetterModel } from "../../src/index.js";
import { loadDispatches } from "../../src/registry/load-dispatches.js";
import { createDocxRenderer } from "../../src/render/docx.js";
import { SAMPLE } from "./sample.js";

export async function headingsLetter(): Promise<{ model: LetterModel; docx: Uint8Array }> {
  const { dispatches } = await loadDispatches([], { cwd: SAMPLE });
  const { letters } = await prepareLetters(dispatches, new TemplateStore({ cwd: SAMPLE }), (e) => e.agency.id === "distriktssenteret");
  const model = structuredClone(letters[0]?.model as LetterModel);
  model.body.splice(2, 0, { type: "heading", level: 2, content: [{ text: "Bakgrunn" }] });
  return { model, docx: await createDocxRenderer()(model) };
}
