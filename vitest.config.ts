import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The end-to-end tests run the built CLI: build dist/ first when src/ is newer; then the built CLI makes the
    // sample letters once for the tests that only read them.
    globalSetup: ["test/helpers/build-first.ts", "test/helpers/sample-letters.ts"],
    // Both cores: test files run two at a time.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
