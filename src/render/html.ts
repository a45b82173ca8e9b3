// Renders a letter model as HTML: an A4 sheet with the same text, in the same order and the same type sizes as the
// PDF and the DOCX (from letter-style.ts). `brev preview` shows it while the clerk types; as a format it is a
// standalone page. Every value is escaped; links are the model's (http, https, mailto only).

import type { ImageAsset, RendererFactory } from "../model/formats.js";
import type { Block, Inline, LetterModel, ListItem } from "../model/letter-model.js";
import { LINK, LOGO, listLabel, MM, PAGE, TABLE, TYPE } from "./letter-style.js";

export const htmlRenderer: RendererFactory = (assets) => async (model) =>
  new TextEncoder().encode(
    `<!doctype html>\n<html lang="${escapeHtml(model.meta.language)}"><head><meta charset="utf-8"><title>${escapeHtml(model.meta.title)}</title><style>${LETTER_CSS}</style></head><body>${letterHtml(model, assets.images)}</body></html>\n`,
  );

const mm = (points: number) => `${(points / MM).toFixed(2)}mm`;

/** The sheet's style, for a page that shows letters (class names start with "letter"). */
export const LETTER_CSS = `
.letter{box-sizing:border-box;width:210mm;min-height:297mm;background:#fff;color:#000;position:relative;
  padding:${mm(PAGE.marginTop)} ${mm(PAGE.marginRight)} ${mm(PAGE.marginBottom)} ${mm(PAGE.marginLeft)};
  font:${TYPE.body}pt/${PAGE.lineHeight} Arimo,"Liberation Sans",Arial,sans-serif}
.letter p,.letter ul,.letter ol,.letter h1,.letter h2,.letter table{margin:0 0 ${TYPE.body * 0.8}pt}
.letter-head{min-height:${mm(PAGE.recipientTop - PAGE.marginTop)};font-size:${TYPE.letterhead}pt}
.letter-logo{display:block;height:${mm(LOGO.height)};max-width:${mm(LOGO.maxWidth)};margin-bottom:${mm(LOGO.gap)}}
.letter-recipient{min-height:${mm(PAGE.referenceTop - PAGE.recipientTop)}}
.letter-refs{border-collapse:collapse}.letter-refs th{font-size:${TYPE.referenceLabel}pt;font-weight:normal;text-align:left;padding-right:14mm}
.letter-refs td{font-size:${TYPE.referenceValue}pt;padding-right:14mm}
.letter h1{font-size:${TYPE.title}pt;margin-top:${TYPE.body}pt}.letter h2{font-size:${TYPE.heading}pt}
.letter ul,.letter ol{list-style:none;padding-left:6mm}.letter li{position:relative}
.letter li::before{content:attr(data-label);position:absolute;left:-6mm}
.letter a{color:${LINK.color};text-decoration:underline}
.letter-table{border-collapse:collapse;width:100%}.letter-table th,.letter-table td{border-bottom:0.5pt solid #000;padding:1pt ${TABLE.cellPadding}pt}
.letter-signatories{display:flex;gap:20mm;margin:${TYPE.body * 2}pt 0 ${TYPE.body}pt}
.letter-small{font-size:${TYPE.small}pt}
.letter-footer{position:absolute;left:${mm(PAGE.marginLeft)};right:${mm(PAGE.marginRight)};bottom:10mm;display:flex;gap:8mm;font-size:${TYPE.footer}pt;border-top:0.5pt solid #000;padding-top:2mm}
.letter-footer div{flex:1}.letter-footer b{display:block;font-weight:bold}
`;

/** The letter as one <article class="letter">, the logo inlined from the render assets. */
export function letterHtml(model: LetterModel, images?: ReadonlyMap<string, ImageAsset>): string {
  const out: string[] = [`<article class="letter" lang="${escapeHtml(model.meta.language)}">`, `<header class="letter-head">`];
  const logo = model.logo ? images?.get(model.logo.image) : undefined;
  if (model.logo && logo) {
    const [type, bytes] = logo.svg ? ["image/svg+xml", logo.svg] : [`image/${logo.type === "jpg" ? "jpeg" : "png"}`, logo.bytes];
    out.push(`<img class="letter-logo" alt="${escapeHtml(model.logo.alt)}" src="data:${type};base64,${Buffer.from(bytes).toString("base64")}">`);
  }
  out.push(`<p>${lines(model.letterhead)}</p></header>`);
  out.push(`<p class="letter-recipient">${lines(model.recipient)}</p>`);
  out.push(
    `<table class="letter-refs"><tr>${model.reference.map((r) => `<th>${escapeHtml(r.label)}</th>`).join("")}</tr><tr>${model.reference.map((r) => `<td>${escapeHtml(r.value)}</td>`).join("")}</tr></table>`,
  );
  out.push(`<h1>${escapeHtml(model.title)}</h1>`);
  for (const block of model.body) out.push(blockHtml(block));
  out.push(`<p>${escapeHtml(model.closing)}</p>`);
  if (model.signatories.length > 0)
    out.push(`<div class="letter-signatories">${model.signatories.map((s) => `<p>${escapeHtml(s.name)}<br>${escapeHtml(s.title)}</p>`).join("")}</div>`);
  if (model.electronicSignature) out.push(`<p class="letter-small">${escapeHtml(model.electronicSignature)}</p>`);
  for (const list of [model.attachments, model.copies])
    if (list) out.push(`<p class="letter-small"><b>${escapeHtml(list.label)}</b><br>${lines(list.lines)}</p>`);
  out.push(
    `<footer class="letter-footer">${model.footer.map((column) => `<div>${column.map((s) => `<p><b>${escapeHtml(s.label)}</b>${lines(s.lines)}</p>`).join("")}</div>`).join("")}</footer>`,
  );
  out.push("</article>");
  return out.join("\n");
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case "heading":
      return `<h2>${block.number ? `${escapeHtml(block.number)}. ` : ""}${inline(block.content)}</h2>`;
    case "paragraph":
      return `<p>${inline(block.content)}</p>`;
    case "list":
      return listHtml(block.ordered, block.items, 0);
    case "table": {
      const cell = (tag: string, c: number, runs: Inline[]) => `<${tag} style="text-align:${block.align[c] ?? "left"}">${inline(runs)}</${tag}>`;
      const head = `<tr>${block.header.map((h, c) => cell("th", c, h)).join("")}</tr>`;
      const rows = block.rows.map((row) => `<tr>${row.map((r, c) => cell("td", c, r)).join("")}</tr>`).join("");
      return `<table class="letter-table">${head}${rows}</table>`;
    }
  }
}

/** Lists with the letter's own labels ("•", "–", "1.", "a."), so the preview reads like the PDF. */
function listHtml(ordered: boolean, items: readonly ListItem[], depth: number): string {
  const li = items.map(
    (item, i) =>
      `<li data-label="${escapeHtml(listLabel(ordered, i, depth))}">${inline(item.content)}${item.sublist ? listHtml(item.sublist.ordered, item.sublist.items, 1) : ""}</li>`,
  );
  return `<${ordered ? "ol" : "ul"}>${li.join("")}</${ordered ? "ol" : "ul"}>`;
}

function inline(runs: readonly Inline[]): string {
  return runs
    .map((r) => {
      let html = escapeHtml(r.text);
      if (r.bold) html = `<strong>${html}</strong>`;
      if (r.italic) html = `<em>${html}</em>`;
      if (r.link) html = `<a href="${escapeHtml(r.link)}">${html}</a>`;
      return html;
    })
    .join("");
}

function lines(list: readonly string[]): string {
  return list.map(escapeHtml).join("<br>");
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
