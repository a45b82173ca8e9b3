// Composes one letter: a validated entry merged into a compiled template gives the format-free letter model.
import type { LetterEntry } from "../registry/letter-entry.js";
import type { LetterTemplate } from "./compile-template.js";
import { formatLongDate, toIsoDate } from "./format-date.js";
import type { RenderState } from "./handlebars-env.js";
import { LABELS } from "./labels.js";
import type { LabelledLines, LetterModel } from "./letter-model.js";
import { LiteralText } from "./literal-text.js";
import { markdownToBlocks } from "./markdown-to-blocks.js";

export function composeLetter(entry: LetterEntry, template: LetterTemplate): LetterModel {
  const labels = LABELS[entry.language];
  const literal = new LiteralText();
  const state = (): RenderState => ({
    literal,
    language: entry.language,
    blocks: entry.blocks,
    agency: entry.agency,
    mentioned: false,
  });
  const context = literal.wrapData(templateContext(entry, template.blockNames));
  const plain = (text: string) => literal.resolve(text).replace(/\s+/g, " ").trim();

  const title = plain(template.renderTitle(context, state()));
  const subject = template.renderSubject(context, state());
  const body = markdownToBlocks(template.renderBody(context, state()), (t) => literal.resolve(t));

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
  });
}

function present(value: string | undefined): string[] {
  return value === undefined ? [] : [value];
}
