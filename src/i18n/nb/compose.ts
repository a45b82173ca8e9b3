// The words of src/compose, in bokmål.

import type { compose as en, FieldHint, Helper } from "../en/compose.js";
import { count, type Translation } from "../entry.js";

const usage = (helper: Helper): string =>
  ({
    "long-date": "long-date trenger en dato, for eksempel {{long-date date}}",
    "short-date": "short-date trenger en dato, for eksempel {{short-date deadline}}",
    genitive: "genitive trenger et navn, for eksempel {{genitive (agency)}}",
    agency: "agency tar ingenting: skriv {{agency}}",
    block: 'block trenger et navn i anførselstegn og en slutt, for eksempel {{#block "status"}}standardtekst{{/block}}',
    number: "number trenger et tall, for eksempel {{number fields.belop}}",
    kroner: "kroner trenger et tall, for eksempel {{kroner fields.belop}}",
    sum: 'sum trenger en liste og navnet på tallet i den, for eksempel {{kroner (sum fields.rader "belop")}}',
  })[helper];

const fieldHint = (h: FieldHint): string | undefined => {
  const of = (o: string) => (o === "" ? "dette brevet" : o);
  switch (h.kind) {
    case "none":
      return undefined;
    case "meant":
      return h.given ? `mente du ${h.path}?` : `mente du ${h.path}? Feltet er ikke oppgitt for dette brevet i registeret`;
    case "notGiven":
      return `feltet ${h.path} er ikke oppgitt for dette brevet i registeret; fyll det ut der, eller sett {{#if ${h.path}}}…{{/if}} rundt det i malen`;
    case "fields":
      return `${of(h.of)} har: ${h.fields.join(", ")}${h.more > 0 ? `, og ${h.more} til` : ""}`;
    case "empty":
      return `${of(h.of)} har ingen felt`;
    case "text":
      return `${of(h.of)} er en tekst og har ingen felt under seg`;
    case "list":
      return `${of(h.of)} er en liste: gå gjennom den med {{#each ${h.of}}}…{{/each}} og bruk feltene til hvert element inni`;
  }
};

const special = (kind: string) =>
  kind === "pipe" ? "en navngitt pipe" : kind === "folder" ? "en mappe" : kind === "socket" ? "en socket" : kind === "device" ? "en enhet" : "en spesialfil";

export const compose: Translation<typeof en> = {
  noTemplate: (p) => `finner ingen mal «${p.name}» på målform «${p.language}» (så etter ${p.file})`,
  templateTooLarge: (p) => `malen er større enn ${p.kb} KB`,
  templateOutside: (p) => ({
    message: `${p.file} fører ut av prosjektmappen (den er, eller går gjennom, en lenke); brev leser bare maler inne i prosjektet`,
    hint: "kopier malen inn i prosjektets templates/-mappe i stedet for å lenke til den",
  }),
  templateSpecial: (p) => `${p.file} er ${special(p.kind)}, ikke en malfil`,
  templateNotUtf8: () => "malen er ikke UTF-8-tekst",
  cannotReadTemplate: (p) => `kan ikke lese ${p.file}: ${p.reason}`,
  startTemplate: (p) => `lag den med: brev new --template ${p.template} --language ${p.language}`,

  noFrontMatter: () => "malen må begynne med et hode (--- title: … ---)",
  frontMatterYaml: (p) => `hodet: ${p.detail}`,
  noTitle: () => "hodet mangler title",
  tooDeepToRead: () => "malen er nøstet for dypt til å kunne leses",
  endsInsideBlock: () => "syntaksfeil: malen slutter inne i en blokk ({{#…}} uten sin {{/…}})",
  syntaxError: (p) => `syntaksfeil: ${p.detail}`,
  handlebars: (p) => p.detail,
  unknownHelper: (p) => `ukjent hjelper «${p.name}» (hjelpere: ${p.helpers.join(", ")})`,
  badCharacter: (p) => `malen inneholder ${p.what} (${p.name}), som et brev ikke kan ha; slett det`,
  undrawable: (p) =>
    `malen har ${p.character} (${p.name})${p.written ? ` skrevet som ${p.written}` : ""}, som brevets skrift ikke kan tegne; skriv det uten det tegnet`,
  blocksTooDeep: (p) => `${p.subexpressions ? "blokker eller (…)" : "blokker"} er nøstet mer enn ${p.max} nivåer dypt her; et brev trenger langt færre`,
  climbsAboveLetter: (p) => ({
    message: `{{${p.written}}}: hver ../ går ut av én {{#each}} eller {{#with}}, og ${
      p.scopes === 0
        ? "det er ingen {{#each}} eller {{#with}} rundt den"
        : p.scopes === 1
          ? "det er bare én {{#each}} eller {{#with}} rundt den"
          : `det er bare ${p.scopes} {{#each}}- eller {{#with}}-blokker rundt den`
    }, så dette går ut over brevet`,
    hint: `skriv ${p.inside} uten ../ her`,
  }),
  partial: () => "{{> …}}: en mal kan ikke ta med andre filer; skriv teksten her",
  helperUsage: (p) => usage(p.helper),
  lookupUsage: () => 'lookup trenger en gruppe eller liste og et navn, for eksempel {{lookup fields "belop"}}',

  helperGot: (p) => {
    const got =
      p.got === "text" || p.got === "number"
        ? `fikk ${JSON.stringify(p.text)}`
        : p.got === "group"
          ? "fikk en liste eller gruppe"
          : p.got === "nothing"
            ? "fikk ingenting å sette i genitiv"
            : "det første argumentet er ikke en liste";
    const hint =
      p.got === "number" || p.got === "group"
        ? "skriv tallet i registeret med sifre, for eksempel belop: 3500000 eller belop: 12.5 (uten mellomrom, uten kr)"
        : undefined;
    return { message: `${usage(p.helper)}; ${got}`, hint };
  },
  unknownField: (p) => ({ message: `"${p.path}" er ikke et felt dette brevet har`, hint: fieldHint(p.hint) }),
  notText: (p) =>
    `${p.path || "this"} er ${p.list ? "en liste" : "en gruppe felt"}, som ikke kan skrives ut som tekst; bruk {{#each ${p.path}}}…{{/each}}, eller et av feltene`,
  eachTooMuch: (p) => ({
    message: `{{#each}}-blokkene her går mer enn ${count(p.runs, "nb")} ganger eller lager mer enn ${count(p.characters, "nb")} tegn for ett brev`,
    hint: "et brev kan ikke være så langt; ikke legg en {{#each}} over en lang liste inni en annen {{#each}}",
  }),
  letterTooDeep: () => ({
    message: "dette brevet er nøstet for dypt til å kunne settes sammen",
    hint: "skriv malen og virksomhetens blokker med færre nivåer av blokker, lister, fet skrift og lenker",
  }),

  inLetters: (p) => `${p.message} (i ${p.count} brev: ${p.named.join(", ")}${p.more > 0 ? ` og ${p.more} til` : ""})`,
  inBlock: (p) => `${p.path}: ${p.message}`,
  noSuchBlock: (p) => ({
    message: `${p.id}: malen ${p.file} har ingen blokk «${p.name}»`,
    hint: p.suggestion ? `mente du «${p.suggestion}»?` : `blokkene den har: ${p.blocks.join(", ") || "ingen"}`,
  }),

  markdownTooDeepToRead: () => ({
    message: "Markdown-teksten her er nøstet for dypt til å kunne leses",
    hint: "skriv den med færre nivåer av lister, sitater, fet og kursiv skrift og lenker",
  }),
  markdownTooDeep: (p) => ({
    message: `Markdown-teksten her er nøstet ${p.depth} nivåer dypt (lister eller sitater); et brev tillater høyst ${p.max}`,
    hint: "brev bruker høyst en liste inni en liste, og ingen sitater (>); skriv teksten med færre nivåer",
  }),
  inlineTooDeep: (p) => ({
    message: `fet skrift, kursiv og lenker er nøstet mer enn ${p.max} nivåer dypt her (for mange *, _, ~ eller [ åpnet før de lukkes)`,
    hint: "lukk hver ** eller _ før du åpner den neste; for å skrive selve tegnene, skriv \\* \\_ \\~ eller \\[",
  }),
  headingTooDeep: (p) => ({
    message: `en overskrift med ${p.marks} er dypere enn et brevs overskrifter`,
    hint: "bruk # for et nummerert avsnitt, ## for en underoverskrift",
  }),
  quotation: () => ({
    message: "sitatblokker (linjer som begynner med >) brukes ikke i brev",
    hint: "skriv det som et vanlig avsnitt, med sitatet i «…»",
  }),
  codeBlock: () => ({
    message: "kodeblokker (``` eller et innrykk på fire mellomrom) brukes ikke i brev",
    hint: "skriv det som et vanlig avsnitt, uten innrykket",
  }),
  rule: () => ({ message: "en strek (---) brukes ikke i brev", hint: "ta den bort; et nytt avsnitt begynner med #" }),
  linkDefinition: () => ({
    message: "en lenkedefinisjon ([navn]: adresse) brukes ikke i brev",
    hint: "skriv lenken der den brukes: [tekst](https://…)",
  }),
  otherMarkdown: (p) => ({
    message: `denne Markdown-formen (${p.type}) brukes ikke i brev`,
    hint: p.inline ? "skriv tekst, **fet**, _kursiv_ og [lenker](https://…)" : "skriv avsnitt, lister, tabeller, **fet**, _kursiv_ og [lenker](https://…)",
  }),
  checklist: () => ({ message: "sjekklister ([ ] eller [x]) brukes ikke i brev", hint: "skriv en vanlig liste: - punkt" }),
  listTooDeep: () => ({ message: "lister kan bare nøstes ett nivå i brev", hint: "skriv de dypere punktene som punkter i den indre listen" }),
  listItemContent: () => ({ message: "et listepunkt kan ha tekst og høyst én liste", hint: "skriv resten som et avsnitt etter listen" }),
  linkScheme: (p) => ({
    message: `en lenke må gå til en https-, http- eller mailto-adresse, ikke «${p.address}»`,
    hint: "skriv hele adressen, for eksempel [Regjeringen](https://www.regjeringen.no)",
  }),
  linkHidden: (p) => ({
    message: `adressen i en lenke kan ikke ha mellomrom eller usynlige tegn, og denne har ${p.name} ved tegn ${p.at}`,
    hint: "skriv adressen på nytt for hånd (et usynlig tegn, for eksempel et retningsmerke, kan få den til å leses som en annen adresse)",
  }),
  brokenLink: () => ({
    message: "dette ser ut som en lenke, men kan ikke leses som en",
    hint: "skriv teksten i [ ] og hele adressen rett etter i ( ), uten mellomrom: [Regjeringen](https://www.regjeringen.no)",
  }),
  image: () => ({
    message: "bilder i teksten brukes ikke i brev",
    hint: "logoen føres i registeret (sender.logo); ta bort andre bilder",
  }),
  codeSpan: () => ({ message: "kode (`…`) brukes ikke i brev", hint: "skriv det som vanlig tekst, uten bakoverfnuttene" }),
  strikethrough: () => ({ message: "gjennomstreket tekst (~~…~~) brukes ikke i brev", hint: "ta heller bort teksten" }),
  html: (p) => ({
    message: `HTML brukes ikke i brev: ${p.tag}`,
    hint: "skriv teksten uten tagger: **fet**, _kursiv_, [tekst](https://…) for en lenke",
  }),
  tableFirstColumnTooWide: () => ({
    message: "første kolonne i denne tabellen er bredere enn brevet: et ord eller tall i den er for langt til å få plass over siden",
    hint: "gjør det lengste ordet eller tallet i tabellens første kolonne kortere",
  }),
  tableTooWide: (p) => ({
    message: `denne tabellen har ${p.columns} kolonner, men bare ${p.fit === 1 ? "den første" : `de ${p.fit} første`} får plass over brevet`,
    hint: "del den i smalere tabeller, eller gjør de lengste ordene og tallene i cellene kortere",
  }),
};
