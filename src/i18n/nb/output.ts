// The words of src/output, in bokmål.

import type { output as en, FoundKind } from "../en/output.js";
import type { Translation } from "../entry.js";

const kindWords = (kind: FoundKind) =>
  ({
    file: "en fil",
    link: "en symbolsk lenke",
    pipe: "en navngitt rørledning (FIFO)",
    socket: "en socket",
    folder: "en mappe",
    device: "en enhetsfil",
    notRegular: "ikke en vanlig fil",
  })[kind];

const MANIFEST_HINT = "brev sjekker i stedet disse brevene mot filene deres; neste kjøring skriver et riktig manifest";

export const output: Translation<typeof en> = {
  outIsLink: (p) => `${p.folder} er en symbolsk lenke; brev lagrer brevene bare i en ekte mappe (oppgi den med --out hvis du vil skrive der)`,
  outLinkNotFolder: (p) => `${p.folder} er en symbolsk lenke som ikke fører til en mappe`,
  outNotFolder: (p) => `kan ikke skrive ${p.folder}: det er ${kindWords(p.kind)}, ikke en mappe`,
  dispatchNotFolder: (p) => `${p.folder} er ${kindWords(p.kind)}, ikke en mappe; brev skriver ikke gjennom det. Flytt det bort og kjør på nytt`,
  notAFolder: (p) => `${p.folder} er ikke en mappe`,
  cannotRead: (p) => `kan ikke lese ${p.file} (${p.code}): ${p.detail}`,
  notOwnFile: (p) => `${p.file} er ${kindWords(p.kind)}, der brev har sine egne filer; brev åpner det ikke. Flytt det bort og kjør på nytt`,
  tempFileOfOtherRun: () => "en midlertidig fil fra en annen kjøring av brev (som fortsatt pågår, eller på en annen maskin); den får ligge",

  adoptNoFile: (p) => `kan ikke ta over ${p.file}: filen finnes ikke`,
  adoptTooLarge: (p) => `kan ikke ta over ${p.file}: den er på ${p.size} byte, større enn noen brevfil brev lager`,

  lockHeld: (p) => `${p.folder} blir skrevet av ${p.holder}; prøv igjen når den kjøringen er ferdig`,
  holderHere: (p) => `brev (prosess ${p.pid}, siden ${p.since}) på denne maskinen`,
  holderElsewhere: (p) => `brev (prosess ${p.pid}, siden ${p.since}) på en annen maskin (hvis den kjøringen er borte, slett ${p.note})`,
  holderUnknown: () => "en annen kjøring av brev på denne maskinen",
  cannotLock: (p) => `kan ikke låse utdatamappen (${p.code}): ${p.detail}`,

  manifestTooLarge: (p) => ({
    message: `manifestet er på ${p.megabytes.toFixed(0)} MB, større enn brev skriver det (høyst ${p.limit} MB); det blir ikke brukt`,
    hint: MANIFEST_HINT,
  }),
  manifestNotJson: () => ({ message: "manifestet er ikke gyldig JSON; det blir ikke brukt", hint: MANIFEST_HINT }),
  manifestOtherDispatch: (p) => ({ message: `manifestet hører ikke til utsendingen «${p.dispatch}»; det blir ikke brukt`, hint: MANIFEST_HINT }),
  manifestBadId: (p) => ({ message: `oppføringen «${p.id}» er ikke en gyldig virksomhets-id; den blir ikke brukt`, hint: MANIFEST_HINT }),
  manifestNotMapping: (p) => ({ message: `oppføringen «${p.id}» er ikke en oversikt over formater; den blir ikke brukt`, hint: MANIFEST_HINT }),
  manifestBadEntry: (p) => ({ message: `oppføringen «${p.id}» har en ugyldig del «${p.entry}»; den blir ikke brukt`, hint: MANIFEST_HINT }),
  manifestMoreBad: (p) => ({
    message: p.count === 1 ? "1 ugyldig oppføring til; den blir ikke brukt" : `${p.count} ugyldige oppføringer til; de blir ikke brukt`,
    hint: MANIFEST_HINT,
  }),

  keptNotRegular: () => "det er ikke en vanlig fil",
  keptNoRecord: () => "brev har ikke registrert at det skrev den",
  keptAdopted: () => "den ble endret for hånd og tatt vare på (brev adopt)",
  keptEdited: () => "den er endret for hånd etter at brev skrev den",
  keptCopy: (p) => `den er en kopi av brevet ${p.letter} (det står i filen selv): brev skrev den ikke under dette navnet`,
  keptNotStamped: () => "den har ikke fingeravtrykket til brevet som brev registrerte der (brev har kanskje ikke laget den)",
};
