// The words of src/render, in nynorsk.

import type { render as en } from "../en/render.js";
import type { Translation } from "../entry.js";

/** 1,5 as Norwegian writes a decimal number. */
const decimal = (n: number | string) => String(n).replace(".", ",");
const ratioWords = (r: number) => decimal(r >= 100 ? Math.round(r) : Math.round(r * 10) / 10);
const special = (kind: string | undefined) =>
  kind === "pipe" ? "ei namngitt røyrleidning (pipe)" : kind === "socket" ? "ein socket" : kind === "device" ? "ei einingsfil" : "ei spesialfil";

export const render: Translation<typeof en> = {
  hintDamaged: () => "opne logoen i eit biletprogram og lagre han på nytt som PNG, eller skaff ein ny kopi av fila",
  hintSmaller: () => "lagre logoen mindre: han blir trykt høgst 4 cm brei, så 1000 pikslar i breidda er nok",
  hintSelfContained: () => "eksporter logoen på nytt som rein SVG med alt han teiknar inni seg, eller som PNG",
  hintOutside: () => "kopier logoen inn i assets/-mappa i prosjektet og oppgi den kopien",
  hintNoEffects: () => "eksporter logoen på nytt utan filtereffektar (uskarpleik, skugge, glød) og med færre masker og kopiar, eller lagre han som PNG",
  hintCropSvg: () => "skjer logoen til det som skal trykkjast, eller set viewBox i SVG-fila til den eigne storleiken til logoen",

  logoMissing: () => "fila finst ikkje",
  logoPermissionDenied: () => "fila kan ikkje lesast (ingen tilgang)",
  logoIsFolder: () => "det er ei mappe, ikkje eit bilete",
  logoOutside: () => "fila fører ut av prosjektmappa (gjennom ei lenkje)",
  logoSpecial: (p) => `${p.file} er ${special(p.kind)}, ikkje ei biletfil`,
  logoTooLarge: (p) => `biletet er på ${decimal(p.megabytes.toFixed(1))} MB; ein logo kan vere på høgst ${decimal(p.limit)} MB`,
  logoReplacedByLink: () => "fila vart bytt ut med ei lenkje medan ho vart lesen",
  logoCannotRead: (p) => `fila kan ikkje lesast (${p.detail})`,
  notAnImage: () => "det er ikkje eit PNG-, JPEG- eller SVG-bilete",

  tooManyPixels: (p) =>
    `${p.kind}-biletet er ${p.width} x ${p.height} pikslar; ${p.which === "16-bit" ? "ein logo med 16-bits fargar" : p.which === "jpeg" ? "ein JPEG-logo" : "ein logo"} kan ha høgst ${decimal(p.millions)} millionar pikslar (til dømes ${p.side} x ${p.side})`,
  noPixels: (p) => `${p.kind}-biletet er ${p.width} x ${p.height} pikslar; eit bilete må ha minst éin piksel`,
  imageDamaged: (p) => `${p.kind}-biletet er skadd og kan ikkje lesast (${p.detail})`,
  dataDoesNotMatchSize: () => "biletdataa stemmer ikkje med storleiken",
  sizeChangedWhileDecoded: () => "storleiken endra seg medan biletet vart lese",
  fileCutShort: () => "fila er avkorta",
  pngCutShort: () => "PNG-fila er avkorta: ho sluttar før hovudet sitt (header)",
  pngNoHeader: () => "PNG-fila er skadd: ho byrjar ikkje med hovudet sitt (IHDR)",
  pngBadDepth: (p) => `PNG-fila har fargetype ${p.colour} med bitdjupn ${p.depth}, som ikkje er eit PNG-biletformat`,
  jpegNoFrame: () => "JPEG-fila er skadd eller avkorta: ho har ikkje noko biletehovud (SOF)",
  jpegFrameCutShort: () => "JPEG-fila er skadd: biletehovudet (SOF) er avkorta",
  jpegCompression: () => "JPEG-fila brukar ei komprimering som ikkje alle PDF-lesarar kan vise; lagre ho som baseline-JPEG eller som PNG",
  jpegChannels: (p) => `JPEG-fila har ${p.components} fargekanalar på ${p.precision} bit; lagre ho med 8-bits gråtonar, RGB eller CMYK`,

  svgNotUtf8: () => "SVG-fila er ikkje UTF-8-tekst",
  svgNoSize: () => "SVG-fila har ingen storleik: gi ho width og height eller ein viewBox",
  svgAspect: (p) =>
    `SVG-fila er ${ratioWords(p.ratio)} gonger så ${p.wide ? "brei som ho er høg" : "høg som ho er brei"}; ein logo kan vere høgst ${p.max} gonger så brei som høg eller så høg som brei`,
  svgCannotDraw: (p) => `SVG-fila kan ikkje teiknast: ${p.detail}`,
  svgDoctype: () => "SVG-fila har DOCTYPE- eller entitetsdeklarasjonar, som ein logo ikkje treng; lagre ho som rein SVG",
  svgImport: () => "SVG-fila hentar inn eit stilark (@import); ein logo må innehalde alt han teiknar",
  svgEscapes: () => "stilen i SVG-fila har escapa teikn (\\); skriv CSS-en utan dei",
  svgUnreadableHref: () => "SVG-fila har ein href som kontrollen ikkje kan lese; set hermeteikn rundt alle attributtverdiar",
  svgOutsideReference: (p) =>
    `SVG-fila viser til «${p.ref}» utanfor seg sjølv; ein logo må innehalde alt han teiknar (berre #namn og innebygde PNG- eller JPEG-bilete)`,
  svgEmbeddedNotImage: () => "det er ikkje eit PNG- eller JPEG-bilete",
  svgEmbeddedProblem: (p) => `eit bilete som er innebygd i SVG-fila, kan ikkje brukast: ${p.problem}`,
  svgEmbeddedPixels: (p) => `bileta som er innebygde i SVG-fila, har til saman meir enn ${decimal(p.millions)} millionar pikslar`,
  svgFilterElement: (p) => `SVG-fila har ein filtereffekt (<${p.element}>), som ein logo ikkje treng og som kan ta minutt å teikne`,
  svgFilterUse: () => "SVG-fila brukar ein filtereffekt (filter), som ein logo ikkje treng og som kan ta minutt å teikne",
  svgLayers: (p) =>
    `SVG-fila har ${p.layers} masker, klippebanar, mønster eller markørar brukte ${p.layerUses} gonger og ${p.uses} <use>-kopiar; ein logo kan ha høgst ${p.maxLayers}, ${p.maxLayerUses} og ${p.maxUses}, for fleire kan ta minutt å teikne`,

  cannotLoadFont: (p) => `kan ikkje laste inn skrifta ${p.file}: ${p.reason}`,
  notTrueType: () => "ikkje ei TrueType-skrift",

  renderFailed: (p) => `ein tråd som lagar brevfiler, feila: ${p.detail}`,
  renderThreadStopped: (p) => `ein tråd som lagar brevfiler, stoppa (avslutningskode ${p.code})`,
  renderThreadsClosed: () => "trådane som lagar brevfiler, er avslutta",
};
