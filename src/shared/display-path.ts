// How a path appears in messages: relative to the working folder when inside it, with forward slashes.
import path from "node:path";

export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative.split(path.sep).join("/");
}
