// The id rule: lower-case a-z, 0-9 and single hyphens. Dispatch and agency ids name folders and files, so the
// registry enforces it on input and the output stage checks it again on every name it builds or reads back.

export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isId(text: string): boolean {
  return ID.test(text);
}
