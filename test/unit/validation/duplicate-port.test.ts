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

  it('does not say the API server warns when the target is older than its warning (1.28)', () => {
    const text = pod(['{containerPort: 8080}', '{containerPort: 8080}']);
    const [problem] = validateManifest(text, { kubernetesVersion: '1.27' }).filter(
      (p) => p.ruleId === 'pod/duplicate-port',
    );
    expect(problem?.message).toBe(
      'Container "app" lists port 8080/TCP twice: the API server accepts it (from Kubernetes 1.28 with the warning "duplicate port definition"), but `kubectl apply --server-side` refuses it. Keep one entry for the port.',
    );
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

describe('the same port in two containers', () => {
  const across = (text: string, kubernetesVersion?: string) =>
    validateManifest(text, { kubernetesVersion })
      .filter((p) => p.ruleId === 'pod/duplicate-port-across-containers')
      .map((p) => ({ ...p, at: text.slice(p.range.from, p.range.to) }));
  const withInit = (initPort: string, appPort: string, more = '') => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
${more}  initContainers:
    - name: setup
      image: busybox:1.36
      ports: [${initPort}]
  containers:
    - name: app
      image: nginx:1.27
      ports: [${appPort}]
`;

  it('in an init and an app container, is the API server’s warning, at the second one', () => {
    const text = withInit('{containerPort: 8080}', '{containerPort: 8080, name: http}');
    const [problem, ...rest] = across(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      ruleId: 'pod/duplicate-port-across-containers',
      line: 13,
      at: '8080',
      severity: 'warning',
      refusedBy: null,
      nodeId: 'container:app',
      message:
        'Container "app" declares port 8080/TCP, as init container "setup" does: the API server warns "duplicate port definition". Declare the port in one of them.',
    });
    expect(problem!.fix).toBeUndefined();
    // Init containers run before the app containers: no clash when the Pod runs.
    expect(validateManifest(text).map((p) => p.ruleId)).not.toContain('pod/port-conflict');
  });

  it('is not reported to a cluster before 1.28, whose API server does not warn', () => {
    const text = withInit('{containerPort: 8080}', '{containerPort: 8080}');
    expect(across(text, '1.27')).toEqual([]);
    expect(across(text, '1.28')).toHaveLength(1);
  });

  it('words a host port as the API server does, and is silent where it is', () => {
    const message = (init: string, app: string) =>
      across(withInit(init, app)).map((p) => p.message);
    expect(message('{containerPort: 80}', '{containerPort: 80, hostPort: 8080}')).toEqual([
      'Container "app" declares port 80/TCP, as init container "setup" does: the API server warns "overlapping port definition". Declare the port in one of them.',
    ]);
    expect(
      message(
        '{containerPort: 80, hostPort: 8080, hostIP: 10.0.0.1}',
        '{containerPort: 80, hostPort: 8080}',
      ),
    ).toEqual([
      'Container "app" declares port 80/TCP, as init container "setup" does: the API server warns "dangerously ambiguous port definition". Declare the port in one of them.',
    ]);
    expect(
      message('{containerPort: 80, hostPort: 8080}', '{containerPort: 80, hostPort: 8081}'),
    ).toEqual([]);
    expect(message('{containerPort: 53}', '{containerPort: 53, protocol: UDP}')).toEqual([]);
  });

  it('names each earlier container once, and a native sidecar by its role', () => {
    const text = withInit(
      '{containerPort: 9000}, {containerPort: 9000, protocol: TCP}',
      '{containerPort: 9000}',
    ).replace(
      '  containers:\n',
      '    - name: mesh\n      image: envoyproxy/envoy:v1.31.0\n      restartPolicy: Always\n      ports: [{containerPort: 9000}]\n  containers:\n',
    );
    // The API server warns each time against both entries of "setup": one problem names it.
    expect(across(text).map((p) => [p.line, p.nodeId, p.message])).toEqual([
      [
        13,
        'container:mesh',
        'Native sidecar "mesh" declares port 9000/TCP, as init container "setup" does: the API server warns "duplicate port definition". Declare the port in one of them.',
      ],
      [
        17,
        'container:app',
        'Container "app" declares port 9000/TCP, as init container "setup" does: the API server warns "duplicate port definition". Declare the port in one of them.',
      ],
    ]);
    // The sidecar and the app container run side by side: that clash is an error of its own.
    expect(validateManifest(text).filter((p) => p.ruleId === 'pod/port-conflict')).toHaveLength(1);
  });

  it('in a Pod on the host’s network, compares the host ports the API server fills in', () => {
    const text = withInit(
      '{containerPort: 8080, hostPort: 8080, hostIP: 10.0.0.1}',
      '{containerPort: 8080, hostIP: 10.0.0.2}, {containerPort: 8080, hostPort: 8080}',
      '  hostNetwork: true\n',
    );
    // ports[0] becomes 8080 on 10.0.0.2: beside 10.0.0.1, no warning; ports[1] is on every address.
    expect(across(text).map((p) => p.message)).toEqual([
      'Container "app" declares port 8080/TCP, as init container "setup" does: the API server warns "dangerously ambiguous port definition". Declare the port in one of them.',
    ]);
    expect(repeats(text).map((p) => p.message)).toEqual([
      'Container "app" lists port 8080/TCP twice: the API server warns "dangerously ambiguous port definition", and `kubectl apply --server-side` refuses it. Keep one entry for the port.',
    ]);
  });
});
