#!/usr/bin/env node
// The `brev` command. Everything happens in dist/cli/main.js; this only reports a brev that cannot even load (exit 70).
try {
  const { main } = await import("../dist/cli/main.js");
  await main();
} catch (error) {
  process.stderr.write(`brev: internal error: brev could not start (run npm ci, which builds it)\n${error?.stack ?? error}\n`);
  process.exit(70);
}
