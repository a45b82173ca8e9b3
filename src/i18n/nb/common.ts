// The words of shared/ (everything in src/shared), in bokmål.

import type { common as en } from "../en/common.js";
import type { Translation } from "../entry.js";

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
};
