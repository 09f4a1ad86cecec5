import { describe, expect, it } from 'vitest';
import { bigPod } from '../../../bench/validate.bench-case';
import { validateManifest } from '../../../shared';

// Speed is measured by the benchmark, not asserted here: this checks that the benchmark's Pod
// is the size it claims and that it validates cleanly, so the benchmark times the whole path.
describe("the benchmark's 5,000-line Pod", () => {
  it('is about 5,000 lines and has no problem', () => {
    const text = bigPod();
    expect(text.split('\n').length).toBeGreaterThanOrEqual(4900);
    expect(validateManifest(text)).toEqual([]);
  }, 60_000);
});
