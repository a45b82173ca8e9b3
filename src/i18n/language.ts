// Which language brev speaks to the person running it: --lang, then BREV_LANG, then the locale (LC_ALL,
// LC_MESSAGES, LANG, as POSIX orders them), then the locale the system reports to Node (Windows sets none of the
// variables). Norwegian bokmål for nb and no, nynorsk for nn, English for everything else.

export const LANGUAGES = ["nb", "nn", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language a locale name means: "nb_NO.UTF-8", "no", "nn-NO", "Norwegian Bokmål_Norway.1252" … */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  if (!locale) return undefined;
  const name = locale.trim().toLowerCase();
  if (name === "") return undefined;
  if (/^(nb|no)(?:[_.@-]|$)/.test(name) || name.startsWith("norwegian bokm") || name === "norwegian") return "nb";
  if (/^nn(?:[_.@-]|$)/.test(name) || name.startsWith("norwegian nynorsk") || name.startsWith("norwegian-nynorsk")) return "nn";
  return "en";
}

/** The system's own locale as Node's ICU reports it (on Windows, the user's display language). */
export function systemLocale(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return undefined;
  }
}

/**
 * The language to speak. `flag` is --lang (already checked by the caller); an unknown BREV_LANG is ignored here and
 * reported by the CLI. The first locale variable that is set decides, as in POSIX: LC_ALL=C means English even
 * when LANG says nb_NO.
 */
export function chooseLanguage(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  system: () => string | undefined = systemLocale,
): Language {
  if (flag && isLanguage(flag)) return flag;
  const brev = env.BREV_LANG?.trim().toLowerCase();
  if (brev && isLanguage(brev)) return brev;
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"] as const) {
    const value = env[name];
    if (value && value.trim() !== "") return languageOfLocale(value) ?? "en";
  }
  return languageOfLocale(system()) ?? "en";
}
