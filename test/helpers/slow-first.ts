// Test files run two at a time; a slow file that starts last leaves one core idle while it finishes. So the slowest
// start first: the files below by the seconds they took in one run of npm test on this 2-core machine (vitest's own
// record of durations, which its default order uses, is not there on a fresh clone), then any other end-to-end file
// (they start processes), then the rest as vitest orders them. A list out of date costs time, never a test.
import { BaseSequencer, type TestSpecification } from "vitest/node";

const SECONDS: Record<string, number> = {
  "test/cli/bad-input.test.ts": 14.8,
  "test/e2e/clerk.test.ts": 12.3,
  "test/render/files.test.ts": 9.4,
  "test/e2e/kill.test.ts": 9.0,
  "test/e2e/preview.test.ts": 8.0,
  "test/render/render-threads.test.ts": 6.8,
  "test/render/archival.test.ts": 5.2,
  "test/e2e/concurrency.test.ts": 5.0,
  "test/api/diff.test.ts": 5.0,
  "test/e2e/hand-edits.test.ts": 4.4,
  "test/e2e/shards.test.ts": 4.3,
  "test/render/adapters.test.ts": 4.3,
  "test/api/incremental.test.ts": 3.8,
  "test/render/arkivmelding.test.ts": 3.6,
  "test/api/reproducible.test.ts": 3.1,
};

export class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const weight = (f: TestSpecification) => {
      const known = Object.entries(SECONDS).find(([file]) => f.moduleId.endsWith(`/${file}`));
      return known ? known[1] : f.moduleId.includes("/test/e2e/") ? 3 : 0;
    };
    return [...sorted].sort((a, b) => weight(b) - weight(a));
  }
}
