// `brev preview [registry…]`: the letters in the browser while the clerk edits; Ctrl-C stops it.
import { ExitCode, startPreview, UsageError } from "../index.js";
import { type CommandSpec, contextWith, REGISTRY_ARGUMENT, withTemplates } from "./command.js";

export const previewCommand: CommandSpec<{ templates?: string; port?: string }> = {
  define: (program) =>
    withTemplates(
      program
        .command("preview")
        .description("show the letters in the browser (on this machine only), updated on every save; Ctrl-C stops it")
        .argument(...REGISTRY_ARGUMENT)
        .option("--port <n>", "the port (default: a free one)"),
    ),
  async run(registries, opts, { ctx, reporter, untilStopped }) {
    const port = opts.port === undefined ? 0 : Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: expected a port number, not "${opts.port}"`);
    const preview = await startPreview(registries, contextWith(ctx, opts), { port });
    reporter.line(`brev preview: ${preview.url}  (open it in your browser; Ctrl-C stops it)`);
    await untilStopped();
    await preview.close();
    reporter.line("brev preview: stopped");
    return { code: ExitCode.ok, document: { ok: true, url: preview.url } };
  },
};
