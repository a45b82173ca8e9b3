// The check each library adapter (pdfkit-adapter.ts, docx-adapter.ts) makes of the version its patches were written for.

/** Why an adapter's patches may not fit the installed library; undefined when its version is the one they were written for. */
export function adapterVersionProblem(adapter: { pkg: string; file: string; constant: string; version: string }, installed: string): string | undefined {
  if (installed === adapter.version) return undefined;
  return (
    `${adapter.file} patches ${adapter.pkg} ${adapter.version}, but ${adapter.pkg} ${installed} is installed: ` +
    `check each patch in ${adapter.file} against it (render with { patched: false } meanwhile), then set ${adapter.constant}`
  );
}
