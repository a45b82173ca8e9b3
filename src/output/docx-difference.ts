// A clerk's DOCX in a dispatch folder against the letter brev renders now, by their text (`brev adopt`): whether
// they read the same, paragraph by paragraph, and if not, how they differ.
import { docxText } from "../render/docx-text.js";
import type { DispatchFolder } from "./dispatch-folder.js";

/** The largest file whose text is compared with the new letter; a letter brev writes is far smaller. */
const TEXT_MAX_BYTES = 64 * 1024 * 1024;

/** Whether the DOCX `name` in the folder reads, paragraph by paragraph, as the `rendered` one. */
export async function sameDocxText(folder: DispatchFolder, name: string, rendered: Uint8Array): Promise<boolean> {
  const bytes = await folder.read(name, TEXT_MAX_BYTES).catch(() => undefined);
  const theirs = bytes && docxText(bytes);
  return theirs !== undefined && theirs === docxText(rendered);
}

/** How the DOCX `name` (shown as `shown`) reads against the `rendered` one (`renderedLabel`), as a unified diff of their paragraphs. */
export async function docxDifference(
  folder: DispatchFolder,
  name: string,
  shown: string,
  renderedLabel: string,
  rendered: Uint8Array,
): Promise<string | undefined> {
  const bytes = await folder.read(name, TEXT_MAX_BYTES).catch(() => undefined);
  const theirs = bytes && docxText(bytes);
  const ours = docxText(rendered);
  if (theirs === undefined || ours === undefined) return undefined;
  const { createTwoFilesPatch } = await import("diff");
  return createTwoFilesPatch(shown, renderedLabel, theirs, ours, undefined, undefined, { context: 2 });
}
