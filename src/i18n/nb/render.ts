// The words of src/render, in bokmål.

import type { render as en } from "../en/render.js";
import type { Translation } from "../entry.js";

/** 1,5 as Norwegian writes a decimal number. */
const decimal = (n: number | string) => String(n).replace(".", ",");
const ratioWords = (r: number) => decimal(r >= 100 ? Math.round(r) : Math.round(r * 10) / 10);
const special = (kind: string | undefined) =>
  kind === "pipe" ? "en navngitt rørledning (pipe)" : kind === "socket" ? "en socket" : kind === "device" ? "en enhetsfil" : "en spesialfil";

export const render: Translation<typeof en> = {
  hintDamaged: () => "åpne logoen i et bildeprogram og lagre den på nytt som PNG, eller skaff en ny kopi av filen",
  hintSmaller: () => "lagre logoen mindre: den trykkes høyst 4 cm bred, så 1000 piksler i bredden er nok",
  hintSelfContained: () => "eksporter logoen på nytt som ren SVG med alt den tegner inni seg, eller som PNG",
  hintOutside: () => "kopier logoen inn i prosjektets assets/-mappe og oppgi den kopien",
  hintNoEffects: () => "eksporter logoen på nytt uten filtereffekter (uskarphet, skygge, glød) og med færre masker og kopier, eller lagre den som PNG",
  hintCropSvg: () => "beskjær logoen til det som skal trykkes, eller sett SVG-filens viewBox til logoens egen størrelse",

  logoMissing: () => "filen finnes ikke",
  logoPermissionDenied: () => "filen kan ikke leses (ingen tilgang)",
  logoIsFolder: () => "det er en mappe, ikke et bilde",
  logoOutside: () => "filen fører ut av prosjektmappen (gjennom en lenke)",
  logoSpecial: (p) => `${p.file} er ${special(p.kind)}, ikke en bildefil`,
  logoTooLarge: (p) => `bildet er på ${decimal(p.megabytes.toFixed(1))} MB; en logo kan være på høyst ${decimal(p.limit)} MB`,
  logoReplacedByLink: () => "filen ble byttet ut med en lenke mens den ble lest",
  logoCannotRead: (p) => `filen kan ikke leses (${p.detail})`,
  notAnImage: () => "det er ikke et PNG-, JPEG- eller SVG-bilde",

  tooManyPixels: (p) =>
    `${p.kind}-bildet er ${p.width} x ${p.height} piksler; ${p.which === "16-bit" ? "en logo med 16-biters farger" : p.which === "jpeg" ? "en JPEG-logo" : "en logo"} kan ha høyst ${decimal(p.millions)} millioner piksler (for eksempel ${p.side} x ${p.side})`,
  noPixels: (p) => `${p.kind}-bildet er ${p.width} x ${p.height} piksler; et bilde må ha minst én piksel`,
  imageDamaged: (p) => `${p.kind}-bildet er skadet og kan ikke leses (${p.detail})`,
  dataDoesNotMatchSize: () => "bildedataene stemmer ikke med størrelsen",
  sizeChangedWhileDecoded: () => "størrelsen endret seg mens bildet ble lest",
  fileCutShort: () => "filen er avkortet",
  pngCutShort: () => "PNG-filen er avkortet: den slutter før hodet sitt (header)",
  pngNoHeader: () => "PNG-filen er skadet: den begynner ikke med hodet sitt (IHDR)",
  pngBadDepth: (p) => `PNG-filen har fargetype ${p.colour} med bitdybde ${p.depth}, som ikke er et PNG-bildeformat`,
  jpegNoFrame: () => "JPEG-filen er skadet eller avkortet: den har ikke noe bildehode (SOF)",
  jpegFrameCutShort: () => "JPEG-filen er skadet: bildehodet (SOF) er avkortet",
  jpegCompression: () => "JPEG-filen bruker en komprimering som ikke alle PDF-lesere kan vise; lagre den som baseline-JPEG eller som PNG",
  jpegChannels: (p) => `JPEG-filen har ${p.components} fargekanaler på ${p.precision} bit; lagre den med 8-biters gråtoner, RGB eller CMYK`,

  svgNotUtf8: () => "SVG-filen er ikke UTF-8-tekst",
  svgNoSize: () => "SVG-filen har ingen størrelse: gi den width og height eller en viewBox",
  svgAspect: (p) =>
    `SVG-filen er ${ratioWords(p.ratio)} ganger så ${p.wide ? "bred som den er høy" : "høy som den er bred"}; en logo kan være høyst ${p.max} ganger så bred som høy eller så høy som bred`,
  svgCannotDraw: (p) => `SVG-filen kan ikke tegnes: ${p.detail}`,
  svgDoctype: () => "SVG-filen har DOCTYPE- eller entitetsdeklarasjoner, som en logo ikke trenger; lagre den som ren SVG",
  svgImport: () => "SVG-filen henter inn et stilark (@import); en logo må inneholde alt den tegner",
  svgEscapes: () => "stilen i SVG-filen har escapede tegn (\\); skriv CSS-en uten dem",
  svgUnreadableHref: () => "SVG-filen har en href som kontrollen ikke kan lese; sett anførselstegn rundt alle attributtverdier",
  svgOutsideReference: (p) =>
    `SVG-filen viser til «${p.ref}» utenfor seg selv; en logo må inneholde alt den tegner (bare #navn og innebygde PNG- eller JPEG-bilder)`,
  svgEmbeddedNotImage: () => "det er ikke et PNG- eller JPEG-bilde",
  svgEmbeddedProblem: (p) => `et bilde som er innebygd i SVG-filen, kan ikke brukes: ${p.problem}`,
  svgEmbeddedPixels: (p) => `bildene som er innebygd i SVG-filen, har til sammen mer enn ${decimal(p.millions)} millioner piksler`,
  svgFilterElement: (p) => `SVG-filen har en filtereffekt (<${p.element}>), som en logo ikke trenger og som kan ta minutter å tegne`,
  svgFilterUse: () => "SVG-filen bruker en filtereffekt (filter), som en logo ikke trenger og som kan ta minutter å tegne",
  svgLayers: (p) =>
    `SVG-filen har ${p.layers} masker, klippebaner, mønstre eller markører brukt ${p.layerUses} ganger og ${p.uses} <use>-kopier; en logo kan ha høyst ${p.maxLayers}, ${p.maxLayerUses} og ${p.maxUses}, for flere kan ta minutter å tegne`,

  cannotLoadFont: (p) => `kan ikke laste inn skriften ${p.file}: ${p.reason}`,
  notTrueType: () => "ikke en TrueType-skrift",

  renderFailed: (p) => `en tråd som lager brevfiler, feilet: ${p.detail}`,
  renderThreadStopped: (p) => `en tråd som lager brevfiler, stoppet (avslutningskode ${p.code})`,
  renderThreadsClosed: () => "trådene som lager brevfiler, er avsluttet",
};
