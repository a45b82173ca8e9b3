// Composes one letter: a validated entry merged into a compiled template gives the format-free letter model.

import type { Block, LabelledLines, LetterModel } from "../model/letter-model.js";
import type { LetterEntry } from "../registry/letter-entry.js";
import type { LetterTemplate } from "./compile-template.js";
import { formatLongDate, toIsoDate } from "./format-date.js";
import type { FieldMiss, RenderState } from "./handlebars-env.js";
import { LABELS } from "./labels.js";
import { LiteralText, NotTextError } from "./literal-text.js";
import { MarkdownError, markdownToBlocks } from "./markdown-to-blocks.js";
import type { TableMeasure } from "./table-fit.js";
import { TemplateError } from "./template-error.js";
import { unknownFieldSaid } from "./unknown-field.js";

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
  const misses: FieldMiss[] = [];
  const state = (): RenderState => ({
    literal,
    language: entry.language,
    blocks: entry.blocks,
    agency: entry.agency,
    mentioned: false,
    misses,
  });
  const context = literal.wrapData(templateContext(entry, template.blockNames)) as Record<string, unknown>;
  const plain = (text: string) =>
    notTextAsTemplateError(() => literal.resolve(text), template)
      .replace(/\s+/g, " ")
      .trim();
  // Every part is rendered, and every field missing in any of them said, before anything else is.
  const missing = (also: TemplateError[] = []) => {
    const found = new Map<string, TemplateError>();
    for (const miss of misses) {
      const key = `${miss.line}:${miss.col}:${miss.written ?? miss.name}`;
      if (!found.has(key))
        found.set(
          key,
          new TemplateError(
            unknownFieldSaid(miss, context, (v) => literal.pathOf(v)),
            miss.line ?? 1,
            miss.col ?? 1,
          ),
        );
    }
    const all = [...found.values(), ...also];
    const [first, ...rest] = all;
    return first ? new TemplateError(first.said, first.line, first.col, rest) : undefined;
  };
  const render = <T>(part: () => T): T => {
    try {
      return notTextAsTemplateError(part, template);
    } catch (e) {
      if (e instanceof TemplateError) throw missing([e]) ?? e;
      throw e;
    }
  };

  const renderedTitle = render(() => template.renderTitle(context, state()));
  const subject = render(() => template.renderSubject(context, state()));
  const markdown = render(() => template.renderBody(context, state()));
  const unknown = missing();
  if (unknown) throw unknown;
  const title = plain(renderedTitle);
  let body: Block[];
  try {
    body = markdownToBlocks(markdown, (t) => literal.resolve(t), assets.measureTable);
  } catch (e) {
    // A list or group printed in the body: found by where its token stands in the rendered text.
    if (e instanceof NotTextError) throw template.locate(markdown, new MarkdownError(e.said, Math.max(0, markdown.indexOf(e.token)), e.path));
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
      archive: {
        agency: entry.agency.id,
        ...(entry.archive.system !== undefined ? { system: entry.archive.system } : {}),
        ...(entry.archive.journalenhet !== undefined ? { journalenhet: entry.archive.journalenhet } : {}),
        dokumenttype: entry.archive.dokumenttype ?? "Utgående brev",
        ...(entry.archive.public_title !== undefined ? { publicTitle: entry.archive.public_title } : {}),
        ...(entry.archive.screening !== undefined ? { screening: entry.archive.screening } : {}),
        ...(sender.department !== undefined ? { department: sender.department } : {}),
        ...(sender.case_handler !== undefined ? { caseHandler: sender.case_handler.name } : {}),
        recipientName: entry.agency.name,
        ...(entry.agency.short_name !== undefined ? { recipientShortName: entry.agency.short_name } : {}),
        recipientAddress: entry.agency.address,
        ...(entry.agency.org_nr !== undefined ? { recipientOrgNr: entry.agency.org_nr } : {}),
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
    if (e instanceof NotTextError) throw new TemplateError(e.said, template.bodyLine, 1);
    throw e;
  }
}

function present(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}
