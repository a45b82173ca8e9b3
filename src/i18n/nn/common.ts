// The words of shared/ (everything in src/shared), in nynorsk.

import type { common as en } from "../en/common.js";
import type { Translation } from "../entry.js";

const specialWords = (kind: string | undefined) =>
  kind === "pipe"
    ? "ei namngitt røyrleidning (pipe)"
    : kind === "socket"
      ? "ein socket"
      : kind === "link"
        ? "ei lenkje"
        : kind === "device"
          ? "ei einingsfil"
          : "ei spesialfil";

export const common: Translation<typeof en> = {
  problemsInInput: (p) => (p.count === 1 ? "1 feil i det som vart lese inn" : `${p.count} feil i det som vart lese inn`),
  systemReason: (p) =>
    p.code === "EACCES" || p.code === "EPERM"
      ? "ingen tilgang"
      : p.code === "ENOSPC"
        ? "disken er full"
        : p.code === "EROFS"
          ? "disken er skriveverna"
          : p.code === "ENOENT"
            ? "finst ikkje"
            : p.detail,
  cannotWrite: (p) => ({
    message: `kan ikkje skrive ${p.file}: ${p.reason}`,
    hint: "sjekk at mappa finst, at du har lov til å skrive i ho, og at det er plass på disken",
  }),

  fileIsFolder: (p) => `${p.file} er ei mappe`,
  fileIsSpecial: (p) => `${p.file} er ${specialWords(p.kind)}`,
  fileTooLarge: (p) => `${p.file} er på ${p.size} byte`,
  fileGrew: (p) => `${p.file} vart større enn ${p.limit} byte`,
  fileOutsideProject: (p) => `${p.file} fører ut av prosjektmappa`,
  fileTooManyLinks: (p) => `${p.file}: for mange lenkjer`,
  notFoundAtRevision: (p) => (p.detail === "" ? `${p.file}: finst ikkje` : `${p.file}: ${p.detail}`),
  notAFileAtRevision: (p) => `${p.file}: er ikkje ei fil i ${p.ref}`,

  notADate: (p) => `«${p.text}» er ikkje ein dato; skriv han som ÅÅÅÅ-MM-DD, til dømes 2020-10-30`,
  noYearZero: (p) => `${p.text} er ikkje ein dato: det finst ikkje noko år 0`,
  noSuchMonth: (p) => `${p.text} er ikkje ein dato: det finst ingen månad ${p.month}`,
  noSuchDay: (p) => `${p.text} er ikkje ein dato: ${p.month} har ${p.days} dagar`,

  controlCharacter: () => "eit kontrollteikn",
  loneSurrogate: () => "eit halvt teikn (eit einsleg surrogat)",
  nonCharacter: () => "eit ikkje-teikn (non-character)",
  reservedCharacter: () => "eit privat teikn som brev held av til eige bruk",
  beyondUnicode: () => "eit tal som ligg etter det siste teiknet i Unicode",
  writtenAsReference: (p) => `${p.what}, skrive som ${p.reference}`,
};
