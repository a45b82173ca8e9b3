// What the library needs from the outside world, passed in rather than read behind the caller's back.

export interface BrevContext {
  /** Folder that relative paths (registries, templates, out) are resolved against, and shown relative to. */
  cwd: string;
  /** Folder of the letter templates; default `<cwd>/templates`. */
  templatesDir?: string;
}
