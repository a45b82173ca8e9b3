// Composes one letter: a validated entry merged into a compiled template gives the format-free letter model.
import type { LetterEntry } from "../registry/letter-entry.js";
import { didYouMean } from "../shared/did-you-mean.js";
import type { LetterTemplate } from "./compile-template.js";
import { formatLongDate, toIsoDate } from "./format-date.js";
import type { RenderState } from "./handlebars-env.js";
import { LABELS } from "./labels.js";
import type { Block, LabelledLines, LetterModel } from "./letter-model.js";
import { LiteralText, NotTextError } from "./literal-text.js";
import { MarkdownError, markdownToBlocks } from "./markdown-to-blocks.js";
import type { TableMeasure } from "./table-fit.js";
import { TemplateError } from "./template-error.js";

/** What composing needs besides the entry and the template: facts about assets that renderers will draw. */
export interface ComposeAssets {
  /** The sender's logo, as loaded once per run: its hash (renderers find the image by it) and size in pixels. */
  logo?: { image: string; width: number; height: number };
  /** How many of a table's columns fit across the letter (from the renderers' geometry and font): a wider one is refused. */
  measureTable?: TableMeasure;
}

export function composeLetter(entry: LetterEntry, template: LetterTemplate, assets: ComposeAssets = {}): LetterModel {
  const labels = LABELS[entry.language];
  const literal = new LiteralText();
  const state = (): RenderState => ({
    literal,
    language: entry.language,
    blocks: entry.blocks,
    agency: entry.agency,
    mentioned: false,
  });
  const fields = templateContext(entry, template.blockNames);
  const context = literal.wrapData(fields);
  const plain = (text: string) =>
    notTextAsTemplateError(() => literal.resolve(text), template)
      .replace(/\s+/g, " ")
      .trim();
  const render = <T>(part: () => T): T => withFieldHint(() => notTextAsTemplateError(part, template), fields);

  const title = plain(render(() => template.renderTitle(context, state())));
  const subject = render(() => template.renderSubject(context, state()));
  const markdown = render(() => template.renderBody(context, state()));
  let body: Block[];
  try {
    body = markdownToBlocks(markdown, (t) => literal.resolve(t), assets.measureTable);
  } catch (e) {
    // A list or group printed in the body: found by where its token stands in the rendered text.
    if (e instanceof NotTextError) throw template.locate(markdown, new MarkdownError(e.message, Math.max(0, markdown.indexOf(e.token)), "", e.path));
    // Something the template (or an agency's block) built that letters do not use: found where it comes from.
    if (e instanceof MarkdownError) throw template.locate(markdown, e);
    throw e;
  }

  const { sender } = entry;
  const footer: LabelledLines[][] = [
    [{ label: labels.postalAddress, lines: [...sender.postal_address, ...present(sender.email)] }],
    [{ label: labels.officeAddress, lines: [...sender.office_address, ...present(sender.web)] }],
    [...(sender.phone ? [{ label: labels.phone, lines: [sender.phone] }] : []), ...(sender.org_nr ? [{ label: labels.orgNr, lines: [sender.org_nr] }] : [])],
    sender.department ? [{ label: labels.department, lines: [sender.department] }] : [],
    sender.case_handler ? [{ label: labels.caseHandler, lines: [sender.case_handler.name, ...present(sender.case_handler.phone)] }] : [],
  ].filter((column) => column.length > 0 && column.some((section) => section.lines.length > 0));

  const signed = entry.signatories.length > 0;
  return {
    meta: {
      title,
      subject: subject ? plain(subject) : title,
      author: sender.name,
      language: labels.tag,
      date: entry.date,
      references: {
        dispatch: entry.dispatchId,
        recipient: entry.agency.name,
        ...(entry.our_ref !== undefined ? { our_ref: entry.our_ref } : {}),
        ...(entry.your_ref !== undefined ? { your_ref: entry.your_ref } : {}),
      },
    },
    letterhead: sender.letterhead,
    ...(sender.logo && assets.logo ? { logo: { ...assets.logo, alt: sender.logo.alt } } : {}),
    recipient: [entry.agency.name, ...entry.agency.address],
    reference: [
      { label: labels.yourRef, value: entry.your_ref ?? "" },
      { label: labels.ourRef, value: entry.our_ref ?? "" },
      { label: labels.date, value: formatLongDate(entry.date, entry.language) },
    ],
    title,
    body,
    closing: labels.closing,
    signatories: entry.signatories.map((s) => ({ name: s.by_authority ? `${s.name} ${labels.byAuthority}` : s.name, title: s.title })),
    ...(signed && entry.electronic_signature ? { electronicSignature: labels.electronicSignature } : {}),
    ...(entry.attachments.length > 0 ? { attachments: { label: labels.attachments, lines: entry.attachments } } : {}),
    ...(entry.copies.length > 0 ? { copies: { label: labels.copies, lines: entry.copies } } : {}),
    footer,
    pageLabel: labels.page,
  };
}

/**
 * The fields a template can use, by the registry's own names. Optional fields that are absent are left out, so
 * strict mode names them.
 */
function templateContext(entry: LetterEntry, blockNames: readonly string[]): Record<string, unknown> {
  const { agency, sender } = entry;
  const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return defined({
    dispatch: { id: entry.dispatchId },
    language: entry.language,
    year: entry.year,
    addendum: entry.addendum,
    date: toIsoDate(entry.date),
    deadline: entry.deadline ? toIsoDate(entry.deadline) : undefined,
    our_ref: entry.our_ref,
    your_ref: entry.your_ref,
    sender: defined({ name: sender.name, short_name: sender.short_name, department: sender.department }),
    agency: defined({
      id: agency.id,
      name: agency.name,
      short_name: agency.short_name,
      // The name a title uses: the short name only for an agency always called by it.
      display_name: agency.naming === "short_name" && agency.short_name ? agency.short_name : agency.name,
    }),
    blocks: Object.fromEntries(blockNames.map((name) => [name, entry.blocks[name] ?? ""])),
    fields: entry.fields,
  });
}

/** A list or group printed as text: a template error (at the body's start; the value itself has no line). */
function notTextAsTemplateError<T>(part: () => T, template: LetterTemplate): T {
  try {
    return part();
  } catch (e) {
    if (e instanceof NotTextError) throw new TemplateError(e.message, template.bodyLine, 1);
    throw e;
  }
}

/** A field the template asks for that the letter lacks: say which fields it has, or which one was meant. */
function withFieldHint<T>(part: () => T, context: Record<string, unknown>): T {
  try {
    return part();
  } catch (e) {
    if (!(e instanceof TemplateError) || !e.field) throw e;
    const known = fieldPaths(context);
    const leaf = (p: string) => p.split(".").pop() ?? p;
    const suggestion = didYouMean(e.field, known.map(leaf));
    const meant = suggestion ? known.find((p) => leaf(p) === suggestion) : undefined;
    const fieldNames = known.filter((p) => p.startsWith("fields.")).map(leaf);
    const hint = meant ? `did you mean ${meant}?` : fieldNames.length > 0 ? `this letter's fields: ${fieldNames.join(", ")}` : undefined;
    throw new TemplateError(e.message, e.line, e.col, hint, e.field);
  }
}

/** The names a template can use, two levels deep ("year", "agency.name", "fields.belop"). */
function fieldPaths(context: Record<string, unknown>): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(context)) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) for (const inner of Object.keys(value)) paths.push(`${key}.${inner}`);
    else paths.push(key);
  }
  return paths;
}

function present(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}
