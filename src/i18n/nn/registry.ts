// The words of src/registry, in nynorsk.

import type { registry as en } from "../en/registry.js";
import { count, type Translation } from "../entry.js";

const MAPPING_NAMES: Record<string, string> = {
  signatories: "ein underskrivar",
  case_handler: "ein sakshandsamar",
  logo: "logoen",
  sender: "avsendaren",
  dispatch: "utsendinga",
  agencies: "ei verksemd",
  letterhead: "brevhovudet",
  archive: "arkivopplysningane",
  rader: "ei rad",
};

const KINDS: Record<string, string> = { string: "tekst", number: "eit tal", boolean: "true eller false", date: "ein dato som ÅÅÅÅ-MM-DD" };

const and = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`);
const or = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} eller ${items[items.length - 1]}`);
const mb = (bytes: number) => (bytes / 1048576).toFixed(1).replace(".", ",");

export const registry: Translation<typeof en> = {
  yamlTab: () => ({ message: "YAML: tabulator kan ikkje brukast til innrykk", hint: "rykk inn med mellomrom, ikkje tabulator" }),
  yamlDuplicateKey: () => ({ message: "YAML: same nøkkel står to gonger", hint: "kvar nøkkel kan stå berre éin gong på same nivå" }),
  yamlColonInValue: (p) => ({
    message: "YAML: ein verdi med kolon i må stå i hermeteikn",
    hint: `set verdien i hermeteikn: ${p.key}: ${p.quoted}`,
  }),
  yamlNoSpaceAfterColon: (p) => ({ message: "YAML: ein nøkkel må ha mellomrom etter kolonet", hint: `skriv ${p.key}: ${p.value}` }),
  yamlMissingColon: (p) => ({ message: `YAML: manglar kolon etter \`${p.key}\`?`, hint: `skriv \`${p.key}: ${p.value}\`` }),
  yamlUnclosed: (p) =>
    p.kind === "list"
      ? { message: "YAML: ei liste i [ ] er ikkje lukka", hint: "avslutt ho med ] på same linje" }
      : { message: "YAML: ei gruppe i { } er ikkje lukka", hint: "avslutt ho med } på same linje" },
  yamlOutOfLine: () => ({
    message: "YAML: denne linja er ikkje rykt inn som linjene rundt",
    hint: "set kvar nøkkel rett under nøkkelen over, med mellomrom",
  }),
  yamlNotLinedUp: (p) => ({
    message: `YAML: «${p.key}» står ikkje rett under nøkkelen over`,
    hint: `set ${p.key}: rett under ${p.above}: (kolonne ${p.column}), eller rykk han inn under ein nøkkel som sluttar med kolon`,
  }),
  yamlOther: (p) => `YAML: ${p.detail}`,
  yamlUnknownAnchor: (p) => ({
    message: `YAML: *${p.name} viser til eit anker &${p.name} som ikkje er definert før denne linja`,
    hint: `definer det først, til dømes under ein x-nøkkel øvst: x-defaults: &${p.name} { … }`,
  }),
  yamlAliasValues: (p) => ({
    message: `YAML: aliasa (*namn) i denne fila blir til meir enn ${count(p.max, "nn")} verdiar`,
    hint: "eit alias som gjentek eit anker som sjølv har alias, gongar seg opp; skriv ut det som blir gjenteke, eller del det på eitt nivå",
  }),
  yamlAliasCharacters: (p) => ({
    message: `YAML: aliasa (*namn) i denne fila gjentek meir enn ${count(p.max, "nn")} teikn tekst`,
    hint: "eit alias gjentek all teksten i ankeret sitt; skriv teksten ut éin gong, eller del ein kortare del",
  }),
  notARegistryYaml: (p) => ({
    message: `dette ser ikkje ut som eit brevregister (det har ${p.errors} YAML-feil, og ingen dispatch:, sender: eller agencies:)`,
    hint: "sjekk at du har oppgitt rett fil; eit register er YAML med dispatch:, sender: og agencies:",
  }),
  tooManyValues: (p) => ({
    message: `registeret har meir enn ${count(p.max, "nn")} verdiar (kvart komma, kolon, bindestrek og kvar linje blir talde); brev les høgst så mange frå éi fil`,
    hint: "del registeret i eitt register per utsending, eller i fleire mindre",
  }),
  nestedTooDeep: (p) => ({
    message: `lister og grupper ligg meir enn ${p.max} nivå inni kvarandre her; eit register treng berre nokre få nivå`,
    hint: "lukk klammene [ ] og krøllparentesane { } du har opna, og rykk inn kvart nivå med berre nokre få mellomrom",
  }),

  notText: () => ({
    message: "fila er ikkje tekst (ho har rekkjer av nullbyte); eit register er ei tekstfil",
    hint: "sjekk at du har oppgitt rett fil; eit register er YAML-tekst lagra som UTF-8",
  }),
  utf16: () => ({ message: "fila er UTF-16-tekst, ikkje UTF-8", hint: "lagre ho som UTF-8 (i Notisblokk: Lagre som, Koding: UTF-8)" }),
  notUtf8: () => ({ message: "fila er ikkje UTF-8-tekst", hint: "lagre ho som UTF-8 (i Notisblokk: Lagre som, Koding: UTF-8)" }),
  tooLarge: (p) => ({
    message: `fila er ${mb(p.bytes)} MB; eit register kan vere høgst ${p.maxBytes / 1048576} MB`,
    hint: "del utsendinga i fleire register",
  }),
  outsideProject: () => ({
    message: "registeret fører ut av prosjektmappa (det er, eller går gjennom, ei lenkje); brev les berre register inne i prosjektet",
    hint: "kopier registeret inn i data/-mappa i prosjektet i staden for å lenkje til det",
  }),

  noRegistryHere: () => "fann ikkje noko register her; køyr brev init eller oppgi ei registerfil",
  noRegistryIn: (p) => `ingen register i ${p.folder} (venta *.yaml-filer); start eitt med: brev new <utsendings-id>`,
  cannotReadFolder: (p) => `kan ikkje lese ${p.folder}: ${p.reason}`,
  cannotRead: (p) =>
    `kan ikkje lese ${p.file}: ${
      p.code === "ENOENT"
        ? "fila finst ikkje"
        : p.code === "EACCES"
          ? "inga tilgang"
          : p.code === "EISDIR"
            ? "ikkje ei fil"
            : p.code === "ESPECIAL"
              ? `det er ${p.kind === "pipe" ? "ei namngitt pipe" : p.kind ? `ein ${p.kind}` : "ei spesialfil"}, ikkje ei fil`
              : p.code === "ELOOP"
                ? "ho går gjennom for mange lenkjer"
                : p.detail
    }`,
  duplicateDispatch: (p) => `utsendings-id-en «${p.id}» blir òg brukt av ${p.other}; dei to ville skrive til same mappe`,

  notAMapping: (p) =>
    `venta ei gruppe med dispatch, sender og agencies; ${
      p.found === "nothing"
        ? "fila er tom"
        : p.found === "list"
          ? "fann ei liste"
          : p.found === "string"
            ? "fann tekst"
            : p.found === "number"
              ? "fann eit tal"
              : "fann ein ja/nei-verdi"
    }`,
  notARegistry: (p) => ({
    message: `dette er ikkje eit brevregister: det har verken dispatch, sender eller agencies (det har ${p.keys}${p.more ? ", …" : ""})`,
    hint: "eit register byrjar med dispatch:, sender: og agencies:; oppgi registerfila, eller la vere å oppgi ho for å bruke data/*.yaml",
  }),
  duplicateAgencyId: (p) => ({
    message: `verksemds-id-en «${p.id}» står to gonger (først brukt på linje ${p.line})`,
    hint: "kvar verksemd må ha sin eigen id: han gir namn til filene som blir laga",
  }),
  missingParts: (p) => ({
    message: `${p.id}: manglar ${p.missing.join(", ")}; brevet blir sendt utan ${p.missing.length === 1 ? "det" : "dei"}`,
    hint: "legg til hos verksemda det brevet skal vise (signatories kan òg setjast for heile utsendinga), eller skriv feltet som ~ for å la det stå tomt med vilje",
  }),
  deadlineBeforeDate: (p) => `${p.id}: fristen kjem før datoen på brevet`,
  logoOutside: (p) => ({
    message: `sender.logo.file: ${p.file} ligg utanfor prosjektmappa`,
    hint: "legg biletet i prosjektet, til dømes assets/logo.svg, og skriv stigen frå mappa til registeret",
  }),
  letterheadMissingLanguage: (p) => ({
    message: `brevhovudet har ingen linjer på ${p.name.nb}, så breva på ${p.name.nb} får brevhovudet på ${p.fallbackName.nb}`,
    hint: `skriv \`letterhead: { ${p.fallback}: [...], ${p.code}: [...] }\``,
  }),
  atPath: (p) => (p.path === "" ? p.message : `${p.path}: ${p.message}`),
  unknownKey: (p) => ({
    message: `${p.path}: ukjend nøkkel «${p.key}»`,
    hint: p.suggestion ? `meinte du «${p.suggestion}»?` : `nøklar som finst her: ${p.known.join(", ")}`,
  }),
  missingKey: (p) => `${p.path}: manglar; ${p.key} må vere med`,
  isEmpty: (p) => ({ message: `${p.path}: er tom`, hint: "skriv ein verdi, eller ta bort nøkkelen" }),
  needsMapping: (p) => {
    const what = (p.holder && MAPPING_NAMES[p.holder]) ?? (p.holder ? `«${p.holder}»` : "dette");
    if (p.required.length === 0) return `${p.path}: ${what} er ei gruppe med nøklar og verdiar, til dømes { nøkkel: verdi }`;
    return `${p.path}: ${what} må ha ${and(p.required.map((k) => `\`${k}\``))}, til dømes { ${p.required.map((k) => `${k}: …`).join(", ")} }`;
  },
  needsNamedValues: (p) =>
    `${p.path}: ${
      p.key === "blocks"
        ? "venta namngitte tekstar, éin per blokk, til dømes { status: Tekst … }"
        : p.key === "fields"
          ? "venta namngitte verdiar til malen, til dømes { belop: 12500000, vedtatt: 2020-11-17 }"
          : "venta namn og verdiar, til dømes { namn: verdi }"
    }`,
  needsList: (p) =>
    `${p.path}: ${
      p.key === "agencies"
        ? "venta ei liste med verksemder, kvar med `- id: …` først"
        : p.key === "signatories"
          ? "venta ei liste med underskrivarar, til dømes [{ name: …, title: … }]"
          : "venta ei liste, til dømes [første linje, andre linje], eller éi `- linje` per linje"
    }`,
  wholeNumberAboveZero: (p) => `${p.path}: venta eit heilt tal over 0`,
  expectedKind: (p) => `${p.path}: venta ${KINDS[p.kind] ?? p.kind}`,
  yamlReadsAs: (p) => ({
    message: `${p.path}: YAML les ${p.written} som ${p.read === "number" ? `talet ${p.value}` : `ja/nei-verdien ${p.value}`}, ikkje som tekst`,
    hint: p.key === undefined ? `set det i hermeteikn: ${p.quoted}` : `set det i hermeteikn: ${p.key}: ${p.quoted}`,
  }),
  expectedTextNot: (p) =>
    `${p.path}: venta tekst, ikkje ${p.read === "number" ? `talet ${p.value}` : p.read === "boolean" ? `ja/nei-verdien ${p.value}` : "ei liste eller gruppe"}`,
  invalidValue: (p) => `${p.path}: ${p.detail}`,

  expectedText: () => "venta tekst",
  mustNotBeEmpty: () => "kan ikkje vere tom",
  emptyReference: () => ({
    message: "er tom: saksnummeret er ikkje fylt inn enno",
    hint: "skriv saksnummeret, til dømes 26/101-1, eller ~ viss brevet ikkje har noko",
  }),
  longerThan: (p) => `er lengre enn ${count(p.max, "nn")} teikn`,
  expectedLines: () => "venta ei liste med linjer",
  expectedDate: () => "venta ein dato som ÅÅÅÅ-MM-DD",
  notADate: (p) => `«${p.input}» er ikkje ein dato; skriv han som ÅÅÅÅ-MM-DD, til dømes 2020-10-30`,
  impossibleDate: (p) => p.detail,
  dateOutOfRange: (p) => ({
    message: `${p.date} er utanfor datoane eit brev kan ha: frå 1980-01-01 til 2107-12-31, datoane ei Word-fil kan lagre`,
    hint: "sjekk årstalet",
  }),
  expectedId: () => "venta ein id",
  badId: (p) => ({
    message: `«${p.input}» er ikkje ein gyldig id: bruk små bokstavar a-z, siffer 0-9 og enkle bindestrekar (id-en blir eit filnamn)`,
    hint: p.fixed === undefined ? undefined : `skriv han som \`${p.fixed}\``,
  }),
  reservedName: (p) => `«${p.input}» er eit reservert filnamn i Windows`,
  badBlockName: (p) => `«${p.input}» er ikkje eit blokknamn: bruk bokstavar, siffer og enkle bindestrekar`,
  expectedLanguage: (p) => `venta ${or(p.choices.map((c) => `«${c.code}» (${c.name.nb})`))}`,
  expectedYesNo: (p) => (p.input === undefined ? "venta true eller false" : `venta true eller false, ikkje «${p.input}»`),
  expectedWholeNumber: () => "venta eit heilt tal",
  expectedNaming: (p) => `venta ${or(p.choices.map((c) => `«${c}»`))}`,
  needsOneLine: () => "må ha minst éi linje",
  needsOneAgency: () => "må ha minst éi verksemd",
  expectedLetterhead: () => "venta linjene i brevhovudet, til dømes [DET KONGELEGE, …], eller { nb: […], nn: […] }",
  badFieldName: (p) => `«${p.name}» er ikkje eit feltnamn: bruk bokstavar, siffer, _ og -, og byrj med ein bokstav`,
  leadingZero: (p) => ({
    message: `${p.text} er eit tal med null først`,
    hint: "eit tal har ikkje nullar først; er det ein kode, til dømes eit postnummer, set du det i hermeteikn",
  }),
  notDigits: (p) => ({
    message: `${p.text} er ikkje eit tal skrive med siffer`,
    hint: "skriv talet med siffer, med punktum framfor desimalane: 31, 12.50, -3000; er det tekst og ikkje eit tal, set du det i hermeteikn",
  }),
  notShowableNumber: () => "er ikkje eit tal eit brev kan vise",
  fieldTooDeep: (p) => ({
    message: `ligg meir enn ${p.max} nivå inni kvarandre`,
    hint: "felt har lister med rader eller små grupper, ikkje djupe tre",
  }),
  notAYamlValue: () => "er ikkje ein verdi YAML kan ha",
  badCharacter: (p) => ({
    message: `har ${p.what} (${p.name}) som teikn nummer ${p.at}, og det kan ikkje stå i eit brev`,
    hint: "slett det (det følgjer ofte med når tekst blir lima inn frå eit anna program)",
  }),
  invisibleOnly: () => ({
    message: "har berre usynlege teikn (teikn utan breidd eller retningsmerke), så brevet ville vist ingenting",
    hint: "skriv teksten, eller ta bort feltet",
  }),
  undrawable: (p) => ({
    message: `${p.path}: har ${p.char} (${p.name}) som teikn nummer ${p.at}, eit teikn skrifta i brevet ikkje kan teikne`,
    hint: "skriv det utan det teiknet; skrifta har latinske bokstavar med æøå og samiske bokstavar, gresk, kyrillisk og hebraisk",
  }),
  orgNrNotDigits: (p) => ({
    message: `«${p.input}» er ikkje eit organisasjonsnummer: skriv dei ni sifra, til dømes 974 760 673`,
    hint: "skriv berre sifra, med eller utan mellomrom (utan «NO» og «MVA»)",
  }),
  orgNrLength: (p) => ({
    message: `${p.input} er ikkje eit organisasjonsnummer: det har ${p.digits} siffer, og eit organisasjonsnummer har ni`,
    hint: "sjekk nummeret i Brønnøysundregistra (brreg.no)",
  }),
  orgNrCheckDigit: (p) => ({
    message: `${p.input} er ikkje eit gyldig organisasjonsnummer: det siste sifferet skulle ha vore ${p.expected}`,
    hint: "truleg er eit siffer skrive feil: sjekk nummeret i Brønnøysundregistra (brreg.no) i staden for å endre det siste sifferet",
  }),
  orgNrNoCheckDigit: (p) => ({
    message: `${p.input} er ikkje eit gyldig organisasjonsnummer: ingen organisasjonsnummer byrjar med desse åtte sifra`,
    hint: "truleg er eit siffer skrive feil: sjekk nummeret i Brønnøysundregistra (brreg.no)",
  }),

  noAgencyNamed: () => "--agency oppgir inga verksemd; oppgi minst éi (til dømes -a dss), eller ta bort -a for å lage brev til alle verksemdene",
  unknownAgency: (p) =>
    `ukjend verksemd ${p.ids.map((u) => `«${u}»`).join(", ")}${
      p.suggestions.length > 0
        ? `; meinte du ${or(p.suggestions.map((s) => `«${s}»`))}?`
        : `; kjende: ${p.known.join(", ")}${p.more > 0 ? ` og ${p.more} til` : ""}`
    }`,
  badShard: (p) => `--shard tek i/n med 1 <= i <= n, til dømes 1/4; fekk «${p.text}»`,
};
