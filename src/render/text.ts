// Renders a letter model as plain text, one line per paragraph: what `brev diff` compares and a reviewer reads.

import type { RendererFactory } from "../model/formats.js";
import type { Block, Inline, LetterModel } from "../model/letter-model.js";
import { listLabel } from "./letter-style.js";

export const textRenderer: RendererFactory = () => async (model) => new TextEncoder().encode(letterText(model));

export function letterText(model: LetterModel): string {
  const lines: string[] = [];
  const blank = () => lines.push("");
  lines.push(...model.letterhead);
  blank();
  lines.push(...model.recipient);
  blank();
  for (const r of model.reference) lines.push(`${r.label}: ${r.value}`);
  blank();
  lines.push(model.title);
  for (const block of model.body) {
    blank();
    lines.push(...blockLines(block));
  }
  blank();
  lines.push(model.closing);
  for (const s of model.signatories) lines.push(`${s.name}, ${s.title}`);
  if (model.electronicSignature) lines.push(model.electronicSignature);
  for (const list of [model.attachments, model.copies]) {
    if (!list) continue;
    blank();
    lines.push(`${list.label}:`, ...list.lines.map((l) => `  ${l}`));
  }
  blank();
  for (const column of model.footer) for (const section of column) lines.push(`${section.label}: ${section.lines.join(", ")}`);
  return `${lines.join("\n")}\n`;
}

function blockLines(block: Block): string[] {
  switch (block.type) {
    case "heading":
      return [`${block.number ? `${block.number}. ` : ""}${inline(block.content)}`];
    case "paragraph":
      return [inline(block.content)];
    case "list":
      return block.items.flatMap((item, i) => [
        `${listLabel(block.ordered, i, 0)} ${inline(item.content)}`,
        ...(item.sublist?.items.map((sub, j) => `   ${listLabel(item.sublist?.ordered ?? false, j, 1)} ${inline(sub.content)}`) ?? []),
      ]);
    case "table":
      return [block.header, ...block.rows].map((row) => `| ${row.map(inline).join(" | ")} |`);
  }
}

function inline(runs: Inline[]): string {
  return runs.map((r) => (r.bold ? `**${r.text}**` : r.italic ? `_${r.text}_` : r.text)).join("");
}
