import { describe, expect, it } from 'vitest';
import { applyEdits, validateManifest } from '../../../shared';

const pod = (ports: string[], more = '') => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      ports:
${ports.map((p) => `        - ${p}`).join('\n')}
${more}`;

const repeats = (text: string) =>
  validateManifest(text)
    .filter((p) => p.ruleId === 'pod/duplicate-port')
    .map((p) => ({ ...p, at: text.slice(p.range.from, p.range.to) }));

describe('the same port twice in one container', () => {
  it('is the API server’s warning, at the second entry, with its removal offered', () => {
    const text = pod(['{containerPort: 8080, name: http}', '{containerPort: 8080, protocol: TCP}']);
    const [problem, ...rest] = repeats(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      line: 11,
      at: '8080',
      severity: 'warning',
      refusedBy: null,
      nodeId: 'container:app',
      message:
        'Container "app" lists port 8080/TCP twice: the API server warns "duplicate port definition", and `kubectl apply --server-side` refuses it. Keep one entry for the port.',
    });
    expect(problem!.fix?.title).toBe('Remove this repeated port');
    const fixed = applyEdits(text, problem!.fix!.edits);
    if (!fixed.ok) throw new Error(fixed.error);
    expect(fixed.text).toMatch(/ports:\n {8}- \{containerPort: 8080, name: http\}\n$/);
    expect(repeats(fixed.text)).toEqual([]);
  });

  it('words an entry with a host port as the API server does', () => {
    const overlapping = pod(['{containerPort: 80}', '{containerPort: 80, hostPort: 8080}']);
    expect(repeats(overlapping)[0]!.message).toContain('"overlapping port definition"');
    expect(repeats(overlapping)[0]!.fix).toBeUndefined();
    const ambiguous = pod([
      '{containerPort: 80, hostPort: 8080}',
      '{containerPort: 80, hostPort: 8080, hostIP: 10.0.0.1}',
    ]);
    expect(repeats(ambiguous)[0]!.message).toContain('"dangerously ambiguous port definition"');
  });

  it('keeps a differently named copy: a probe or Service may use its name', () => {
    const text = pod(['{containerPort: 8080, name: http}', '{containerPort: 8080, name: web}']);
    expect(repeats(text)).toHaveLength(1);
    expect(repeats(text)[0]!.fix).toBeUndefined();
  });

  it('on two host ports, says that only server-side apply refuses it', () => {
    const text = pod([
      '{containerPort: 80, hostPort: 8080}',
      '{containerPort: 80, hostPort: 8081}',
    ]);
    expect(repeats(text).map((p) => p.message)).toEqual([
      'Container "app" lists port 80/TCP twice, on two host ports or addresses: the API server accepts it, but `kubectl apply --server-side` refuses it (a container\'s ports are keyed by number and protocol).',
    ]);
    expect(repeats(text)[0]!.fix).toBeUndefined();
  });

  it('is not one port on two protocols, or in two containers', () => {
    expect(repeats(pod(['{containerPort: 53}', '{containerPort: 53, protocol: UDP}']))).toEqual([]);
    const two = pod(
      ['{containerPort: 8080}'],
      '    - name: proxy\n      image: envoyproxy/envoy:v1.31.0\n      ports: [{containerPort: 8080}]\n',
    );
    expect(repeats(two)).toEqual([]);
    expect(validateManifest(two).map((p) => p.ruleId)).toContain('pod/port-conflict');
  });
});
