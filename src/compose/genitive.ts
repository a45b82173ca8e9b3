// Norwegian genitive: "Distriktssenterets", "HTUs", "DSS'" (a name ending in s, x or z takes only an apostrophe).

export function genitive(name: string): string {
  const trimmed = name.trimEnd();
  if (trimmed === "") return trimmed;
  return /[sxzSXZ]$/.test(trimmed) ? `${trimmed}'` : `${trimmed}s`;
}
