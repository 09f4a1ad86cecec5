import { describe, expect, it } from 'vitest';
import { splitImage } from '../../../shared/validation/lint/images';
import { portNameProblem } from '../../../shared/validation/names';
import { parseQuantity } from '../../../shared/manifest/quantity';
import {
  DEFAULT_KUBERNETES_VERSION,
  isBefore,
  parseKubeVersion,
} from '../../../shared/validation/version';

describe('parseQuantity', () => {
  it.each([
    ['250m', 0.25],
    ['1', 1],
    [2, 2],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['512Mi', 512 * 2 ** 20],
    ['1Gi', 2 ** 30],
    ['128M', 128e6],
    ['1e3', 1000],
    ['1E-3', 0.001],
    ['100k', 1e5],
  ])('reads %s', (text, value) => {
    expect(parseQuantity(text)).toBeCloseTo(value, 9);
  });

  it.each(['512MB', '1 Gi', 'one', '', '1.5.2', 'Mi', '1mi', null, true])('refuses %s', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });
});

describe('portNameProblem', () => {
  it.each(['http', 'metrics', 'grpc-web', 'h2c', 'a1'])('accepts %s', (name) => {
    expect(portNameProblem(name)).toBeNull();
  });

  it.each(['HTTP', 'web--ui', '8080', '-http', 'http-', 'a-very-long-port-name', ''])(
    'refuses %s',
    (name) => {
      expect(portNameProblem(name)).not.toBeNull();
    },
  );
});

describe('splitImage', () => {
  it.each([
    ['nginx', 'nginx', null, false],
    ['nginx:1.27', 'nginx', '1.27', false],
    ['registry:5000/team/app', 'registry:5000/team/app', null, false],
    ['registry:5000/team/app:v2', 'registry:5000/team/app', 'v2', false],
    ['app@sha256:abc', 'app', null, true],
  ])('splits %s', (image, repository, tag, digest) => {
    expect(splitImage(image)).toEqual({ repository, tag, digest });
  });
});

describe('parseKubeVersion', () => {
  it('reads the usual spellings and falls back to the default', () => {
    expect(parseKubeVersion('1.29')).toEqual({ major: 1, minor: 29 });
    expect(parseKubeVersion('v1.31.2')).toEqual({ major: 1, minor: 31 });
    expect(parseKubeVersion(' 1.30.0-rc.1 ')).toEqual({ major: 1, minor: 30 });
    expect(parseKubeVersion('latest')).toEqual(parseKubeVersion(DEFAULT_KUBERNETES_VERSION));
    expect(parseKubeVersion(undefined)).toEqual(parseKubeVersion(DEFAULT_KUBERNETES_VERSION));
    expect(isBefore({ major: 1, minor: 28 }, 1, 29)).toBe(true);
    expect(isBefore({ major: 1, minor: 29 }, 1, 29)).toBe(false);
  });
});
