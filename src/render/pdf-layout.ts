// Lays out a letter model as PDF pages: every piece of text gets its place, its face and size, and the structure
// element it belongs to (P, H1, Table, L, …); page furniture ("Side 2", rules) is marked as artifact. Pure: the
// fonts are reached only through `measure`, and the result is plain data (the tree-level tests read it).
import type { Block, Inline, LabelledLines, LetterModel } from "../compose/letter-model.js";
import { PAGE, TEXT_WIDTH, TYPE } from "./letter-style.js";
import { breakLines, type Face, type Line, type Measure, type Run } from "./pdf-lines.js";

/** A structure element of the tagged PDF, in reading order; `parent` indexes this list (the root has none). */
export interface StructNode {
  type: string;
  parent: number | null;
  /** Table header cells: what they head. */
  scope?: "Column" | "Row";
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
  link?: string;
}

export type PageItem =
  /** Text that belongs to structure element `node`. */
  | { kind: "text"; node: number; fragments: Fragment[] }
  /** Page furniture: page numbers ("Pagination") and rules ("Layout"). */
  | { kind: "artifact"; type: "Pagination" | "Layout"; fragments: Fragment[]; rules: { x1: number; y1: number; x2: number; y2: number; width: number }[] };

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
  pageNumberTop: 12 * (72 / 25.4),
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

class Layout {
  private readonly nodes: StructNode[] = [{ type: "Document", parent: null }];
  private readonly pages: PageLayout[] = [];
  private readonly outline: LetterLayout["outline"] = [];
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
    this.y = PAGE.marginTop;
    this.block(this.node("P", 0), plain(model.letterhead), { size: TYPE.letterhead, factor: LINE.letterhead, characterSpacing: 0.6 });
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

  private node(type: string, parent: number, scope?: StructNode["scope"]): number {
    this.nodes.push({ type, parent, ...(scope ? { scope } : {}) });
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
      this.current().push({
        kind: "artifact",
        type: "Pagination",
        fragments: [{ text: label, face: "regular", size: TYPE.pageNumber, x: PAGE.width - PAGE.marginRight - width, y: SPACE.pageNumberTop, width }],
        rules: [],
      });
    }
  }

  private current(): PageItem[] {
    return (this.pages[this.page] as PageLayout).items;
  }

  private get bottom(): number {
    return PAGE.height - PAGE.marginBottom;
  }

  private lineHeight(size: number, factor: number = LINE.body, face: Face = "regular"): number {
    return this.measure.lineHeight(face, size) * factor;
  }

  /**
   * Places the lines of one text block, breaking across pages where they do not fit. A block of at most `keepLines`
   * lines is kept on one page. All its lines, on every page, belong to structure element `node`.
   */
  private block(
    node: number,
    runs: Run[],
    o: { size: number; x?: number; width?: number; factor?: number; characterSpacing?: number; keepLines?: number; keepWithNext?: number },
  ): Line[] {
    const x = o.x ?? PAGE.marginLeft;
    const width = o.width ?? TEXT_WIDTH;
    const lines = breakLines(runs, width, o.size, this.measure, o.characterSpacing ?? 0);
    const height = this.lineHeight(o.size, o.factor);
    const keep = Math.max(o.keepLines ?? 3, 1);
    const needed = (lines.length <= keep ? lines.length : 2) + (o.keepWithNext ?? 0);
    if (this.y + needed * height > this.bottom && this.y > PAGE.marginTop + 1) this.newPage();
    let fragments: Fragment[] = [];
    const emit = () => {
      if (fragments.length > 0) this.current().push({ kind: "text", node, fragments });
      fragments = [];
    };
    for (const [i, line] of lines.entries()) {
      // Never leave a paragraph's last line alone at the top of a page, nor its first alone at the bottom.
      const left = lines.length - i;
      const room = Math.floor((this.bottom - this.y) / height);
      if (this.y + height > this.bottom || (i > 0 && left === 2 && room === 1 && lines.length > 3)) {
        emit();
        this.newPage();
      }
      for (const f of line.fragments) {
        fragments.push({
          text: f.text,
          face: f.face,
          size: o.size,
          x: x + f.x,
          y: this.y,
          width: f.width,
          ...(o.characterSpacing ? { characterSpacing: o.characterSpacing } : {}),
          ...(f.link ? { link: f.link } : {}),
        });
      }
      this.y += height;
    }
    emit();
    return lines;
  }

  private referenceTable(cells: LetterModel["reference"]): void {
    const table = this.node("Table", 0);
    const head = this.node("TR", table);
    const body = this.node("TR", table);
    const widths = SPACE.referenceWidths;
    let x = PAGE.marginLeft + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
    const top = this.y;
    let bottom = top;
    const headers = cells.map(() => this.node("TH", head, "Column"));
    const values = cells.map(() => this.node("TD", body));
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
        const height = this.lineHeight(TYPE.heading);
        if (this.y + (1 + nextLines) * height > this.bottom) this.newPage();
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
      case "list": {
        const list = this.node("L", 0);
        for (const [i, item] of b.items.entries()) {
          const li = this.node("LI", list);
          const label = b.ordered ? `${i + 1}.` : "\u2022";
          const labelWidth = this.measure.width(label, "regular", TYPE.body);
          const top = this.y;
          const textX = PAGE.marginLeft + SPACE.listIndent;
          const lbl = this.node("Lbl", li);
          const body = this.node("LBody", li);
          // The body decides where the item starts (it may move to the next page); the label goes beside its first line.
          const pageBefore = this.page;
          const lines = this.block(body, runs(item), { size: TYPE.body, x: textX, width: TEXT_WIDTH - SPACE.listIndent });
          const firstY = this.page === pageBefore ? top : PAGE.marginTop;
          const bodyItem = this.findFirst(body);
          if (lines.length > 0 && bodyItem) {
            bodyItem.page.splice(bodyItem.index, 0, {
              kind: "text",
              node: lbl,
              fragments: [{ text: label, face: "regular", size: TYPE.body, x: textX - SPACE.listLabelGap - labelWidth, y: firstY, width: labelWidth }],
            });
          }
          this.y += SPACE.listItemAfter;
        }
        this.y += SPACE.paragraphAfter - SPACE.listItemAfter;
        return;
      }
    }
  }

  /** The page and position of a node's first text, so a list label can be drawn (and read) just before its body. */
  private findFirst(node: number): { page: PageItem[]; index: number } | undefined {
    for (const page of this.pages) {
      const index = page.items.findIndex((item) => item.kind === "text" && item.node === node);
      if (index >= 0) return { page: page.items, index };
    }
    return undefined;
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

  /** The sender's contact data at the foot of page 1: real content (last in reading order), with an artifact rule. */
  private footer(columns: LabelledLines[][]): void {
    if (columns.length === 0) return;
    const first = this.pages[0] as PageLayout;
    const top = PAGE.height - PAGE.marginBottom + SPACE.footerBefore;
    first.items.push({
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
        const lines = breakLines([{ text: `${section.label}\n`, face: "bold" }, ...plain(section.lines)], width, TYPE.footer, this.measure);
        for (const line of lines) {
          for (const f of line.fragments) fragments.push({ text: f.text, face: f.face, size: TYPE.footer, x: x + f.x, y, width: f.width });
          y += height;
        }
        first.items.push({ kind: "text", node, fragments });
      }
    }
  }
}

/** Lines of text as one run with hard breaks. */
function plain(lines: readonly string[]): Run[] {
  return [{ text: lines.join("\n"), face: "regular" }];
}

function runs(content: readonly Inline[], base: "regular" | "bold" = "regular"): Run[] {
  return content.map((r) => {
    const bold = base === "bold" || Boolean(r.bold);
    const face: Face = bold && r.italic ? "boldItalic" : bold ? "bold" : r.italic ? "italic" : "regular";
    return { text: r.text, face };
  });
}
