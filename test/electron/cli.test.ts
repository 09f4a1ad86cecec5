import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestArgument } from '../../electron/cli';

const cwd = path.resolve('/work/pods');

describe('manifestArgument', () => {
  it('finds the manifest in a packaged app’s arguments', () => {
    expect(manifestArgument(['/opt/Pod Builder/pod-builder', 'web.yaml'], cwd, true)).toBe(
      path.join(cwd, 'web.yaml'),
    );
    expect(manifestArgument(['pod-builder', '--no-sandbox', '/tmp/a.YML'], cwd, true)).toBe(
      path.resolve('/tmp/a.YML'),
    );
  });

  it('skips the app folder in development (electron . file.yaml)', () => {
    expect(manifestArgument(['electron', '.', 'pod.yaml'], cwd, false)).toBe(
      path.join(cwd, 'pod.yaml'),
    );
    expect(manifestArgument(['electron', 'app.yaml'], cwd, false)).toBeNull();
  });

  it('ignores switches and other files', () => {
    expect(manifestArgument(['pod-builder', '--flag=x.yaml', 'notes.txt'], cwd, true)).toBeNull();
    expect(manifestArgument(['pod-builder'], cwd, true)).toBeNull();
  });
});
