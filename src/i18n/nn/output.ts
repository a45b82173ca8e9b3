// The words of src/output, in nynorsk.

import type { output as en, FoundKind } from "../en/output.js";
import type { Translation } from "../entry.js";

const kindWords = (kind: FoundKind) =>
  ({
    file: "ei fil",
    link: "ei symbolsk lenkje",
    pipe: "ei namngitt røyrleidning (FIFO)",
    socket: "ein socket",
    folder: "ei mappe",
    device: "ei einingsfil",
    notRegular: "ikkje ei vanleg fil",
  })[kind];

const MANIFEST_HINT = "brev sjekkar i staden desse breva mot filene deira; neste køyring skriv eit rett manifest";

export const output: Translation<typeof en> = {
  outIsLink: (p) => `${p.folder} er ei symbolsk lenkje; brev lagrar breva berre i ei ekte mappe (oppgi ho med --out om du vil skrive der)`,
  outLinkNotFolder: (p) => `${p.folder} er ei symbolsk lenkje som ikkje fører til ei mappe`,
  outNotFolder: (p) => `kan ikkje skrive ${p.folder}: det er ${kindWords(p.kind)}, ikkje ei mappe`,
  dispatchNotFolder: (p) => `${p.folder} er ${kindWords(p.kind)}, ikkje ei mappe; brev skriv ikkje gjennom det. Flytt det bort og køyr på nytt`,
  notAFolder: (p) => `${p.folder} er ikkje ei mappe`,
  cannotRead: (p) => `kan ikkje lese ${p.file} (${p.code}): ${p.detail}`,
  notOwnFile: (p) => `${p.file} er ${kindWords(p.kind)}, der brev har sine eigne filer; brev opnar det ikkje. Flytt det bort og køyr på nytt`,
  tempFileOfOtherRun: () => "ei mellombels fil frå ei anna køyring av brev (som framleis går, eller på ei anna maskin); ho får liggje",

  adoptNoFile: (p) => `kan ikkje ta over ${p.file}: fila finst ikkje`,
  adoptTooLarge: (p) => `kan ikkje ta over ${p.file}: ho er på ${p.size} byte, større enn nokon brevfil brev lagar`,

  lockHeld: (p) => `${p.folder} blir skriven av ${p.holder}; prøv igjen når den køyringa er ferdig`,
  holderHere: (p) => `brev (prosess ${p.pid}, sidan ${p.since}) på denne maskina`,
  holderElsewhere: (p) => `brev (prosess ${p.pid}, sidan ${p.since}) på ei anna maskin (om den køyringa er borte, slett ${p.note})`,
  holderUnknown: () => "ei anna køyring av brev på denne maskina",
  cannotLock: (p) => `kan ikkje låse utdatamappa (${p.code}): ${p.detail}`,

  manifestTooLarge: (p) => ({
    message: `manifestet er på ${p.megabytes.toFixed(0)} MB, større enn brev skriv det (høgst ${p.limit} MB); det blir ikkje brukt`,
    hint: MANIFEST_HINT,
  }),
  manifestNotJson: () => ({ message: "manifestet er ikkje gyldig JSON; det blir ikkje brukt", hint: MANIFEST_HINT }),
  manifestOtherDispatch: (p) => ({ message: `manifestet høyrer ikkje til utsendinga «${p.dispatch}»; det blir ikkje brukt`, hint: MANIFEST_HINT }),
  manifestBadId: (p) => ({ message: `oppføringa «${p.id}» er ikkje ein gyldig verksemds-id; ho blir ikkje brukt`, hint: MANIFEST_HINT }),
  manifestNotMapping: (p) => ({ message: `oppføringa «${p.id}» er ikkje ei oversikt over format; ho blir ikkje brukt`, hint: MANIFEST_HINT }),
  manifestBadEntry: (p) => ({ message: `oppføringa «${p.id}» har ein ugyldig del «${p.entry}»; ho blir ikkje brukt`, hint: MANIFEST_HINT }),
  manifestMoreBad: (p) => ({
    message: p.count === 1 ? "1 ugyldig oppføring til; ho blir ikkje brukt" : `${p.count} ugyldige oppføringar til; dei blir ikkje brukte`,
    hint: MANIFEST_HINT,
  }),

  keptNotRegular: () => "det er ikkje ei vanleg fil",
  keptNoRecord: () => "brev har ikkje registrert at det skreiv ho",
  keptAdopted: () => "ho vart endra for hand og teken vare på (brev adopt)",
  keptEdited: () => "ho er endra for hand etter at brev skreiv ho",
  keptCopy: (p) => `ho er ein kopi av brevet ${p.letter} (det står i fila sjølv): brev skreiv ho ikkje under dette namnet`,
  keptNotStamped: () => "ho har ikkje fingeravtrykket til brevet som brev registrerte der (brev har kanskje ikkje laga ho)",
};
