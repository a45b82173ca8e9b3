// Word statistics for comparing a generated letter with a seed letter.

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the seed's words (as a multiset) that the candidate also has. */
export function wordCoverage(seed: string, candidate: string): { coverage: number; missing: string[] } {
  const available = new Map<string, number>();
  for (const w of words(candidate)) available.set(w, (available.get(w) ?? 0) + 1);
  const seedWords = words(seed);
  const missing: string[] = [];
  for (const w of seedWords) {
    const left = available.get(w) ?? 0;
    if (left > 0) available.set(w, left - 1);
    else missing.push(w);
  }
  return { coverage: seedWords.length === 0 ? 1 : 1 - missing.length / seedWords.length, missing };
}

export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
