import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import { isIpAddress } from '../../../shared/validation/semantic/pod-spec';
import { applyFix, textAt } from './helpers';

const pod = (aliases: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostAliases:
${aliases}  containers:
    - name: app
      image: nginx:1.27
`;

const problems = (text: string) =>
  validateManifest(text).filter((p) => p.ruleId === 'pod/invalid-host-alias');

describe('isIpAddress', () => {
  it('takes IPv4 and IPv6 addresses as the API server parses them', () => {
    for (const ip of [
      '10.0.0.1',
      '010.0.0.1',
      '::1',
      '::',
      '2001:db8::ffff',
      '::ffff:10.0.0.1',
      '1:2:3:4:5:6:7:8',
    ]) {
      expect(isIpAddress(ip), ip).toBe(true);
    }
    for (const ip of [
      '10.0.0.256',
      '10.0.0',
      'db.local',
      '',
      '10.0.0.1:80',
      '10.0.0.0/24',
      '1::2::3',
      'fe80::1%eth0',
      '1:2:3:4:5:6:7:8:9',
      '12345::1',
    ]) {
      expect(isIpAddress(ip), ip).toBe(false);
    }
  });
});

describe('a host alias', () => {
  it('with an IP that is not one is refused', () => {
    const text = pod('    - ip: 10.0.0.300\n      hostnames: [db.local]\n');
    const [problem, ...rest] = problems(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server', nodeId: 'pod' });
    expect(textAt(text, problem!)).toBe('10.0.0.300');
    expect(problem!.message).toBe(
      'Host alias 1: "10.0.0.300" is not an IP address (e.g. 10.1.2.3 or 2001:db8::1).',
    );
    expect(problem!.fix).toBeUndefined();
  });

  it('with a port or a prefix length after the address is fixed to the address', () => {
    const text = pod('    - ip: "10.0.0.5:5432"\n      hostnames: [db.local]\n');
    const [problem] = problems(text);
    expect(problem!.fix?.title).toBe('Write 10.0.0.5');
    expect(problems(applyFix(text, problem!))).toEqual([]);
  });

  it('with a hostname that is no DNS name is refused', () => {
    const text = pod('    - ip: 10.0.0.5\n      hostnames: [DB_Primary]\n');
    const [problem] = problems(text);
    expect(textAt(text, problem!)).toBe('DB_Primary');
    expect(problem!.fix?.title).toBe('Use "db-primary"');
    expect(problems(applyFix(text, problem!))).toEqual([]);
  });

  it('with an IPv4 or IPv6 address and DNS names is accepted', () => {
    expect(
      problems(
        pod(
          '    - ip: 10.0.0.5\n      hostnames: [db.local]\n    - ip: "2001:db8::5"\n      hostnames: [db6]\n',
        ),
      ),
    ).toEqual([]);
  });
});
