// The same letter, as Typst source: the bench's anchor (Typst making the same letter text as brev's PDF).
// Reads brev's letter model; every text goes in as a string literal, so nothing in it is Typst markup.

const str = (text) => JSON.stringify(text);
const inline = (runs) =>
  runs
    .map((r) => {
      let t = `text(${str(r.text)})`;
      if (r.bold) t = `strong(${t})`;
      if (r.italic) t = `emph(${t})`;
      if (r.link) t = `link(${str(r.link)}, ${t})`;
      return t;
    })
    .join(" + ") || "[]";

function block(b) {
  switch (b.type) {
    case "heading":
      return `#heading(level: ${b.level}, ${b.number ? `${str(`${b.number} `)} + ` : ""}${inline(b.content)})`;
    case "paragraph":
      return `#par(${inline(b.content)})`;
    case "list": {
      const kind = b.ordered ? "enum" : "list";
      const items = b.items.map((i) => {
        const sub = i.sublist ? ` + ${i.sublist.ordered ? "enum" : "list"}(${i.sublist.items.map((s) => inline(s.content)).join(", ")})` : "";
        return `${inline(i.content)}${sub}`;
      });
      return `#${kind}(${items.join(", ")})`;
    }
    case "table": {
      const cells = [`table.header(${b.header.map(inline).join(", ")})`];
      for (const row of b.rows) cells.push(...row.map(inline));
      return `#table(columns: ${b.align.length}, align: (${b.align.join(", ")},), ${cells.join(", ")})`;
    }
  }
}

/** `logo`: the logo's file, as a path from the Typst workspace's root ("/assets/logo.svg"), when the letter has one. */
export function typstLetter(m, logo) {
  const lines = [
    `#set document(title: ${str(m.meta.title)}, author: ${str(m.meta.author)})`,
    `#set page(paper: "a4", margin: (left: 25mm, right: 20mm, top: 20mm, bottom: 25mm), footer: context if counter(page).get().first() > 1 [${str(m.pageLabel)} #counter(page).display()])`,
    `#set text(font: "Arimo", size: 11pt, lang: "${m.meta.language.slice(0, 2)}")`,
    `#set heading(numbering: none)`,
    `#show heading: set text(size: 11pt)`,
    ...(m.logo && logo ? [`#place(top + left, dx: -18mm, image(${str(logo)}, height: 20mm, alt: ${str(m.logo.alt)}))`] : []),
    ...m.letterhead.map((l) => `#text(size: 13pt, ${str(l)}) \\`),
    `#v(12mm)`,
    ...m.recipient.map((l) => `#text(${str(l)}) \\`),
    `#v(8mm)`,
    `#table(columns: ${m.reference.length}, stroke: none, ${m.reference.map((r) => `text(size: 8pt, ${str(r.label)})`).join(", ")}, ${m.reference.map((r) => str(r.value)).join(", ")})`,
    `#heading(level: 1, text(size: 13pt, ${str(m.title)}))`,
    ...m.body.map(block),
    `#par(${str(m.closing)})`,
    ...m.signatories.map((s) => `#text(${str(s.name)}) \\ #text(${str(s.title)})`),
    ...(m.electronicSignature ? [`#par(${str(m.electronicSignature)})`] : []),
    ...(m.attachments ? [`#par(strong(${str(m.attachments.label)}))`, ...m.attachments.lines.map((l) => `#text(${str(l)}) \\`)] : []),
    ...(m.copies ? [`#par(strong(${str(m.copies.label)}))`, ...m.copies.lines.map((l) => `#text(${str(l)}) \\`)] : []),
    `#v(1fr)`,
    `#grid(columns: ${m.footer.length}, gutter: 4mm, ${m.footer.map((col) => `[${col.map((s) => `#text(size: 7pt, strong(${str(s.label)})) \\ ${s.lines.map((l) => `#text(size: 7pt, ${str(l)})`).join(" \\ ")}`).join(" \\ ")}]`).join(", ")})`,
  ];
  return `${lines.join("\n")}\n`;
}
