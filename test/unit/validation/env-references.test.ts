import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import { envReferences } from '../../../shared/validation/semantic/expansion';

const pod = (container: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
${container}`;

const references = (text: string) =>
  validateManifest(text)
    .filter((p) => p.ruleId === 'pod/undefined-env-reference')
    .map((p) => ({
      at: text.slice(p.range.from, p.range.to),
      line: p.line,
      message: p.message,
      severity: p.severity,
      refusedBy: p.refusedBy,
    }));

describe('envReferences', () => {
  it('reads $(NAME) as the kubelet does: $$ is an escaped $', () => {
    expect(envReferences('a $(A) b $$(B) c $$$(C) $(D')).toEqual([
      { name: 'A', from: 2, to: 6 },
      { name: 'C', from: 19, to: 23 },
    ]);
    expect(envReferences('$x$(cat /etc/hostname)$')).toEqual([
      { name: 'cat /etc/hostname', from: 2, to: 22 },
    ]);
    expect(envReferences('no reference, $ alone, $$')).toEqual([]);
  });
});

describe('a reference to a variable not defined above it', () => {
  it('in an env value, to a variable further down: a warning at the reference', () => {
    const text = pod(
      [
        '      env:',
        '        - name: URL',
        '          value: "http://$(HOST):$(PORT)/"',
        '        - name: PORT',
        '          value: "8080"',
        '        - name: HOST',
        '          value: localhost',
        '',
      ].join('\n'),
    );
    expect(references(text)).toEqual([
      {
        at: '$(HOST)',
        line: 11,
        message:
          'Container "app": variable "URL" refers to $(HOST), which is defined further down the env list: a reference sees only the variables above it, so the kubelet does not expand it to that value. Move HOST above URL.',
        severity: 'warning',
        refusedBy: null,
      },
      expect.objectContaining({ at: '$(PORT)', line: 11 }),
    ]);
  });

  it('in an env value, to itself: the image’s PATH is not among the variables', () => {
    const text = pod('      env: [{name: PATH, value: "$(PATH):/opt/bin"}]\n');
    expect(references(text)).toEqual([
      expect.objectContaining({
        at: '$(PATH)',
        message:
          'Container "app": variable "PATH" refers to itself, $(PATH): the kubelet expands only the variables defined above it, not the image\'s, so its value keeps the text "$(PATH)". Write the value in full.',
      }),
    ]);
  });

  it('in command and args, to a variable the container does not define', () => {
    const text = pod(
      [
        '      command: ["sh", "-c", "echo $(GREETING) from $(hostname) in $(cat /etc/zone)"]',
        '      args:',
        '        - --name=$(POD_NAME)',
        '        - --escaped=$$(POD_NAME)',
        '',
      ].join('\n'),
    );
    expect(references(text)).toEqual([
      expect.objectContaining({
        at: '$(GREETING)',
        message:
          'Container "app" refers to $(GREETING) in its command, but defines no variable GREETING: unless an admission webhook adds one, the kubelet leaves the text "$(GREETING)" as it is. Define GREETING in env, or write $$(GREETING) for the text itself.',
      }),
      expect.objectContaining({ at: '$(POD_NAME)', line: 11 }),
    ]);
  });

  it('is quiet for command and args that use a variable defined anywhere in env', () => {
    const text = pod(
      [
        '      args: ["--name=$(POD_NAME)", "--url=$(URL)"]',
        '      env:',
        '        - name: URL',
        '          value: http://$(POD_NAME)',
        '        - name: POD_NAME',
        '          valueFrom: {fieldRef: {fieldPath: metadata.name}}',
        '',
      ].join('\n'),
    );
    // Only the env value sees the list in order.
    expect(references(text).map((r) => r.at)).toEqual(['$(POD_NAME)']);
    expect(references(text)[0]!.line).toBe(12);
  });

  it('leaves Service variables and envFrom’s to the cluster, but not a later definition', () => {
    const services = pod(
      '      args: ["--db=$(DB_SERVICE_HOST):$(DB_SERVICE_PORT)", "$(DB_PORT_5432_TCP_ADDR)"]\n',
    );
    expect(references(services)).toEqual([]);
    const fromConfigMap = pod(
      [
        '      envFrom: [{configMapRef: {name: settings}}]',
        '      args: ["--mode=$(MODE)"]',
        '      env:',
        '        - {name: A, value: "$(FROM_CONFIG_MAP)$(B)"}',
        '        - {name: B, value: b}',
        '',
      ].join('\n'),
    );
    expect(references(fromConfigMap).map((r) => r.at)).toEqual(['$(B)']);
  });

  it('is found in init containers, and in block scalars', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  initContainers:',
      '    - name: setup',
      '      image: busybox:1.36',
      '      command:',
      '        - sh',
      '        - -c',
      '        - |',
      '          echo ready',
      '          echo $(TARGET)',
      '  containers:',
      '    - {name: app, image: nginx:1.27}',
      '',
    ].join('\n');
    expect(references(text)).toEqual([expect.objectContaining({ at: '$(TARGET)', line: 13 })]);
  });
});

describe('an Indexed Job', () => {
  const job = (mode: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: render
spec:
  completionMode: ${mode}
  completions: 3
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: render
          image: acme/render:1.0
          args: ["--frame=$(JOB_COMPLETION_INDEX)"]
`;

  it('gets JOB_COMPLETION_INDEX from the Job controller: no warning', () => {
    expect(references(job('Indexed'))).toEqual([]);
  });

  it('is the only Job that gets it', () => {
    expect(references(job('NonIndexed'))).toHaveLength(1);
  });
});
