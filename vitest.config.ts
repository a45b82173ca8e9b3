import { configDefaults, defineConfig } from "vitest/config";
import { SlowFirst } from "./test/helpers/slow-first.js";

// test/package packs brev, installs the tarball from the npm registry's dependencies and runs it (minutes, network):
// only `npm run test:package` (or BREV_PACK_TEST=1, or naming test/package) runs it, not `npm test`.
const packTest = process.env.BREV_PACK_TEST === "1" || process.argv.some((a) => /(^|[/\\])test[/\\]package/.test(a));

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, ...(packTest ? [] : ["test/package/**"])],
    // The end-to-end tests run the built CLI: build dist/ first when src/ is newer; then the built CLI makes the
    // sample letters once for the tests that only read them.
    globalSetup: ["test/helpers/build-first.ts", "test/helpers/sample-letters.ts"],
    // Both cores: test files run two at a time.
    maxWorkers: 2,
    // A worker runs its test files one after another in one module graph instead of loading brev, pdfkit, docx and
    // fontkit again for each file (import time 28 s -> 7.5 s, npm test 90 s -> 59 s here). The tests keep no module
    // state of their own (the one that sets TZ puts it back); brev's module caches are keyed by content, and sharing
    // them across files is what a long run does too.
    isolate: false,
    sequence: { sequencer: SlowFirst },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
