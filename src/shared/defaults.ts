// Where brev looks and writes when not told otherwise, relative to the working folder. Defined once: the library
// uses them, and the CLI shows them in its help.

export const DEFAULTS = {
  /** Registries: every *.yaml in this folder. */
  registries: "data",
  /** Templates: <name>.<language>.md.hbs in this folder. */
  templates: "templates",
  /** Letters: <out>/<dispatch>/<agency>.<format>. */
  out: "out",
} as const;
