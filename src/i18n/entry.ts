// What a catalogue entry is: a function of its parameters that gives the words, and, for a problem, what to do
// about it. Grammar (plurals, word order) lives inside the entry of each language, never in the caller.

/** The words of one entry: a text, or a message and a hint. */
export type Words = string | { message: string; hint?: string | undefined };

/** A section of the English catalogue: entries by name. English is the reference every language must match. */
// biome-ignore lint/suspicious/noExplicitAny: the parameters of each entry are its own; the section only names them.
export type Section = Record<string, (params: any) => Words>;

/** The same section in another language: every entry, with the same parameters. */
export type Translation<S extends Section> = { [K in keyof S]: (params: Parameters<S[K]>[0]) => Words };

/** Numbers in running text: "12 500" with a no-break space, as Norwegian writes them (English: "12,500"). */
export function count(n: number, language: "en" | "nb" | "nn"): string {
  if (language === "en") return n.toLocaleString("en-GB");
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
}
