// The arkivmelding (eFormidling, Noark 5): how the case and archive system journals one letter. A stub until the
// renderer lands (issue 19): the format is not in the format table yet.
import type { LetterModel } from "../compose/letter-model.js";
import type { RendererFactory } from "./format.js";

export const arkivmeldingRenderer: RendererFactory = () => async (model: LetterModel) => {
  throw new Error(`the arkivmelding renderer is not written yet (${model.meta.archive.agency})`);
};
