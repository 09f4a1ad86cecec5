import { describe, expect, it } from 'vitest';
import { parseManifest, validateManifest } from '../../../shared';
import { largePod, SHARED_MOUNTS, SHARED_VOLUME } from '../../../bench/large-pod';

describe('the benchmarks’ large Pod', () => {
  const text = largePod();
  const parsed = parseManifest(text);

  it('is the same text every time', () => {
    expect(largePod()).toBe(text);
  });

  it('parses to 60 containers and 120 volumes, without a diagnostic', () => {
    expect(parsed.status).toBe('ok');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.view?.containers).toHaveLength(60);
    expect(parsed.view?.volumes).toHaveLength(120);
  });

  it('is about 5,000 lines long', () => {
    const lines = text.split('\n').length;
    expect(lines).toBeGreaterThan(4500);
    expect(lines).toBeLessThan(5500);
  });

  it(`has a volume mounted by ${SHARED_MOUNTS} containers`, () => {
    const mounting = parsed.view?.containers.filter((c) =>
      c.mounts.some((m) => m.volume === SHARED_VOLUME),
    );
    expect(mounting).toHaveLength(SHARED_MOUNTS);
  });

  it('mounts every volume and passes validation without errors', () => {
    const mounted = new Set(parsed.view?.containers.flatMap((c) => c.mounts.map((m) => m.volume)));
    expect(mounted.size).toBe(120);
    const errors = validateManifest(text).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });
});
