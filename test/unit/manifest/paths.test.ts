import { describe, expect, it } from 'vitest';
import { cleanPath, sameDirectoryAs } from '../../../shared/manifest/paths';

describe('a path as the runtime resolves it', () => {
  it.each([
    ['/data', '/data'],
    ['/data/', '/data'],
    ['//data', '/data'],
    ['/data/.', '/data'],
    ['/./data', '/data'],
    ['/x/../data', '/data'],
    ['/../data', '/data'],
    ['/', '/'],
    ['a/../../b', '../b'],
  ])('%s is %s', (path, clean) => expect(cleanPath(path)).toBe(clean));

  it('finds another spelling of the same directory, not the same spelling', () => {
    expect(sameDirectoryAs('/data/', ['/logs', '/data'])).toBe('/data');
    expect(sameDirectoryAs('/data', ['/data'])).toBeNull();
    expect(sameDirectoryAs('/data/sub', ['/data'])).toBeNull();
  });
});
