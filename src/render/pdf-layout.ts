// Lays out a letter model as PDF pages: every piece of text gets its place, its face and size, and the structure
// element it belongs to (P, H1, Table, L, Link, Figure, …); page furniture ("Side 2", rules, repeated table headers)
// is marked as artifact. Nodes and contents carry a reading-order number, so the painter can give every element its
// children in reading order even where the page is painted in another (the page-1 footer is read last). Pure: the
// fonts are reached only through `measure`, and the result is plain data (the tree-level tests read it).
import type { Align, Block, Inline, LabelledLines, LetterModel, ListItem } from "../model/letter-model.js";
import { fitColumns, LOGO, listLabel, MM, PAGE, TABLE, TEXT_WIDTH, TYPE } from "./letter-style.js";
import { breakLines, type Face, type Line, type Measure, type Run, runsOf as runs } from "./pdf-lines.js";
import { columnExtents } from "./table-measure.js";

/** A structure element of the tagged PDF; `parent` indexes the node list (the root has none). */
export interface StructNode {
  type: string;
  parent: number | null;
  /** Reading order, shared with the page items. */
  order: number;
  /** Table header cells: what they head. */
  scope?: "Column" | "Row";
  /** Figures: what the image shows, and where it is (points from the page's top left: left, top, right, bottom). */
  alt?: string;
  bbox?: [number, number, number, number];
}

export interface Fragment {
  text: string;
  face: Face;
  size: number;
  /** Left edge and top of the line box, in points from the page's top left. */
  x: number;
  y: number;
  width: number;
  characterSpacing?: number;
  /** The address this piece of text links to; it is the content of a Link element. */
  link?: string;
}

export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

export type PageItem =
  /** Text that belongs to structure element `node`. */
  | { kind: "text"; node: number; order: number; fragments: Fragment[] }
  /** An image (the logo), the content of a Figure. */
  | { kind: "image"; node: number; order: number; image: string; x: number; y: number; width: number; height: number }
  /** Page furniture: page numbers and repeated table headers ("Pagination"), rules ("Layout"). */
  | { kind: "artifact"; type: "Pagination" | "Layout"; fragments: Fragment[]; rules: Rule[] };

export interface PageLayout {
  items: PageItem[];
}

export interface LetterLayout {
  pages: PageLayout[];
  nodes: StructNode[];
  /** Bookmarks: the title and each section, where they start. */
  outline: { title: string; page: number; y: number }[];
}

const SPACE = {
  titleBefore: 26,
  titleAfter: 14,
  headingBefore: 8,
  headingAfter: 4,
  paragraphAfter: 8,
  listIndent: 20,
  listLabelGap: 6,
  listItemAfter: 2,
  tableRowPadding: 2,
  closingBefore: 12,
  signatureRowBefore: 20,
  signatureColumn: 220,
  signatureGap: 20,
  smallBefore: 16,
  footerBefore: 20,
  footerRuleGap: 4,
  footerColumnGap: 8,
  referenceWidths: [95, 85, 110],
  recipientToReference: 24,
  pageNumberTop: 12 * MM,
} as const;

const LINE = {
  body: PAGE.lineHeight,
  letterhead: 1.2,
  footer: 1.1,
} as const;

/** Lays out the whole letter; `measure` gives widths and line heights of the embedded font. */
export function layoutLetter(model: LetterModel, measure: Measure): LetterLayout {
  const layout = new Layout(measure, model.pageLabel);
  layout.letter(model);
  return layout.result();
}

interface BlockOptions {
  size: number;
  x?: number;
  width?: number;
  factor?: number;
  characterSpacing?: number;
  /** A block of at most this many lines is kept on one page (default 3). */
  keepLines?: number;
  /** Lines of what follows that must fit on the same page. */
  keepWithNext?: number;
}

class Layout {
  private readonly nodes: StructNode[] = [{ type: "Document", parent: null, order: 0 }];
  private readonly pages: PageLayout[] = [];
  private readonly outline: LetterLayout["outline"] = [];
  private order = 1;
  private y = 0;

  constructor(
    private readonly measure: Measure,
    /** The word before a page number ("Side"). */
    private readonly pageLabel: string,
  ) {}

  result(): LetterLayout {
    return { pages: this.pages, nodes: this.nodes, outline: this.outline };
  }

  letter(model: LetterModel): void {
    this.newPage();
    this.letterhead(model);
    this.y = PAGE.recipientTop;
    this.block(this.node("P", 0), plain(model.recipient), { size: TYPE.body });
    this.y = Math.max(PAGE.referenceTop, this.y + SPACE.recipientToReference);
    this.referenceTable(model.reference);
    this.y += SPACE.titleBefore;
    this.outline.push({ title: model.title, page: this.page, y: this.y });
    this.block(this.node("H1", 0), [{ text: model.title, face: "bold" }], { size: TYPE.title, keepLines: 2 });
    this.y += SPACE.titleAfter;
    for (const [i, b] of model.body.entries()) this.bodyBlock(b, model.body[i + 1]);
    this.closing(model);
    this.footer(model.footer);
  }

  private get page(): number {
    return this.pages.length - 1;
  }

  private node(type: string, parent: number, extra: Partial<Pick<StructNode, "scope" | "alt" | "bbox">> = {}): number {
    this.nodes.push({ type, parent, order: this.order++, ...extra });
    return this.nodes.length - 1;
  }

  private newPage(): void {
    this.pages.push({ items: [] });
    this.y = PAGE.marginTop;
    const number = this.pages.length;
    if (number > 1) {
      // "Side 2" at the top right of every later page: page furniture, not content.
      const label = `${this.pageLabel} ${number}`;
      const width = this.measure.width(label, "regular", TYPE.pageNumber);
      this.items().push({
        kind: "artifact",
        type: "Pagination",
        fragments: [{ text: label, face: "regular", size: TYPE.pageNumber, x: PAGE.width - PAGE.marginRight - width, y: SPACE.pageNumberTop, width }],
        rules: [],
      });
    }
  }

  private items(page = this.page): PageItem[] {
    return (this.pages[page] as PageLayout).items;
  }

  private get bottom(): number {
    return PAGE.height - PAGE.marginBottom;
  }

  private lineHeight(size: number, factor: number = LINE.body, face: Face = "regular"): number {
    return this.measure.lineHeight(face, size) * factor;
  }

  /** Adds a fragment to the page as content of `node`, joining the node's last piece on this page when it is last. */
  private emit(node: number, fragment: Fragment): void {
    const items = this.items();
    const last = items[items.length - 1];
    if (last?.kind === "text" && last.node === node) last.fragments.push(fragment);
    else items.push({ kind: "text", node, order: this.order++, fragments: [fragment] });
  }

  /**
   * Places the lines of one text block, breaking across pages where they do not fit; every line, on every page,
   * belongs to structure element `node`, and each link in it to a Link element inside it.
   */
  private block(node: number, runs: Run[], o: BlockOptions): readonly Line[] {
    const x = o.x ?? PAGE.marginLeft;
    const lines = breakLines(runs, o.width ?? TEXT_WIDTH, o.size, this.measure, o.characterSpacing ?? 0);
    const height = this.lineHeight(o.size, o.factor);
    const keep = Math.max(o.keepLines ?? 3, 1);
    const needed = (lines.length <= keep ? lines.length : 2) + (o.keepWithNext ?? 0);
    if (this.y + needed * height > this.bottom && this.y > PAGE.marginTop + 1) this.newPage();
    const links = this.linker(node);
    for (const [i, line] of lines.entries()) {
      // Never leave a paragraph's last line alone at the top of a page, nor its first alone at the bottom.
      const left = lines.length - i;
      const room = Math.floor((this.bottom - this.y) / height);
      if (this.y + height > this.bottom || (i > 0 && left === 2 && room === 1 && lines.length > 3)) this.newPage();
      for (const f of line.fragments) {
        const fragment: Fragment = { text: f.text, face: f.face, size: o.size, x: x + f.x, y: this.y, width: f.width };
        if (o.characterSpacing) fragment.characterSpacing = o.characterSpacing;
        links(f.link ? { ...fragment, link: f.link } : fragment);
      }
      this.y += height;
    }
    return lines;
  }

  /**
   * Emits the fragments of one structure element in order: linked text goes into a Link element inside it, one Link
   * for one link, also where the link wraps onto the next line.
   */
  private linker(node: number): (fragment: Fragment) => void {
    let link: { url: string; node: number } | undefined;
    return (fragment) => {
      if (fragment.link) {
        if (link?.url !== fragment.link) link = { url: fragment.link, node: this.node("Link", node) };
        this.emit(link.node, fragment);
      } else {
        if (fragment.text.trim() !== "") link = undefined;
        this.emit(node, fragment);
      }
    };
  }

  /** The letterhead of page 1: the logo at the top left (a Figure), the lines beside it. */
  private letterhead(model: LetterModel): void {
    let x = PAGE.marginLeft;
    if (model.logo) {
      const height = LOGO.height;
      const width = Math.min(LOGO.maxWidth, (height * model.logo.width) / Math.max(1, model.logo.height));
      const bbox: [number, number, number, number] = [x, PAGE.marginTop, x + width, PAGE.marginTop + height];
      const node = this.node("Figure", 0, { alt: model.logo.alt, bbox });
      this.items().push({ kind: "image", node, order: this.order++, image: model.logo.image, x, y: PAGE.marginTop, width, height });
      x += width + LOGO.gap;
    }
    this.y = PAGE.marginTop;
    this.block(this.node("P", 0), plain(model.letterhead), {
      size: TYPE.letterhead,
      factor: LINE.letterhead,
      characterSpacing: 0.6,
      x,
      width: PAGE.marginLeft + TEXT_WIDTH - x,
    });
  }

  private referenceTable(cells: LetterModel["reference"]): void {
    const table = this.node("Table", 0);
    const head = this.node("TR", table);
    const headers = cells.map(() => this.node("TH", head, { scope: "Column" }));
    const body = this.node("TR", table);
    const values = cells.map(() => this.node("TD", body));
    const widths = SPACE.referenceWidths;
    let x = PAGE.marginLeft + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
    const top = this.y;
    let bottom = top;
    for (const [i, cell] of cells.entries()) {
      const width = widths[i] ?? 90;
      this.y = top;
      this.block(headers[i] as number, [{ text: cell.label, face: "regular" }], { size: TYPE.referenceLabel, x, width });
      // An empty value still takes its line (an empty line of text), as in the letters.
      this.block(values[i] as number, [{ text: cell.value, face: "regular" }], { size: TYPE.referenceValue, x, width });
      bottom = Math.max(bottom, this.y);
      x += width;
    }
    this.y = bottom;
  }

  private bodyBlock(b: Block, next: Block | undefined): void {
    switch (b.type) {
      case "heading": {
        const text = `${b.number ? `${b.number}. ` : ""}${b.content.map((r) => r.text).join("")}`;
        this.y += SPACE.headingBefore;
        // A heading stays with the start of what follows it.
        const nextLines = next ? 2 : 0;
        if (this.y + (1 + nextLines) * this.lineHeight(TYPE.heading) > this.bottom) this.newPage();
        this.outline.push({ title: text, page: this.page, y: this.y });
        this.block(this.node(`H${Math.min(b.level + 1, 6)}`, 0), runs([...(b.number ? [{ text: `${b.number}. ` }] : []), ...b.content], "bold"), {
          size: TYPE.heading,
          keepWithNext: nextLines,
        });
        this.y += SPACE.headingAfter;
        return;
      }
      case "paragraph":
        this.block(this.node("P", 0), runs(b.content), { size: TYPE.body });
        this.y += SPACE.paragraphAfter;
        return;
      case "list":
        this.list(this.node("L", 0), b.ordered, b.items, 0);
        this.y += SPACE.paragraphAfter - SPACE.listItemAfter;
        return;
      case "table":
        this.table(b);
        this.y += SPACE.paragraphAfter;
        return;
    }
  }

  /** A list: each item a Lbl (the bullet or number, as text) and an LBody, which may hold one level of list. */
  private list(list: number, ordered: boolean, items: readonly ListItem[], depth: number): void {
    const indent = SPACE.listIndent * (depth + 1);
    for (const [i, item] of items.entries()) {
      const li = this.node("LI", list);
      const label = listLabel(ordered, i, depth);
      const labelWidth = this.measure.width(label, "regular", TYPE.body);
      const lbl = this.node("Lbl", li);
      const body = this.node("LBody", li);
      const textX = PAGE.marginLeft + indent;
      const before = { page: this.page, y: this.y };
      this.block(body, runs(item.content), { size: TYPE.body, x: textX, width: TEXT_WIDTH - indent });
      // The label goes beside the item's first line, on the page where the item starts (it may have moved on).
      const page = this.firstPageOf(body, before.page);
      const y = page === before.page ? before.y : PAGE.marginTop;
      const at = this.items(page).findIndex((item) => item.kind === "text" && item.node === body);
      this.items(page).splice(at >= 0 ? at : this.items(page).length, 0, {
        kind: "text",
        node: lbl,
        order: this.order++,
        fragments: [{ text: label, face: "regular", size: TYPE.body, x: textX - SPACE.listLabelGap - labelWidth, y, width: labelWidth }],
      });
      if (item.sublist) this.list(this.node("L", body), item.sublist.ordered, item.sublist.items, depth + 1);
      this.y += SPACE.listItemAfter;
    }
  }

  /** The first page, from `from` on, with text of `node` (the current page if it has none yet). */
  private firstPageOf(node: number, from: number): number {
    for (let page = from; page <= this.page; page++) if (this.items(page).some((item) => item.kind === "text" && item.node === node)) return page;
    return this.page;
  }

  /**
   * A table as wide as the text: a header row (TH, bold, a rule under it), rows of TD, a rule under the last row,
   * no vertical lines. Rows never split; on a new page the header row is drawn again, as page furniture.
   */
  private table(b: Block & { type: "table" }): void {
    const size = TABLE.size;
    const pad = TABLE.cellPadding;
    const widths = this.columnWidths(b);
    const table = this.node("Table", 0);
    const layoutRow = (cells: Inline[][], base: "regular" | "bold") =>
      cells.map((cell, c) => breakLines(runs(cell, base), Math.max(1, (widths[c] ?? 0) - 2 * pad), size, this.measure));
    const heightOf = (row: (readonly Line[])[]) => Math.max(1, ...row.map((lines) => lines.length)) * this.lineHeight(size) + 2 * SPACE.tableRowPadding;
    const header = layoutRow(b.header, "bold");
    const rows = b.rows.map((row) => layoutRow(row, "regular"));
    const drawRow = (cells: (readonly Line[])[], nodes: number[] | undefined, align: readonly Align[]) => {
      let x = PAGE.marginLeft;
      for (const [c, lines] of cells.entries()) {
        const width = widths[c] ?? 0;
        const node = nodes?.[c];
        // A repeated header row is page furniture; a cell's text is the content of its TH or TD.
        const put = node === undefined ? (f: Fragment) => this.artifact("Pagination").fragments.push(f) : this.linker(node);
        let y = this.y + SPACE.tableRowPadding;
        for (const line of lines) {
          const offset = align[c] === "right" ? width - pad - line.width : align[c] === "center" ? (width - line.width) / 2 : pad;
          for (const f of line.fragments)
            put({ text: f.text, face: f.face, size, x: x + offset + f.x, y, width: f.width, ...(f.link ? { link: f.link } : {}) });
          y += this.lineHeight(size);
        }
        x += width;
      }
      this.y += heightOf(cells);
    };
    const rule = () => this.artifact("Layout").rules.push({ x1: PAGE.marginLeft, y1: this.y, x2: PAGE.marginLeft + TEXT_WIDTH, y2: this.y, width: 0.5 });
    const headerRow = (repeated: boolean) => {
      if (repeated) drawRow(header, undefined, b.align);
      else {
        const tr = this.node("TR", table);
        drawRow(
          header,
          header.map(() => this.node("TH", tr, { scope: "Column" })),
          b.align,
        );
      }
      rule();
    };
    if (this.y + heightOf(header) + (rows[0] ? heightOf(rows[0]) : 0) > this.bottom) this.newPage();
    headerRow(false);
    for (const row of rows) {
      if (this.y + heightOf(row) > this.bottom) {
        this.newPage();
        headerRow(true);
      }
      const tr = this.node("TR", table);
      drawRow(
        row,
        row.map(() => this.node("TD", tr)),
        b.align,
      );
    }
    rule();
  }

  /**
   * Each column as wide as its widest line, and never narrower than its widest word or number (a table where that
   * cannot be was refused when the letter was composed); what is left of the text width goes to the widest text column.
   */
  private columnWidths(b: Block & { type: "table" }): number[] {
    const { natural, minimum } = columnExtents(b, (text, face, size) => this.measure.width(text, face, size));
    return fitColumns(natural, b.align, TEXT_WIDTH, minimum);
  }

  /** The page's artifact item of a type (one per type and page). */
  private artifact(type: "Pagination" | "Layout"): PageItem & { kind: "artifact" } {
    const items = this.items();
    const found = items.find((i): i is PageItem & { kind: "artifact" } => i.kind === "artifact" && i.type === type);
    if (found) return found;
    const item: PageItem & { kind: "artifact" } = { kind: "artifact", type, fragments: [], rules: [] };
    items.push(item);
    return item;
  }

  private closing(model: LetterModel): void {
    const bodyHeight = this.lineHeight(TYPE.body);
    const rows = Math.ceil(model.signatories.length / 2);
    // "Med hilsen" and the signatures stay together.
    const together = SPACE.closingBefore + bodyHeight + rows * (SPACE.signatureRowBefore + 2 * bodyHeight);
    this.y += SPACE.closingBefore;
    if (this.y + together > this.bottom) this.newPage();
    this.block(this.node("P", 0), [{ text: model.closing, face: "regular" }], { size: TYPE.body });
    for (let i = 0; i < model.signatories.length; i += 2) {
      this.y += SPACE.signatureRowBefore;
      const top = this.y;
      let bottom = top;
      for (const [j, s] of model.signatories.slice(i, i + 2).entries()) {
        this.y = top;
        this.block(this.node("P", 0), [{ text: `${s.name}\n${s.title}`, face: "regular" }], {
          size: TYPE.body,
          x: PAGE.marginLeft + j * (SPACE.signatureColumn + SPACE.signatureGap),
          width: SPACE.signatureColumn,
        });
        bottom = Math.max(bottom, this.y);
      }
      this.y = bottom;
    }
    if (model.electronicSignature) {
      this.y += SPACE.smallBefore;
      this.block(this.node("P", 0), [{ text: model.electronicSignature, face: "regular" }], { size: TYPE.small });
    }
    for (const list of [model.attachments, model.copies]) if (list) this.labelledList(list);
  }

  /** "Vedlegg" or "Kopi" and its lines: a label and a list, kept together. */
  private labelledList(list: LabelledLines): void {
    this.y += SPACE.smallBefore;
    const height = this.lineHeight(TYPE.small);
    if (this.y + (1 + list.lines.length) * height > this.bottom) this.newPage();
    this.block(this.node("P", 0), [{ text: list.label, face: "bold" }], { size: TYPE.small });
    const l = this.node("L", 0);
    for (const line of list.lines) this.block(this.node("LBody", this.node("LI", l)), [{ text: line, face: "regular" }], { size: TYPE.small });
  }

  /** The sender's contact data at the foot of page 1: real content (last in reading order), under an artifact rule. */
  private footer(columns: LabelledLines[][]): void {
    if (columns.length === 0) return;
    const top = PAGE.height - PAGE.marginBottom + SPACE.footerBefore;
    this.items(0).push({
      kind: "artifact",
      type: "Layout",
      fragments: [],
      rules: [{ x1: PAGE.marginLeft, y1: top, x2: PAGE.marginLeft + TEXT_WIDTH, y2: top, width: 0.5 }],
    });
    const div = this.node("Div", 0);
    const width = (TEXT_WIDTH - SPACE.footerColumnGap * (columns.length - 1)) / columns.length;
    const height = this.lineHeight(TYPE.footer, LINE.footer);
    for (const [i, sections] of columns.entries()) {
      let y = top + SPACE.footerRuleGap;
      const x = PAGE.marginLeft + i * (width + SPACE.footerColumnGap);
      for (const section of sections) {
        const node = this.node("P", div);
        const fragments: Fragment[] = [];
        for (const line of breakLines([{ text: `${section.label}\n`, face: "bold" }, ...plain(section.lines)], width, TYPE.footer, this.measure)) {
          for (const f of line.fragments) fragments.push({ text: f.text, face: f.face, size: TYPE.footer, x: x + f.x, y, width: f.width });
          y += height;
        }
        this.items(0).push({ kind: "text", node, order: this.order++, fragments });
      }
    }
  }
}

/** Lines of text as one run with hard breaks. */
function plain(lines: readonly string[]): Run[] {
  return [{ text: lines.join("\n"), face: "regular" }];
}
