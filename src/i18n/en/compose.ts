// The words of src/compose, in English (the reference: nb and nn have every entry with the same parameters).
// The letters' own words (labels, dates, "kroner") are not here: they are Norwegian whatever the run's language.
import type { Section } from "../entry.js";

/** brev's template helpers, by name. */
export type Helper = "long-date" | "short-date" | "genitive" | "agency" | "block" | "number" | "kroner" | "sum";

/** What a helper was given instead of what it needs. */
export type Got = { got: "text"; text: string } | { got: "number"; text: string } | { got: "group" } | { got: "nothing" } | { got: "notAList" };

/** What to say after "… is not a field this letter has". `of` is the group asked ("agency"; "" for the letter). */
export type FieldHint =
  | { kind: "none" }
  | { kind: "meant"; path: string; given: boolean }
  | { kind: "notGiven"; path: string }
  | { kind: "fields"; of: string; fields: string[]; more: number }
  | { kind: "empty"; of: string }
  | { kind: "text"; of: string }
  | { kind: "list"; of: string };

const usage = (helper: Helper): string =>
  ({
    "long-date": "long-date needs a date, e.g. {{long-date date}}",
    "short-date": "short-date needs a date, e.g. {{short-date deadline}}",
    genitive: "genitive needs a name, e.g. {{genitive (agency)}}",
    agency: "agency takes nothing: write {{agency}}",
    block: 'block needs a name in quotes and an end, e.g. {{#block "status"}}default text{{/block}}',
    number: "number needs a number, e.g. {{number fields.belop}}",
    kroner: "kroner needs a number, e.g. {{kroner fields.belop}}",
    sum: 'sum needs a list and the name of the number in it, e.g. {{kroner (sum fields.rader "belop")}}',
  })[helper];

const fieldHint = (h: FieldHint): string | undefined => {
  const of = (o: string) => (o === "" ? "this letter" : o);
  switch (h.kind) {
    case "none":
      return undefined;
    case "meant":
      return h.given ? `did you mean ${h.path}?` : `did you mean ${h.path}? This letter has none: the registry does not give it`;
    case "notGiven":
      return `the registry gives this letter no ${h.path}; give it there, or write {{#if ${h.path}}}…{{/if}} around it`;
    case "fields":
      return `${of(h.of)} has: ${h.fields.join(", ")}${h.more > 0 ? `, and ${h.more} more` : ""}`;
    case "empty":
      return `${of(h.of)} has no fields`;
    case "text":
      return `${of(h.of)} is a text, with no fields under it`;
    case "list":
      return `${of(h.of)} is a list: go through it with {{#each ${h.of}}}…{{/each}} and use the fields of its items inside`;
  }
};

export const compose = {
  // Template files (template-store.ts)
  noTemplate: (p: { name: string; language: string; file: string }) => `no template "${p.name}" in language "${p.language}" (looked for ${p.file})`,
  templateTooLarge: (p: { kb: number }) => `the template is larger than ${p.kb} KB`,
  templateOutside: (p: { file: string }) => ({
    message: `${p.file} leads outside the project folder (it is, or goes through, a link); brev reads only templates inside the project`,
    hint: "copy the template into the project's templates/ folder instead of linking to it",
  }),
  templateSpecial: (p: { file: string; kind: string }) =>
    `${p.file} is a ${p.kind === "pipe" ? "named pipe" : p.kind === "special" ? "special file" : p.kind}, not a template file`,
  templateNotUtf8: () => "the template is not UTF-8 text",
  cannotReadTemplate: (p: { file: string; reason: string }) => `cannot read ${p.file}: ${p.reason}`,
  startTemplate: (p: { template: string; language: string }) => `start it with: brev new --template ${p.template} --language ${p.language}`,

  // Reading a template (compile-template.ts, check-template.ts)
  noFrontMatter: () => "the template must start with front matter (--- title: … ---)",
  frontMatterYaml: (p: { detail: string }) => `front matter: ${p.detail}`,
  noTitle: () => "front matter needs a title",
  tooDeepToRead: () => "the template is nested too deeply to read",
  endsInsideBlock: () => "syntax error: the template ends inside a block ({{#…}} without its {{/…}})",
  /** `detail` is Handlebars' own (English) account of what it expected. */
  syntaxError: (p: { detail: string }) => `syntax error: ${p.detail}`,
  /** What Handlebars says of a template brev does not foresee, in Handlebars' own English. */
  handlebars: (p: { detail: string }) => p.detail,
  unknownHelper: (p: { name: string; helpers: readonly string[] }) => `unknown helper "${p.name}" (helpers: ${p.helpers.join(", ")})`,
  badCharacter: (p: { what: string; name: string }) => `the template contains ${p.what} (${p.name}), which a letter cannot carry; delete it`,
  undrawable: (p: { character: string; name: string; written: string | undefined }) =>
    `the template has ${p.character} (${p.name})${p.written ? ` written as ${p.written}` : ""}, which the letter's font cannot draw; write it without that character`,
  blocksTooDeep: (p: { max: number; subexpressions: boolean }) =>
    `${p.subexpressions ? "blocks or (…)" : "blocks"} are nested more than ${p.max} deep here; a letter needs far fewer`,
  climbsAboveLetter: (p: { written: string; inside: string; scopes: number }) => ({
    message: `{{${p.written}}}: each ../ steps out of one {{#each}} or {{#with}}, and ${
      p.scopes === 0
        ? "no {{#each}} or {{#with}} is around it"
        : p.scopes === 1
          ? "only one {{#each}} or {{#with}} is around it"
          : `only ${p.scopes} {{#each}} or {{#with}} blocks are around it`
    }, so this goes above the letter`,
    hint: `write ${p.inside} without ../ here`,
  }),
  partial: () => "{{> …}}: a template cannot include other files; write the text here",
  helperUsage: (p: { helper: Helper }) => usage(p.helper),
  lookupUsage: () => 'lookup needs a group or list and a name, e.g. {{lookup fields "belop"}}',

  // Rendering a letter (handlebars-env.ts, compose-letter.ts, literal-text.ts)
  helperGot: (p: { helper: Helper } & Got) => {
    const got =
      p.got === "text" || p.got === "number"
        ? `got ${JSON.stringify(p.text)}`
        : p.got === "group"
          ? "got a list or group"
          : p.got === "nothing"
            ? "got nothing to put in the genitive"
            : "the first argument is not a list";
    const hint =
      p.got === "number" || p.got === "group" ? "write the number in the registry in digits, e.g. belop: 3500000 or belop: 12.5 (no spaces, no kr)" : undefined;
    return { message: `${usage(p.helper)}; ${got}`, hint };
  },
  unknownField: (p: { path: string; hint: FieldHint }) => ({ message: `"${p.path}" is not a field this letter has`, hint: fieldHint(p.hint) }),
  notText: (p: { path: string; list: boolean }) =>
    `${p.path || "this"} is ${p.list ? "a list" : "a group of fields"}, which cannot be printed as text; use {{#each ${p.path}}}…{{/each}}, or one of its fields`,
  eachTooMuch: (p: { runs: number; characters: number }) => ({
    message: `the {{#each}} blocks here run more than ${p.runs.toLocaleString("en")} times or make more than ${p.characters.toLocaleString("en")} characters for one letter`,
    hint: "a letter cannot be that long; do not put an {{#each}} over a long list inside another {{#each}}",
  }),
  letterTooDeep: () => ({
    message: "this letter is nested too deeply to compose",
    hint: "write the template and the agency's blocks with fewer levels of blocks, lists, bold and links",
  }),

  // Which letters a template problem stopped, and an agency's blocks (prepare-letters.ts)
  inLetters: (p: { message: string; count: number; named: readonly string[]; more: number }) =>
    `${p.message} (in ${p.count === 1 ? "1 letter" : `${p.count} letters`}: ${p.named.join(", ")}${p.more > 0 ? ` and ${p.more} more` : ""})`,
  inBlock: (p: { path: string; message: string }) => `${p.path}: ${p.message}`,
  noSuchBlock: (p: { id: string; file: string; name: string; suggestion: string | undefined; blocks: readonly string[] }) => ({
    message: `${p.id}: template ${p.file} has no block "${p.name}"`,
    hint: p.suggestion ? `did you mean "${p.suggestion}"?` : `its blocks: ${p.blocks.join(", ") || "none"}`,
  }),

  // Markdown that letters do not use (markdown-to-blocks.ts, markdown-nesting.ts, table-fit.ts)
  markdownTooDeepToRead: () => ({
    message: "the Markdown here is nested too deeply to read",
    hint: "write it with fewer levels of lists, quotes, bold, italic and links",
  }),
  markdownTooDeep: (p: { depth: number; max: number }) => ({
    message: `the Markdown here is nested ${p.depth} levels deep (lists or quotes); a letter allows at most ${p.max}`,
    hint: "letters use a list inside a list at most, and no quotations (>); write the text with fewer levels",
  }),
  inlineTooDeep: (p: { max: number }) => ({
    message: `bold, italic and links are nested more than ${p.max} deep here (too many *, _, ~ or [ opened before they are closed)`,
    hint: "close each ** or _ before opening the next; to print the characters themselves, write \\* \\_ \\~ or \\[",
  }),
  headingTooDeep: (p: { marks: string }) => ({
    message: `a heading with ${p.marks} is deeper than a letter's headings`,
    hint: "use # for a numbered section, ## for a sub-heading",
  }),
  quotation: () => ({
    message: "a quotation (lines starting with >) is not used in letters",
    hint: "write it as an ordinary paragraph, with the quotation in «…»",
  }),
  codeBlock: () => ({
    message: "a code block (``` or an indentation of four spaces) is not used in letters",
    hint: "write it as an ordinary paragraph, without the indentation",
  }),
  rule: () => ({ message: "a line (---) is not used in letters", hint: "leave it out; a new section starts with #" }),
  linkDefinition: () => ({
    message: "a link definition ([name]: address) is not used in letters",
    hint: "write the link where it is used: [text](https://…)",
  }),
  otherMarkdown: (p: { type: string; inline: boolean }) => ({
    message: `this Markdown (${p.type}) is not used in letters`,
    hint: p.inline ? "write text, **bold**, _italic_ and [links](https://…)" : "write paragraphs, lists, tables, **bold**, _italic_ and [links](https://…)",
  }),
  checklist: () => ({ message: "a checklist ([ ] or [x]) is not used in letters", hint: "write an ordinary list: - item" }),
  listTooDeep: () => ({ message: "lists nest one level deep in letters", hint: "write the deeper points as items of the inner list" }),
  listItemContent: () => ({ message: "a list item holds text and at most a list", hint: "write the rest as a paragraph after the list" }),
  linkScheme: (p: { address: string }) => ({
    message: `a link must go to an https, http or mailto address, not "${p.address}"`,
    hint: "write the whole address, e.g. [Regjeringen](https://www.regjeringen.no)",
  }),
  linkHidden: (p: { name: string; at: number }) => ({
    message: `a link's address cannot hold spaces or invisible characters, and this one has ${p.name} at character ${p.at}`,
    hint: "type the address again by hand (an invisible character, such as a direction mark, can make it read as another address)",
  }),
  brokenLink: () => ({
    message: "this looks like a link, but it cannot be read as one",
    hint: "write the text in [ ] and the whole address right after it in ( ), with no spaces: [Regjeringen](https://www.regjeringen.no)",
  }),
  image: () => ({
    message: "an image in the text is not used in letters",
    hint: "the logo goes in the registry (sender.logo); leave other images out",
  }),
  codeSpan: () => ({ message: "code (`…`) is not used in letters", hint: "write it as ordinary text, without the backticks" }),
  strikethrough: () => ({ message: "struck-through text (~~…~~) is not used in letters", hint: "leave the text out instead" }),
  html: (p: { tag: string }) => ({
    message: `HTML is not used in letters: ${p.tag}`,
    hint: "write the text without tags: **bold**, _italic_, [text](https://…) for a link",
  }),
  tableFirstColumnTooWide: () => ({
    message: "this table's first column is wider than the letter: a word or number in it is too long to fit across the page",
    hint: "shorten the longest word or number in the table's first column",
  }),
  tableTooWide: (p: { columns: number; fit: number }) => ({
    message: `this table has ${p.columns} columns, but only its first ${p.fit} fit across the letter`,
    hint: "split it into narrower tables, or shorten the longest words and numbers in its cells",
  }),
} satisfies Section;
