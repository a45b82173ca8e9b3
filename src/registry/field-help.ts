// What each registry field means, in Norwegian (bokmål) and English: the JSON Schema's descriptions, which an editor
// shows on hover. Keyed by the field's place ("sender.name", "agencies[].name"), or by its key where it means the
// same everywhere ("date", "signatories"). A test checks that every field of the schema has its words here.

import { DEFAULT_LETTER_LANGUAGE, type LetterLanguageCode, letterLanguage, letterLanguageCodes } from "../model/languages.js";

type Help = readonly [nb: string, en: string];

/** The letters' languages (shared/letter-languages.ts): the letterhead's keys and `language:`'s values. */
const CODES = letterLanguageCodes();

/** Each language's words, listed: "a, b or c". */
function choices(words: (code: LetterLanguageCode) => string, or: string): string {
  const all = CODES.map(words);
  return all.length === 1 ? (all[0] ?? "") : `${all.slice(0, -1).join(", ")} ${or} ${all[all.length - 1]}`;
}

export const FIELD_HELP: Readonly<Record<string, Help>> = {
  dispatch: ["Utsendelsen: ett sett brev med samme tekst.", "The dispatch: one set of letters with the same text."],
  "dispatch.id": [
    "Utsendelsens id; gir mappen out/<id>/. Små bokstaver a-z, tall og bindestrek.",
    "The dispatch's id; names the folder out/<id>/. Lower-case a-z, digits and hyphens.",
  ],
  "dispatch.template": [
    "Malen brevene skrives fra: templates/<navn>.<språk>.md.hbs.",
    "The template the letters are written from: templates/<name>.<language>.md.hbs.",
  ],
  "dispatch.year": ["Året tildelingsbrevet gjelder, f.eks. 2020.", "The year of the allocation letter, e.g. 2020."],
  sender: ["Departementet som sender brevene.", "The ministry that sends the letters."],
  "sender.name": ["Departementets fulle navn.", "The ministry's full name."],
  "sender.short_name": ["Departementets forkortelse, f.eks. KMD.", "The ministry's short name, e.g. KMD."],
  "sender.letterhead": [
    `Brevhodets linjer, eller linjene per språk: { ${CODES.map((code) => `${code}: […]`).join(", ")} }.`,
    `The letterhead's lines, or its lines per language: { ${CODES.map((code) => `${code}: […]`).join(", ")} }.`,
  ],
  ...Object.fromEntries(
    CODES.map((code) => {
      const name = letterLanguage(code).name;
      const fallback = code === DEFAULT_LETTER_LANGUAGE ? undefined : letterLanguage(DEFAULT_LETTER_LANGUAGE).name;
      const help: Help = [
        `Brevhodet på ${name.nb}${fallback ? ` (ellers brukes ${fallback.nb})` : ""}.`,
        `The letterhead in ${name.en}${fallback ? ` (otherwise the ${fallback.en} one)` : ""}.`,
      ];
      return [`sender.letterhead.${code}`, help];
    }),
  ),
  "sender.logo": [
    "Logoen øverst på første side: { file: ../assets/logo.svg, alt: … }.",
    "The logo at the top of page 1: { file: ../assets/logo.svg, alt: … }.",
  ],
  "sender.logo.file": ["Bildefilen (SVG, PNG eller JPEG), sett fra registerets mappe.", "The image file (SVG, PNG or JPEG), from the registry's folder."],
  "sender.logo.alt": ["Hva logoen viser, i ord (for skjermlesere).", "What the logo shows, in words (for screen readers)."],
  "sender.postal_address": ["Postadressen i bunnteksten, én linje per element.", "The postal address in the footer, one line per item."],
  "sender.office_address": ["Kontoradressen i bunnteksten.", "The office address in the footer."],
  "sender.email": ["E-postadressen i bunnteksten.", "The e-mail address in the footer."],
  "sender.web": ["Nettadressen i bunnteksten.", "The web address in the footer."],
  "sender.phone": ["Telefonnummeret i bunnteksten.", "The phone number in the footer."],
  "sender.org_nr": [
    "Organisasjonsnummeret i bunnteksten, skrevet slik det skal stå: ni sifre, med eller uten mellomrom; kontrollsifferet sjekkes.",
    "The organisation number in the footer, as it should be printed: nine digits, with spaces or without; its check digit is checked.",
  ],
  department: ["Avdelingen som sender brevet (i bunnteksten).", "The department that sends the letter (in the footer)."],
  case_handler: ["Saksbehandleren i bunnteksten: { name: …, phone: … }.", "The case handler in the footer: { name: …, phone: … }."],
  "case_handler.name": ["Saksbehandlerens navn.", "The case handler's name."],
  "case_handler.phone": ["Saksbehandlerens telefon.", "The case handler's phone."],
  "case_handler.email": ["Saksbehandlerens e-post.", "The case handler's e-mail."],
  signatories: ["Hvem som undertegner: [{ name: …, title: … }]; ~ = ingen, med vilje.", "Who signs: [{ name: …, title: … }]; ~ = nobody, on purpose."],
  "signatories[].name": ["Navnet til den som undertegner.", "The signatory's name."],
  "signatories[].title": ["Tittelen, f.eks. ekspedisjonssjef.", "The title, e.g. ekspedisjonssjef."],
  "signatories[].by_authority": ["true: skriv «(e.f.)» etter navnet (etter fullmakt).", 'true: write "(e.f.)" after the name (by authority).'],
  copies: ["Kopimottakere, én per linje (under «Kopi»).", 'Who gets a copy, one per line (under "Kopi").'],
  attachments: ["Vedlegg, ett per linje (under «Vedlegg»).", 'Attachments, one per line (under "Vedlegg").'],
  electronic_signature: [
    "true: skriv at brevet er godkjent elektronisk og ikke har håndskrevne signaturer.",
    "true: say the letter is approved electronically and has no handwritten signatures.",
  ],
  agencies: ["Virksomhetene som får brevet, ett brev per virksomhet.", "The agencies that get the letter, one letter each."],
  "agencies[].id": [
    "Virksomhetens id; gir filnavnene out/<utsendelse>/<id>.pdf, .docx og .arkivmelding.xml.",
    "The agency's id; names the files out/<dispatch>/<id>.pdf, .docx and .arkivmelding.xml.",
  ],
  "agencies[].name": ["Virksomhetens fulle navn.", "The agency's full name."],
  "agencies[].short_name": ["Virksomhetens forkortelse, f.eks. DSS.", "The agency's short name, e.g. DSS."],
  "agencies[].naming": [
    "Hvordan virksomheten omtales i teksten: name, short_name eller name_then_short_name (fullt navn først, så forkortelsen).",
    "How the text names the agency: name, short_name or name_then_short_name (the full name first, then the short one).",
  ],
  "agencies[].address": [
    "Mottakerens adresse, én linje per element; ~ = ingen, med vilje.",
    "The recipient's address, one line per item; ~ = none, on purpose.",
  ],
  "agencies[].our_ref": ["Vår referanse (saksnummer); ~ = ingen, med vilje.", "Our reference (case number); ~ = none, on purpose."],
  "agencies[].your_ref": ["Deres referanse; ~ = ingen.", "Your reference; ~ = none."],
  "agencies[].blocks": [
    'Tekst bare for dette brevet, der malen har {{#block "navn"}}.',
    'Text for this letter only, where the template has {{#block "name"}}.',
  ],
  "agencies[].org_nr": [
    "Virksomhetens organisasjonsnummer (Enhetsregisteret): ni sifre, med eller uten mellomrom, f.eks. 974 760 673; kontrollsifferet sjekkes. Står i arkivmeldingen, ikke i brevet.",
    "The agency's organisation number (Enhetsregisteret): nine digits, with spaces or without, e.g. 974 760 673; its check digit is checked. In the arkivmelding, not in the letter.",
  ],
  archive: [
    "Opplysninger til sak-/arkivsystemet (journalføringen), som ikke står i brevet; virksomhetens nøkler går foran utsendelsens (~ = ingen for denne virksomheten).",
    "Details for the case and archive system (the journal) that the letter does not show; the agency's keys go before the dispatch's (~ = none for this agency).",
  ],
  "archive.system": [
    "Navnet på sak-/arkivsystemet, f.eks. Elements, Public 360 eller ePhorte.",
    "The case and archive system's name, e.g. Elements, Public 360 or ePhorte.",
  ],
  "archive.journalenhet": ["Journalenheten brevet journalføres i.", "The journal unit (journalenhet) the letter is journaled in."],
  "archive.dokumenttype": ["Dokumenttypen i journalen; «Utgående brev» hvis ikke oppgitt.", 'The document type in the journal; "Utgående brev" unless given.'],
  "archive.public_title": [
    "Tittelen i offentlig journal (eInnsyn), når den skal være en annen enn brevets tittel.",
    "The title in the public journal (eInnsyn), when it is to differ from the letter's title.",
  ],
  "archive.screening": [
    "Hjemmelen når brevet er delvis unntatt offentlighet, f.eks. «Offl. § 13 jf. fvl. § 13»; uten public_title skjermes da mottakerens navn i offentlig tittel.",
    'The legal basis when the letter is exempt in part, e.g. "Offl. § 13 jf. fvl. § 13"; without a public_title, the recipient\'s name is then screened in the public title.',
  ],
  date: ["Brevets dato, ÅÅÅÅ-MM-DD (f.eks. 2020-10-30).", "The letter's date, YYYY-MM-DD (e.g. 2020-10-30)."],
  deadline: ["Fristen, ÅÅÅÅ-MM-DD; {{short-date deadline}} i malen.", "The deadline, YYYY-MM-DD; {{short-date deadline}} in the template."],
  addendum: ["Tilleggets nummer: «Tillegg nr. 3».", 'The addendum\'s number: "Tillegg nr. 3".'],
  year: ["Året tildelingsbrevet gjelder.", "The year of the allocation letter."],
  language: [
    `Språket brevet skrives på: ${choices((code) => `${code} (${letterLanguage(code).name.nb})`, "eller")}.`,
    `The letter's language: ${choices((code) => `${code} (${letterLanguage(code).name.en})`, "or")}.`,
  ],
  fields: [
    "Egne verdier for malen ({{fields.navn}}); virksomhetens går foran utsendelsens.",
    "Your own values for the template ({{fields.name}}); the agency's go before the dispatch's.",
  ],
};

/** The help for a field at a place ("agencies[].signatories[].name"), most specific first. */
export function helpFor(place: string): Help | undefined {
  const parts = place.split(".");
  for (let i = 0; i < parts.length; i++) {
    const found = FIELD_HELP[parts.slice(i).join(".")];
    if (found) return found;
  }
  return undefined;
}

export function helpText([nb, en]: Help): string {
  return `${nb}\n\n(en) ${en}`;
}
