// `brev preview [registry…]`: the letters in the browser while the clerk edits; Ctrl-C stops it.

import { say, t } from "../i18n/catalogue.js";
import { ExitCode, startPreview, UsageError } from "../index.js";
import { type CommandSpec, contextWith, registryArgument, withTemplates } from "./command.js";

export const previewCommand: CommandSpec<{ templates?: string; port?: string }> = {
  define: (program) =>
    withTemplates(
      program
        .command("preview")
        .description(t.cli.previewDescription())
        .argument(...registryArgument())
        .option("--port <n>", t.cli.portOption()),
    ),
  async run(registries, opts, { ctx, reporter, untilStopped }) {
    const port = opts.port === undefined ? 0 : Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(say.cli.badPort({ given: String(opts.port) }));
    const preview = await startPreview(registries, contextWith(ctx, opts), { port });
    reporter.line(t.cli.previewStarted({ url: preview.url }));
    await untilStopped();
    await preview.close();
    reporter.line(t.cli.previewStopped());
    return { code: ExitCode.ok, document: { ok: true, url: preview.url } };
  },
};
