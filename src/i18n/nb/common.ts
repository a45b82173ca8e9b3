// The words of shared/ (everything in src/shared), in bokmål.

import type { common as en } from "../en/common.js";
import type { Translation } from "../entry.js";

const specialWords = (kind: string | undefined) =>
  kind === "pipe"
    ? "en navngitt rørledning (pipe)"
    : kind === "socket"
      ? "en socket"
      : kind === "link"
        ? "en lenke"
        : kind === "device"
          ? "en enhetsfil"
          : "en spesialfil";

export const common: Translation<typeof en> = {
  problemsInInput: (p) => (p.count === 1 ? "1 feil i det som ble lest inn" : `${p.count} feil i det som ble lest inn`),
  systemReason: (p) =>
    p.code === "EACCES" || p.code === "EPERM"
      ? "ingen tilgang"
      : p.code === "ENOSPC"
        ? "disken er full"
        : p.code === "EROFS"
          ? "disken er skrivebeskyttet"
          : p.code === "ENOENT"
            ? "finnes ikke"
            : p.detail,
  cannotWrite: (p) => ({
    message: `kan ikke skrive ${p.file}: ${p.reason}`,
    hint: "sjekk at mappen finnes, at du har lov til å skrive i den, og at det er plass på disken",
  }),

  fileIsFolder: (p) => `${p.file} er en mappe`,
  fileIsSpecial: (p) => `${p.file} er ${specialWords(p.kind)}`,
  fileTooLarge: (p) => `${p.file} er på ${p.size} byte`,
  fileGrew: (p) => `${p.file} ble større enn ${p.limit} byte`,
  fileOutsideProject: (p) => `${p.file} fører ut av prosjektmappen`,
  fileTooManyLinks: (p) => `${p.file}: for mange lenker`,
  notFoundAtRevision: (p) => (p.detail === "" ? `${p.file}: finnes ikke` : `${p.file}: ${p.detail}`),
  notAFileAtRevision: (p) => `${p.file}: er ikke en fil i ${p.ref}`,

  notADate: (p) => `«${p.text}» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, for eksempel 2020-10-30`,
  noYearZero: (p) => `${p.text} er ikke en dato: det finnes ikke noe år 0`,
  noSuchMonth: (p) => `${p.text} er ikke en dato: det finnes ingen måned ${p.month}`,
  noSuchDay: (p) => `${p.text} er ikke en dato: ${p.month} har ${p.days} dager`,

  controlCharacter: () => "et kontrolltegn",
  loneSurrogate: () => "et halvt tegn (en enslig surrogat)",
  nonCharacter: () => "et ikke-tegn (non-character)",
  reservedCharacter: () => "et privat tegn som brev holder av til eget bruk",
  beyondUnicode: () => "et tall som ligger etter det siste tegnet i Unicode",
  writtenAsReference: (p) => `${p.what}, skrevet som ${p.reference}`,
};
