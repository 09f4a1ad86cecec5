import { describe, expect, it } from 'vitest';
import {
  checkDnsLabel,
  checkDnsSubdomain,
  checkEnvName,
  checkImage,
  checkInteger,
  checkLabelValue,
  checkMemory,
  checkMilliBytes,
  checkMountPath,
  checkPort,
  checkPortName,
  checkPortRef,
  checkQualifiedName,
  checkQuantity,
  checkSubPath,
  isQuantity,
  optional,
} from '../../../shared/inspect';

describe('quantities', () => {
  it.each(['250m', '1', '0.5', '512Mi', '1Gi', '1e3', '1E3', '2k', '.5', '100M', '+1', '1.'])(
    'accepts %s',
    (q) => expect(checkQuantity(q)).toBeNull(),
  );

  it.each(['12 apples', 'Mi', '1.2.3', '512MB', '1gi', '1e', '', '--1', '1 Gi'])(
    'refuses %s',
    (q) => expect(isQuantity(q)).toBe(false),
  );

  it('says what a quantity looks like', () => {
    expect(checkQuantity('12 apples')).toBe(
      '12 apples is not a quantity: use 250m, 1, 0.5, 512Mi, 1Gi…',
    );
  });

  it('refuses negative resources', () => {
    expect(isQuantity('-1')).toBe(true);
    expect(checkQuantity('-1')).toMatch(/negative/);
  });

  it('catches memory in thousandths of a byte', () => {
    expect(checkMemory('512m')).toBe('512m means thousandths of a byte: did you mean 512Mi?');
    expect(checkMemory('512Mi')).toBeNull();
    expect(checkQuantity('512m')).toBeNull();
  });

  it('says of thousandths of a byte only, for the Problems panel as for the form', () => {
    expect(checkMilliBytes(' 512m ')).toBe('512m means thousandths of a byte: did you mean 512Mi?');
    expect(checkMilliBytes('512Mi')).toBeNull();
    expect(checkMilliBytes('12 apples m')).toBeNull();
    expect(checkMemory('12 apples m')).toBe(checkQuantity('12 apples m'));
  });
});

describe('ports', () => {
  it('takes 1–65535', () => {
    expect(checkPort('1')).toBeNull();
    expect(checkPort('65535')).toBeNull();
    expect(checkPort('0')).toBe('0 is out of range: a port is 1–65535');
    expect(checkPort('70000')).toBe('70000 is out of range: a port is 1–65535');
    expect(checkPort('80a')).toMatch(/not a port number/);
    expect(checkPort('')).toMatch(/not a port number/);
  });

  it('checks IANA_SVC_NAME port names', () => {
    expect(checkPortName('http')).toBeNull();
    expect(checkPortName('http-metrics')).toBeNull();
    expect(checkPortName('a-very-long-port-name')).toMatch(/longer than 15/);
    expect(checkPortName('8080')).toMatch(/at least one letter/);
    expect(checkPortName('my--port')).toMatch(/'--'/);
    expect(checkPortName('HTTP')).toMatch(/lower-case/);
    expect(checkPortName('-http')).toMatch(/start or end/);
  });

  it('lets a probe name a port or give its number', () => {
    expect(checkPortRef('8080')).toBeNull();
    expect(checkPortRef('http')).toBeNull();
    expect(checkPortRef('70000')).toMatch(/out of range/);
    expect(checkPortRef('')).toMatch(/needs a port/);
  });
});

describe('names', () => {
  it('checks DNS-1123 labels with the manifest core', () => {
    expect(checkDnsLabel('api-server')).toBeNull();
    expect(checkDnsLabel('Api_Server')).toMatch(/lower-case/);
    expect(checkDnsLabel('')).toMatch(/empty/);
    expect(checkDnsLabel('a'.repeat(64))).toMatch(/longer than 63/);
  });

  it('checks DNS-1123 subdomains', () => {
    expect(checkDnsSubdomain('my-config.v2')).toBeNull();
    expect(checkDnsSubdomain('my_config')).toMatch(/lower-case/);
  });

  it('checks label keys and values', () => {
    expect(checkQualifiedName('app')).toBeNull();
    expect(checkQualifiedName('app.kubernetes.io/name')).toBeNull();
    expect(checkQualifiedName('a/b/c')).toMatch(/more than one/);
    expect(checkQualifiedName('Bad_Prefix/x')).toMatch(/prefix/);
    expect(checkQualifiedName('-x')).toMatch(/starting and ending/);
    expect(checkLabelValue('')).toBeNull();
    expect(checkLabelValue('v1.2')).toBeNull();
    expect(checkLabelValue('has space')).toMatch(/letters, digits/);
  });

  it('checks environment variable names', () => {
    expect(checkEnvName('LOG_LEVEL')).toBeNull();
    expect(checkEnvName('A=B')).toMatch(/'='/);
    expect(checkEnvName('')).toMatch(/needs a name/);
  });
});

describe('paths', () => {
  it('wants absolute mount paths', () => {
    expect(checkMountPath('/var/log/app')).toBeNull();
    expect(checkMountPath('var/log')).toBe('"var/log" is not absolute: start it with /');
    expect(checkMountPath('/a:b')).toMatch(/':'/);
  });

  it('keeps sub-paths inside the volume', () => {
    expect(checkSubPath('')).toBeNull();
    expect(checkSubPath('conf/app.yaml')).toBeNull();
    expect(checkSubPath('/etc')).toMatch(/relative/);
    expect(checkSubPath('../etc')).toMatch(/'\.\.'/);
  });
});

describe('images', () => {
  it.each([
    'nginx',
    'nginx:1.27',
    'grafana/promtail:2.9.0',
    'registry.example.com:5000/team/app:v1',
    'localhost/app',
    `busybox@sha256:${'a'.repeat(64)}`,
    'ghcr.io/org/app:1.0@sha256:' + 'b'.repeat(64),
    // An upper-case first part is a registry's host, as the runtimes split a name.
    'MyRegistry/app:1',
    '[::1]:5000/app:1',
  ])('accepts %s', (image) => expect(checkImage(image)).toBeNull());

  it('refuses what a runtime would not pull', () => {
    expect(checkImage('')).toMatch(/needs an image/);
    expect(checkImage('my api')).toMatch(/space/);
    expect(checkImage('nginx:1.27\u200b')).toMatch(/printable ASCII/);
    expect(checkImage('MyApi:v2')).toMatch(/lower-case/);
    expect(checkImage('app:')).toMatch(/not a tag/);
    expect(checkImage('app@md5:x')).toMatch(/not a digest/);
    expect(checkImage('team//app')).toMatch(/empty part/);
  });
});

describe('integers and optional fields', () => {
  it('checks bounds', () => {
    const seconds = checkInteger(0);
    expect(seconds('30')).toBeNull();
    expect(seconds('-1')).toMatch(/too small/);
    expect(seconds('1.5')).toMatch(/not a whole number/);
    expect(checkInteger(1, 10)('11')).toMatch(/too large/);
  });

  it('calls a number past 2^53 too large, never "not a whole number"', () => {
    const int64 = '9223372036854775807';
    expect(checkInteger(0)(int64)).toBe(
      `${int64} is too large to be edited here exactly (past 9007199254740991): write it in the YAML`,
    );
    expect(checkInteger(0, 2147483647)('12345678901234567890')).toBe(
      '12345678901234567890 is too large: the most is 2147483647',
    );
    expect(checkInteger(0)('-99999999999999999')).toBe(
      '-99999999999999999 is too small: the least is 0',
    );
    expect(checkPort('+99999999999999999999')).toBe(
      '99999999999999999999 is out of range: a port is 1–65535',
    );
  });

  it('lets an optional field be cleared', () => {
    expect(optional(checkPort)('')).toBeNull();
    expect(optional(checkPort)('0')).toMatch(/out of range/);
  });
});
