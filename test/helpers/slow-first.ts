// Test files run two at a time; a slow file that starts last leaves one core idle while it finishes. The files
// that start processes (test/e2e/) are the slowest, so they start first, then the rest as vitest orders them.
import { BaseSequencer, type TestSpecification } from "vitest/node";

export class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const slow = (f: TestSpecification) => (f.moduleId.includes("/test/e2e/") ? 0 : 1);
    return [...sorted].sort((a, b) => slow(a) - slow(b));
  }
}
