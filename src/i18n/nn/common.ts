// The words of shared/ (everything in src/shared), in nynorsk.

import type { common as en } from "../en/common.js";
import type { Translation } from "../entry.js";

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
};
