// Shortens text echoed into a message, so an error never repeats long runs of somebody's file.

export function clip(text: string, max = 48): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
