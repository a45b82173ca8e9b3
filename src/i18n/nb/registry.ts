// The words of src/registry, in bokmål.

import type { registry as en } from "../en/registry.js";
import { count, type Translation } from "../entry.js";

const MAPPING_NAMES: Record<string, string> = {
  signatories: "en underskriver",
  case_handler: "en saksbehandler",
  logo: "logoen",
  sender: "avsenderen",
  dispatch: "utsendingen",
  agencies: "en virksomhet",
  letterhead: "brevhodet",
  archive: "arkivopplysningene",
  rader: "en rad",
};

const KINDS: Record<string, string> = { string: "tekst", number: "et tall", boolean: "true eller false", date: "en dato som ÅÅÅÅ-MM-DD" };

const and = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`);
const or = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} eller ${items[items.length - 1]}`);
const mb = (bytes: number) => (bytes / 1048576).toFixed(1).replace(".", ",");

export const registry: Translation<typeof en> = {
  yamlTab: () => ({ message: "YAML: tabulator kan ikke brukes til innrykk", hint: "rykk inn med mellomrom, ikke tabulator" }),
  yamlDuplicateKey: () => ({ message: "YAML: samme nøkkel står to ganger", hint: "hver nøkkel kan stå bare én gang på samme nivå" }),
  yamlColonInValue: (p) => ({
    message: "YAML: en verdi med kolon i må stå i anførselstegn",
    hint: `sett verdien i anførselstegn: ${p.key}: ${p.quoted}`,
  }),
  yamlNoSpaceAfterColon: (p) => ({ message: "YAML: en nøkkel må ha mellomrom etter kolonet", hint: `skriv ${p.key}: ${p.value}` }),
  yamlMissingColon: (p) => ({ message: `YAML: mangler kolon etter \`${p.key}\`?`, hint: `skriv \`${p.key}: ${p.value}\`` }),
  yamlUnclosed: (p) =>
    p.kind === "list"
      ? { message: "YAML: en liste i [ ] er ikke lukket", hint: "avslutt den med ] på samme linje" }
      : { message: "YAML: en gruppe i { } er ikke lukket", hint: "avslutt den med } på samme linje" },
  yamlOutOfLine: () => ({
    message: "YAML: denne linjen er ikke rykket inn som linjene rundt",
    hint: "sett hver nøkkel rett under nøkkelen over, med mellomrom",
  }),
  yamlNotLinedUp: (p) => ({
    message: `YAML: «${p.key}» står ikke rett under nøkkelen over`,
    hint: `sett ${p.key}: rett under ${p.above}: (kolonne ${p.column}), eller rykk den inn under en nøkkel som slutter med kolon`,
  }),
  yamlOther: (p) => `YAML: ${p.detail}`,
  yamlUnknownAnchor: (p) => ({
    message: `YAML: *${p.name} viser til et anker &${p.name} som ikke er definert før denne linjen`,
    hint: `definer det først, for eksempel under en x-nøkkel øverst: x-defaults: &${p.name} { … }`,
  }),
  yamlAliasValues: (p) => ({
    message: `YAML: aliasene (*navn) i denne filen blir til mer enn ${count(p.max, "nb")} verdier`,
    hint: "et alias som gjentar et anker som selv har alias, ganger seg opp; skriv ut det som gjentas, eller del det på ett nivå",
  }),
  yamlAliasCharacters: (p) => ({
    message: `YAML: aliasene (*navn) i denne filen gjentar mer enn ${count(p.max, "nb")} tegn tekst`,
    hint: "et alias gjentar all teksten i ankeret sitt; skriv teksten ut én gang, eller del en kortere del",
  }),
  notARegistryYaml: (p) => ({
    message: `dette ser ikke ut som et brevregister (det har ${p.errors} YAML-feil, og ingen dispatch:, sender: eller agencies:)`,
    hint: "sjekk at du har oppgitt riktig fil; et register er YAML med dispatch:, sender: og agencies:",
  }),
  tooManyValues: (p) => ({
    message: `registeret har mer enn ${count(p.max, "nb")} verdier (hvert komma, kolon, bindestrek og hver linje telles); brev leser høyst så mange fra én fil`,
    hint: "del registeret i ett register per utsending, eller i flere mindre",
  }),
  nestedTooDeep: (p) => ({
    message: `lister og grupper ligger mer enn ${p.max} nivåer inni hverandre her; et register trenger bare noen få nivåer`,
    hint: "lukk klammene [ ] og krøllparentesene { } du har åpnet, og rykk inn hvert nivå med bare noen få mellomrom",
  }),

  notText: () => ({
    message: "filen er ikke tekst (den har rekker av nullbyte); et register er en tekstfil",
    hint: "sjekk at du har oppgitt riktig fil; et register er YAML-tekst lagret som UTF-8",
  }),
  utf16: () => ({ message: "filen er UTF-16-tekst, ikke UTF-8", hint: "lagre den som UTF-8 (i Notisblokk: Lagre som, Koding: UTF-8)" }),
  notUtf8: () => ({ message: "filen er ikke UTF-8-tekst", hint: "lagre den som UTF-8 (i Notisblokk: Lagre som, Koding: UTF-8)" }),
  tooLarge: (p) => ({
    message: `filen er ${mb(p.bytes)} MB; et register kan være høyst ${p.maxBytes / 1048576} MB`,
    hint: "del utsendingen i flere registre",
  }),
  outsideProject: () => ({
    message: "registeret fører ut av prosjektmappen (det er, eller går gjennom, en lenke); brev leser bare registre inne i prosjektet",
    hint: "kopier registeret inn i prosjektets data/-mappe i stedet for å lenke til det",
  }),

  noRegistryHere: () => "fant ikke noe register her; kjør brev init eller oppgi en registerfil",
  noRegistryIn: (p) => `ingen registre i ${p.folder} (forventet *.yaml-filer); start et med: brev new <utsendings-id>`,
  cannotReadFolder: (p) => `kan ikke lese ${p.folder}: ${p.reason}`,
  cannotRead: (p) =>
    `kan ikke lese ${p.file}: ${
      p.code === "ENOENT"
        ? "filen finnes ikke"
        : p.code === "EACCES"
          ? "ingen tilgang"
          : p.code === "EISDIR"
            ? "ikke en fil"
            : p.code === "ESPECIAL"
              ? `det er ${p.kind === "pipe" ? "en navngitt pipe" : p.kind ? `en ${p.kind}` : "en spesialfil"}, ikke en fil`
              : p.code === "ELOOP"
                ? "den går gjennom for mange lenker"
                : p.detail
    }`,
  duplicateDispatch: (p) => `utsendings-id-en «${p.id}» brukes også av ${p.other}; de to ville skrevet til samme mappe`,

  notAMapping: (p) =>
    `forventet en gruppe med dispatch, sender og agencies; ${
      p.found === "nothing"
        ? "filen er tom"
        : p.found === "list"
          ? "fant en liste"
          : p.found === "string"
            ? "fant tekst"
            : p.found === "number"
              ? "fant et tall"
              : "fant en ja/nei-verdi"
    }`,
  notARegistry: (p) => ({
    message: `dette er ikke et brevregister: det har verken dispatch, sender eller agencies (det har ${p.keys}${p.more ? ", …" : ""})`,
    hint: "et register begynner med dispatch:, sender: og agencies:; oppgi registerfilen, eller utelat den for å bruke data/*.yaml",
  }),
  duplicateAgencyId: (p) => ({
    message: `virksomhets-id-en «${p.id}» står to ganger (først brukt på linje ${p.line})`,
    hint: "hver virksomhet må ha sin egen id: den gir navn til filene som lages",
  }),
  missingParts: (p) => ({
    message: `${p.id}: mangler ${p.missing.join(", ")}; brevet sendes uten ${p.missing.length === 1 ? "det" : "dem"}`,
    hint: "legg til hos virksomheten det brevet skal vise (signatories kan også settes for hele utsendingen), eller skriv feltet som ~ for å la det stå tomt med vilje",
  }),
  deadlineBeforeDate: (p) => `${p.id}: fristen kommer før brevets dato`,
  logoOutside: (p) => ({
    message: `sender.logo.file: ${p.file} ligger utenfor prosjektmappen`,
    hint: "legg bildet i prosjektet, for eksempel assets/logo.svg, og skriv stien fra registerets mappe",
  }),
  letterheadMissingLanguage: (p) => ({
    message: `brevhodet har ingen linjer på ${p.name.nb}, så brevene på ${p.name.nb} får brevhodet på ${p.fallbackName.nb}`,
    hint: `skriv \`letterhead: { ${p.fallback}: [...], ${p.code}: [...] }\``,
  }),
  atPath: (p) => (p.path === "" ? p.message : `${p.path}: ${p.message}`),
  unknownKey: (p) => ({
    message: `${p.path}: ukjent nøkkel «${p.key}»`,
    hint: p.suggestion ? `mente du «${p.suggestion}»?` : `nøkler som finnes her: ${p.known.join(", ")}`,
  }),
  missingKey: (p) => `${p.path}: mangler; ${p.key} må være med`,
  isEmpty: (p) => ({ message: `${p.path}: er tom`, hint: "skriv en verdi, eller utelat nøkkelen" }),
  needsMapping: (p) => {
    const what = (p.holder && MAPPING_NAMES[p.holder]) ?? (p.holder ? `«${p.holder}»` : "dette");
    if (p.required.length === 0) return `${p.path}: ${what} er en gruppe med nøkler og verdier, for eksempel { nøkkel: verdi }`;
    return `${p.path}: ${what} må ha ${and(p.required.map((k) => `\`${k}\``))}, for eksempel { ${p.required.map((k) => `${k}: …`).join(", ")} }`;
  },
  needsNamedValues: (p) =>
    `${p.path}: ${
      p.key === "blocks"
        ? "forventet navngitte tekster, én per blokk, for eksempel { status: Tekst … }"
        : p.key === "fields"
          ? "forventet navngitte verdier til malen, for eksempel { belop: 12500000, vedtatt: 2020-11-17 }"
          : "forventet navn og verdier, for eksempel { navn: verdi }"
    }`,
  needsList: (p) =>
    `${p.path}: ${
      p.key === "agencies"
        ? "forventet en liste med virksomheter, hver med `- id: …` først"
        : p.key === "signatories"
          ? "forventet en liste med underskrivere, for eksempel [{ name: …, title: … }]"
          : "forventet en liste, for eksempel [første linje, andre linje], eller én `- linje` per linje"
    }`,
  wholeNumberAboveZero: (p) => `${p.path}: forventet et helt tall over 0`,
  expectedKind: (p) => `${p.path}: forventet ${KINDS[p.kind] ?? p.kind}`,
  yamlReadsAs: (p) => ({
    message: `${p.path}: YAML leser ${p.written} som ${p.read === "number" ? `tallet ${p.value}` : `ja/nei-verdien ${p.value}`}, ikke som tekst`,
    hint: p.key === undefined ? `sett det i anførselstegn: ${p.quoted}` : `sett det i anførselstegn: ${p.key}: ${p.quoted}`,
  }),
  expectedTextNot: (p) =>
    `${p.path}: forventet tekst, ikke ${p.read === "number" ? `tallet ${p.value}` : p.read === "boolean" ? `ja/nei-verdien ${p.value}` : "en liste eller gruppe"}`,
  invalidValue: (p) => `${p.path}: ${p.detail}`,

  expectedText: () => "forventet tekst",
  mustNotBeEmpty: () => "kan ikke være tom",
  emptyReference: () => ({
    message: "er tom: saksnummeret er ikke fylt inn ennå",
    hint: "skriv saksnummeret, for eksempel 26/101-1, eller ~ hvis brevet ikke har noe",
  }),
  longerThan: (p) => `er lengre enn ${count(p.max, "nb")} tegn`,
  expectedLines: () => "forventet en liste med linjer",
  expectedDate: () => "forventet en dato som ÅÅÅÅ-MM-DD",
  notADate: (p) => `«${p.input}» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, for eksempel 2020-10-30`,
  impossibleDate: (p) => p.detail,
  dateOutOfRange: (p) => ({
    message: `${p.date} er utenfor datoene et brev kan ha: fra 1980-01-01 til 2107-12-31, datoene en Word-fil kan lagre`,
    hint: "sjekk årstallet",
  }),
  expectedId: () => "forventet en id",
  badId: (p) => ({
    message: `«${p.input}» er ikke en gyldig id: bruk små bokstaver a-z, sifre 0-9 og enkle bindestreker (id-en blir et filnavn)`,
    hint: p.fixed === undefined ? undefined : `skriv den som \`${p.fixed}\``,
  }),
  reservedName: (p) => `«${p.input}» er et reservert filnavn i Windows`,
  badBlockName: (p) => `«${p.input}» er ikke et blokknavn: bruk bokstaver, sifre og enkle bindestreker`,
  expectedLanguage: (p) => `forventet ${or(p.choices.map((c) => `«${c.code}» (${c.name.nb})`))}`,
  expectedYesNo: (p) => (p.input === undefined ? "forventet true eller false" : `forventet true eller false, ikke «${p.input}»`),
  expectedWholeNumber: () => "forventet et helt tall",
  expectedNaming: (p) => `forventet ${or(p.choices.map((c) => `«${c}»`))}`,
  needsOneLine: () => "må ha minst én linje",
  needsOneAgency: () => "må ha minst én virksomhet",
  expectedLetterhead: () => "forventet linjene i brevhodet, for eksempel [DET KONGELIGE, …], eller { nb: […], nn: […] }",
  badFieldName: (p) => `«${p.name}» er ikke et feltnavn: bruk bokstaver, sifre, _ og -, og begynn med en bokstav`,
  leadingZero: (p) => ({
    message: `${p.text} er et tall med null først`,
    hint: "et tall har ikke nuller først; er det en kode, for eksempel et postnummer, setter du det i anførselstegn",
  }),
  notDigits: (p) => ({
    message: `${p.text} er ikke et tall skrevet med sifre`,
    hint: "skriv tallet med sifre, med punktum foran desimalene: 31, 12.50, -3000; er det tekst og ikke et tall, setter du det i anførselstegn",
  }),
  notShowableNumber: () => "er ikke et tall et brev kan vise",
  fieldTooDeep: (p) => ({
    message: `ligger mer enn ${p.max} nivåer inni hverandre`,
    hint: "felt har lister med rader eller små grupper, ikke dype trær",
  }),
  notAYamlValue: () => "er ikke en verdi YAML kan ha",
  badCharacter: (p) => ({
    message: `har ${p.what} (${p.name}) som tegn nummer ${p.at}, og det kan ikke stå i et brev`,
    hint: "slett det (det følger ofte med når tekst limes inn fra et annet program)",
  }),
  invisibleOnly: () => ({
    message: "har bare usynlige tegn (tegn uten bredde eller retningsmerker), så brevet ville vist ingenting",
    hint: "skriv teksten, eller utelat feltet",
  }),
  undrawable: (p) => ({
    message: `${p.path}: har ${p.char} (${p.name}) som tegn nummer ${p.at}, et tegn skriften i brevet ikke kan tegne`,
    hint: "skriv det uten det tegnet; skriften har latinske bokstaver med æøå og samiske bokstaver, gresk, kyrillisk og hebraisk",
  }),
  orgNrNotDigits: (p) => ({
    message: `«${p.input}» er ikke et organisasjonsnummer: skriv de ni sifrene, for eksempel 974 760 673`,
    hint: "skriv bare sifrene, med eller uten mellomrom (uten «NO» og «MVA»)",
  }),
  orgNrLength: (p) => ({
    message: `${p.input} er ikke et organisasjonsnummer: det har ${p.digits === 1 ? "1 siffer" : `${p.digits} sifre`}, og et organisasjonsnummer har ni`,
    hint: "sjekk nummeret i Brønnøysundregistrene (brreg.no)",
  }),
  orgNrCheckDigit: (p) => ({
    message: `${p.input} er ikke et gyldig organisasjonsnummer: det siste sifferet skulle vært ${p.expected}`,
    hint: "trolig er et siffer skrevet feil: sjekk nummeret i Brønnøysundregistrene (brreg.no) i stedet for å endre det siste sifferet",
  }),
  orgNrNoCheckDigit: (p) => ({
    message: `${p.input} er ikke et gyldig organisasjonsnummer: ingen organisasjonsnummer begynner med disse åtte sifrene`,
    hint: "trolig er et siffer skrevet feil: sjekk nummeret i Brønnøysundregistrene (brreg.no)",
  }),

  noAgencyNamed: () => "--agency oppgir ingen virksomhet; oppgi minst én (for eksempel -a dss), eller utelat den for å lage brev til alle virksomhetene",
  unknownAgency: (p) =>
    `ukjent virksomhet ${p.ids.map((u) => `«${u}»`).join(", ")}${
      p.suggestions.length > 0
        ? `; mente du ${or(p.suggestions.map((s) => `«${s}»`))}?`
        : `; kjente: ${p.known.join(", ")}${p.more > 0 ? ` og ${p.more} til` : ""}`
    }`,
  badShard: (p) => `--shard tar i/n med 1 <= i <= n, for eksempel 1/4; fikk «${p.text}»`,
};
