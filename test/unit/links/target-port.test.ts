import { describe, expect, it } from 'vitest';
import { applyEdits, validateManifest } from '../../../shared';

/** The tester's file after the port was renamed in the YAML: the Service still says `http`. */
const POD = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: solo',
  '  labels:',
  '    app: solo',
  'spec:',
  '  containers:',
  '    - name: app',
  '      image: nginx:1.27',
  '      ports:',
  '        - containerPort: 8080',
  '          name: web',
  '',
].join('\n');

const SERVICE = [
  '---',
  '# The front door.',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: solo',
  'spec:',
  '  selector:',
  '    app: solo',
  '  ports:',
  '    - port: 80',
  '      targetPort: http',
  '',
].join('\n');

const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: solo',
  'spec:',
  '  selector:',
  '    matchLabels: {app: solo}',
  '  template:',
  '    metadata:',
  '      labels: {app: solo}',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          image: nginx:1.27',
  '          ports: [{name: web, containerPort: 8080}]',
  '',
].join('\n');

const dangling = (text: string, document?: number) =>
  validateManifest(text, document === undefined ? {} : { document }).filter(
    (p) => p.ruleId === 'pod/unknown-target-port',
  );

describe("a Service's targetPort that names no port of the Pod it selects", () => {
  it("is an error at the Service's targetPort, on the Pod, with fixes on either side", () => {
    const text = POD + SERVICE;
    const [problem, ...rest] = dangling(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error',
      refusedBy: null,
      nodeId: 'pod',
      message:
        'The Service "solo" forwards its port 80 to the port "http", but no container of the Pod has a port of that name: the Pod gets none of its traffic.',
      line: text.split('\n').indexOf('      targetPort: http') + 1,
      col: '      targetPort: '.length + 1,
    });
    expect(text.slice(problem!.range.from, problem!.range.to)).toBe('http');
    // The Service pointed at the port as it is named now: only the targetPort changes.
    expect(problem!.fix?.title).toBe('Point the Service at the port "web" of "app"');
    const retargeted = applyEdits(text, problem!.fix!.edits, { document: 0 });
    if (!retargeted.ok) throw new Error(retargeted.error);
    expect(retargeted.text).toBe(text.replace('targetPort: http', 'targetPort: web'));
    expect(dangling(retargeted.text)).toEqual([]);
    // Or the port given the name the Service asks for.
    const rename = problem!.moreFixes?.[0];
    expect(rename?.title).toBe('Rename the port "web" of "app" to "http"');
    const fixed = applyEdits(text, rename!.edits, { document: 0 });
    if (!fixed.ok) throw new Error(fixed.error);
    expect(fixed.text).toBe(text.replace('name: web', 'name: http'));
    expect(dangling(fixed.text)).toEqual([]);
  });

  it("is reported for a Deployment whose template the Service selects, and names an unnamed port's number", () => {
    const text = DEPLOYMENT + SERVICE;
    expect(dangling(text).map((p) => p.message)).toEqual([
      'The Service "solo" forwards its port 80 to the port "http", but no container of the Deployment\'s Pods has a port of that name: the Deployment\'s Pods get none of its traffic.',
    ]);
    const unnamed = DEPLOYMENT.replace('{name: web, containerPort: 8080}', '{containerPort: 8080}');
    const [problem] = dangling(unnamed + SERVICE);
    expect(problem!.fix?.title).toBe('Point the Service at the port 8080 of "app"');
    const retargeted = applyEdits(unnamed + SERVICE, problem!.fix!.edits, { document: 0 });
    if (!retargeted.ok) throw new Error(retargeted.error);
    expect(retargeted.text).toBe(
      (unnamed + SERVICE).replace('targetPort: http', 'targetPort: 8080'),
    );
    expect(problem!.moreFixes?.[0]?.title).toBe('Name the port 8080 of "app" "http"');
    const fixed = applyEdits(unnamed + SERVICE, problem!.moreFixes![0]!.edits, { document: 0 });
    if (!fixed.ok) throw new Error(fixed.error);
    expect(fixed.text).toContain('ports: [{containerPort: 8080, name: http}]');
    expect(dangling(fixed.text)).toEqual([]);
  });

  it('is not reported for a numeric targetPort, a name the Pod has, or a Service that selects another Pod', () => {
    expect(dangling(POD + SERVICE.replace('targetPort: http', 'targetPort: 8080'))).toEqual([]);
    expect(dangling(POD + SERVICE.replace('      targetPort: http\n', ''))).toEqual([]);
    expect(dangling(POD + SERVICE.replace('targetPort: http', 'targetPort: web'))).toEqual([]);
    expect(dangling(POD + SERVICE.replace('    app: solo', '    app: other'))).toEqual([]);
    const elsewhere = SERVICE.replace('  name: solo\n', '  name: solo\n  namespace: shop\n');
    const podIn = POD.replace('  name: solo\n', '  name: solo\n  namespace: prod\n');
    expect(dangling(podIn + elsewhere)).toEqual([]);
  });

  it('reports a number written in quotes: a name to the endpoints, refused by the API server', () => {
    const text = POD + SERVICE.replace('targetPort: http', 'targetPort: "8080"');
    const [problem, ...rest] = dangling(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error',
      refusedBy: 'api-server',
      message:
        'The Service "solo" forwards its port 80 to "8080", quoted: a string is a port\'s name, which needs a letter, so the API server refuses the Service. Write the number without quotes: targetPort: 8080.',
    });
    expect(text.slice(problem!.range.from, problem!.range.to)).toBe('"8080"');
  });

  it("counts a native sidecar's ports, not a plain init container's", () => {
    const withInit = (restartPolicy: string) =>
      POD.replace(
        '  containers:\n',
        `  initContainers:\n    - name: proxy\n      image: envoyproxy/envoy:v1.31.0\n${restartPolicy}      ports: [{name: http, containerPort: 9000}]\n  containers:\n`,
      );
    expect(dangling(withInit('      restartPolicy: Always\n') + SERVICE)).toEqual([]);
    const plain = dangling(withInit('') + SERVICE);
    expect(plain).toHaveLength(1);
    // The init container's port is none a Service reaches: the one left is the app's.
    expect(plain[0]!.moreFixes?.[0]?.title).toBe('Rename the port "web" of "app" to "http"');
  });

  it('has no fix when the Pod has several ports the Service could mean, or none', () => {
    const two = POD.replace(
      '          name: web\n',
      '          name: web\n        - containerPort: 9090\n          name: metrics\n',
    );
    const [several] = dangling(two + SERVICE);
    expect(several!.severity).toBe('error');
    expect(several!.fix).toBeUndefined();
    const none = POD.replace(/ {6}ports:\n[\s\S]*$/, '');
    const [problem] = dangling(none + SERVICE);
    expect(problem!.message).toMatch(/no container of the Pod has a port of that name/);
    expect(problem!.fix).toBeUndefined();
  });

  it('says when the port of that name has another protocol', () => {
    const udp = SERVICE.replace('    - port: 80\n', '    - port: 53\n      protocol: UDP\n');
    const text = POD.replace('name: web', 'name: http') + udp;
    expect(dangling(text).map((p) => p.message)).toEqual([
      'The Service "solo" forwards its port 53 to the UDP port "http", but the port "http" of "app" is TCP: the Pod gets none of its traffic.',
    ]);
  });

  it('is a warning, without a fix, when the Service reaches the Pod on another of its ports', () => {
    const two = SERVICE.replace(
      '    - port: 80\n',
      '    - name: main\n      port: 8080\n      targetPort: web\n    - name: metrics\n      port: 80\n',
    );
    const [problem, ...rest] = dangling(POD + two);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning' });
    expect(problem!.message).toMatch(
      /^The Service "solo" forwards its port "metrics" to the port "http"/,
    );
    expect(problem!.fix).toBeUndefined();
  });

  it('is checked for the Pod shown, not for the Service document', () => {
    expect(dangling(POD + SERVICE, 1)).toEqual([]);
  });
});
