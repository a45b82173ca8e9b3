// The words of src/compose, in nynorsk.

import type { compose as en, FieldHint, Helper } from "../en/compose.js";
import { count, type Translation } from "../entry.js";

const usage = (helper: Helper): string =>
  ({
    "long-date": "long-date treng ein dato, til dømes {{long-date date}}",
    "short-date": "short-date treng ein dato, til dømes {{short-date deadline}}",
    genitive: "genitive treng eit namn, til dømes {{genitive (agency)}}",
    agency: "agency tek ingenting: skriv {{agency}}",
    block: 'block treng eit namn i hermeteikn og ein slutt, til dømes {{#block "status"}}standardtekst{{/block}}',
    number: "number treng eit tal, til dømes {{number fields.belop}}",
    kroner: "kroner treng eit tal, til dømes {{kroner fields.belop}}",
    sum: 'sum treng ei liste og namnet på talet i henne, til dømes {{kroner (sum fields.rader "belop")}}',
  })[helper];

const fieldHint = (h: FieldHint): string | undefined => {
  const of = (o: string) => (o === "" ? "dette brevet" : o);
  switch (h.kind) {
    case "none":
      return undefined;
    case "meant":
      return h.given ? `meinte du ${h.path}?` : `meinte du ${h.path}? Feltet er ikkje oppgitt for dette brevet i registeret`;
    case "notGiven":
      return `feltet ${h.path} er ikkje oppgitt for dette brevet i registeret; fyll det ut der, eller set {{#if ${h.path}}}…{{/if}} rundt det i malen`;
    case "fields":
      return `${of(h.of)} har: ${h.fields.join(", ")}${h.more > 0 ? `, og ${h.more} til` : ""}`;
    case "empty":
      return `${of(h.of)} har ingen felt`;
    case "text":
      return `${of(h.of)} er ein tekst og har ingen felt under seg`;
    case "list":
      return `${of(h.of)} er ei liste: gå gjennom lista med {{#each ${h.of}}}…{{/each}} og bruk felta til kvart element inni`;
  }
};

const special = (kind: string) =>
  kind === "pipe" ? "ein namngitt pipe" : kind === "folder" ? "ei mappe" : kind === "socket" ? "ein socket" : kind === "device" ? "ei eining" : "ei spesialfil";

export const compose: Translation<typeof en> = {
  noTemplate: (p) => `finn ingen mal «${p.name}» på målform «${p.language}» (såg etter ${p.file})`,
  templateTooLarge: (p) => `malen er større enn ${p.kb} KB`,
  templateOutside: (p) => ({
    message: `${p.file} fører ut av prosjektmappa (han er, eller går gjennom, ei lenkje); brev les berre malar inne i prosjektet`,
    hint: "kopier malen inn i templates/-mappa i prosjektet i staden for å lenkje til han",
  }),
  templateSpecial: (p) => `${p.file} er ${special(p.kind)}, ikkje ei malfil`,
  templateNotUtf8: () => "malen er ikkje UTF-8-tekst",
  cannotReadTemplate: (p) => `kan ikkje lese ${p.file}: ${p.reason}`,
  startTemplate: (p) => `lag han med: brev new --template ${p.template} --language ${p.language}`,

  noFrontMatter: () => "malen må byrje med eit hovud (--- title: … ---)",
  frontMatterYaml: (p) => `hovudet: ${p.detail}`,
  noTitle: () => "hovudet manglar title",
  tooDeepToRead: () => "malen er nøsta for djupt til å kunne lesast",
  endsInsideBlock: () => "syntaksfeil: malen sluttar inne i ei blokk ({{#…}} utan {{/…}})",
  syntaxError: (p) => `syntaksfeil: ${p.detail}`,
  handlebars: (p) => p.detail,
  unknownHelper: (p) => `ukjend hjelpar «${p.name}» (hjelparar: ${p.helpers.join(", ")})`,
  badCharacter: (p) => `malen inneheld ${p.what} (${p.name}), som eit brev ikkje kan ha; slett det`,
  undrawable: (p) =>
    `malen har ${p.character} (${p.name})${p.written ? ` skrive som ${p.written}` : ""}, som skrifta i brevet ikkje kan teikne; skriv det utan det teiknet`,
  blocksTooDeep: (p) => `${p.subexpressions ? "blokker eller (…)" : "blokker"} er nøsta meir enn ${p.max} nivå djupt her; eit brev treng langt færre`,
  climbsAboveLetter: (p) => ({
    message: `{{${p.written}}}: kvar ../ går ut av éi {{#each}} eller {{#with}}, og ${
      p.scopes === 0
        ? "det er ingen {{#each}} eller {{#with}} rundt han"
        : p.scopes === 1
          ? "det er berre éi {{#each}} eller {{#with}} rundt han"
          : `det er berre ${p.scopes} {{#each}}- eller {{#with}}-blokker rundt han`
    }, så dette går ut over brevet`,
    hint: `skriv ${p.inside} utan ../ her`,
  }),
  partial: () => "{{> …}}: ein mal kan ikkje ta med andre filer; skriv teksten her",
  helperUsage: (p) => usage(p.helper),
  lookupUsage: () => 'lookup treng ei gruppe eller liste og eit namn, til dømes {{lookup fields "belop"}}',

  helperGot: (p) => {
    const got =
      p.got === "text" || p.got === "number"
        ? `fekk ${JSON.stringify(p.text)}`
        : p.got === "group"
          ? "fekk ei liste eller gruppe"
          : p.got === "nothing"
            ? "fekk ingenting å setje i genitiv"
            : "det første argumentet er ikkje ei liste";
    const hint =
      p.got === "number" || p.got === "group"
        ? "skriv talet i registeret med siffer, til dømes belop: 3500000 eller belop: 12.5 (utan mellomrom, utan kr)"
        : undefined;
    return { message: `${usage(p.helper)}; ${got}`, hint };
  },
  unknownField: (p) => ({ message: `"${p.path}" er ikkje eit felt dette brevet har`, hint: fieldHint(p.hint) }),
  notText: (p) =>
    `${p.path || "this"} er ${p.list ? "ei liste" : "ei gruppe felt"}, som ikkje kan skrivast ut som tekst; bruk {{#each ${p.path}}}…{{/each}}, eller eitt av felta`,
  eachTooMuch: (p) => ({
    message: `{{#each}}-blokkene her går meir enn ${count(p.runs, "nn")} gonger eller lagar meir enn ${count(p.characters, "nn")} teikn for eitt brev`,
    hint: "eit brev kan ikkje vere så langt; ikkje legg ei {{#each}} over ei lang liste inni ei anna {{#each}}",
  }),
  letterTooDeep: () => ({
    message: "dette brevet er nøsta for djupt til å kunne setjast saman",
    hint: "skriv malen og blokkene til verksemda med færre nivå av blokker, lister, feit skrift og lenkjer",
  }),

  inLetters: (p) => `${p.message} (i ${p.count} brev: ${p.named.join(", ")}${p.more > 0 ? ` og ${p.more} til` : ""})`,
  inBlock: (p) => `${p.path}: ${p.message}`,
  noSuchBlock: (p) => ({
    message: `${p.id}: malen ${p.file} har inga blokk «${p.name}»`,
    hint: p.suggestion ? `meinte du «${p.suggestion}»?` : `blokkene han har: ${p.blocks.join(", ") || "ingen"}`,
  }),

  markdownTooDeepToRead: () => ({
    message: "Markdown-teksten her er nøsta for djupt til å kunne lesast",
    hint: "skriv han med færre nivå av lister, sitat, feit og kursiv skrift og lenkjer",
  }),
  markdownTooDeep: (p) => ({
    message: `Markdown-teksten her er nøsta ${p.depth} nivå djupt (lister eller sitat); eit brev tillèt høgst ${p.max}`,
    hint: "brev brukar høgst ei liste inni ei liste, og ingen sitat (>); skriv teksten med færre nivå",
  }),
  inlineTooDeep: (p) => ({
    message: `feit skrift, kursiv og lenkjer er nøsta meir enn ${p.max} nivå djupt her (for mange *, _, ~ eller [ opna før dei blir lukka)`,
    hint: "lukk kvar ** eller _ før du opnar den neste; for å skrive sjølve teikna, skriv \\* \\_ \\~ eller \\[",
  }),
  headingTooDeep: (p) => ({
    message: `ei overskrift med ${p.marks} er djupare enn overskriftene i eit brev`,
    hint: "bruk # for eit nummerert avsnitt, ## for ei underoverskrift",
  }),
  quotation: () => ({
    message: "sitatblokker (linjer som byrjar med >) blir ikkje brukte i brev",
    hint: "skriv det som eit vanleg avsnitt, med sitatet i «…»",
  }),
  codeBlock: () => ({
    message: "kodeblokker (``` eller eit innrykk på fire mellomrom) blir ikkje brukte i brev",
    hint: "skriv det som eit vanleg avsnitt, utan innrykket",
  }),
  rule: () => ({ message: "ein strek (---) blir ikkje brukt i brev", hint: "ta han bort; eit nytt avsnitt byrjar med #" }),
  linkDefinition: () => ({
    message: "ein lenkjedefinisjon ([namn]: adresse) blir ikkje brukt i brev",
    hint: "skriv lenkja der ho blir brukt: [tekst](https://…)",
  }),
  otherMarkdown: (p) => ({
    message: `denne Markdown-forma (${p.type}) blir ikkje brukt i brev`,
    hint: p.inline ? "skriv tekst, **feit**, _kursiv_ og [lenkjer](https://…)" : "skriv avsnitt, lister, tabellar, **feit**, _kursiv_ og [lenkjer](https://…)",
  }),
  checklist: () => ({ message: "sjekklister ([ ] eller [x]) blir ikkje brukte i brev", hint: "skriv ei vanleg liste: - punkt" }),
  listTooDeep: () => ({ message: "lister kan berre nøstast eitt nivå i brev", hint: "skriv dei djupare punkta som punkt i den indre lista" }),
  listItemContent: () => ({ message: "eit listepunkt kan ha tekst og høgst éi liste", hint: "skriv resten som eit avsnitt etter lista" }),
  linkScheme: (p) => ({
    message: `ei lenkje må gå til ei https-, http- eller mailto-adresse, ikkje «${p.address}»`,
    hint: "skriv heile adressa, til dømes [Regjeringa](https://www.regjeringen.no)",
  }),
  linkHidden: (p) => ({
    message: `adressa i ei lenkje kan ikkje ha mellomrom eller usynlege teikn, og denne har ${p.name} ved teikn ${p.at}`,
    hint: "skriv adressa på nytt for hand (eit usynleg teikn, til dømes eit retningsmerke, kan få henne til å lesast som ei anna adresse)",
  }),
  brokenLink: () => ({
    message: "dette ser ut som ei lenkje, men kan ikkje lesast som ei",
    hint: "skriv teksten i [ ] og heile adressa rett etter i ( ), utan mellomrom: [Regjeringa](https://www.regjeringen.no)",
  }),
  image: () => ({
    message: "bilete i teksten blir ikkje brukte i brev",
    hint: "logoen blir ført i registeret (sender.logo); ta bort andre bilete",
  }),
  codeSpan: () => ({ message: "kode (`…`) blir ikkje brukt i brev", hint: "skriv det som vanleg tekst, utan bakoverfnuttane" }),
  strikethrough: () => ({ message: "gjennomstroken tekst (~~…~~) blir ikkje brukt i brev", hint: "ta heller bort teksten" }),
  html: (p) => ({
    message: `HTML blir ikkje brukt i brev: ${p.tag}`,
    hint: "skriv teksten utan taggar: **feit**, _kursiv_, [tekst](https://…) for ei lenkje",
  }),
  tableFirstColumnTooWide: () => ({
    message: "den første kolonnen i denne tabellen er breiare enn brevet: eit ord eller tal i han er for langt til å få plass over sida",
    hint: "gjer det lengste ordet eller talet i den første kolonnen i tabellen kortare",
  }),
  tableTooWide: (p) => ({
    message: `denne tabellen har ${p.columns} kolonnar, men berre ${p.fit === 1 ? "den første" : `dei ${p.fit} første`} får plass over brevet`,
    hint: "del han i smalare tabellar, eller gjer dei lengste orda og tala i cellene kortare",
  }),
};
