import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { fieldText } from '../../../shared/inspect/yaml-value';
import type { EditTarget, FieldPath } from '../../../shared/edits/types';
import { anatomy, edit, editError } from './helpers';

const POD = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  'spec:',
  '  containers:',
  '    - name: app',
  '      image: nginx:1.27',
  '      lifecycle:',
  '        # drain first',
  '        preStop:',
  '          exec:',
  '            command: ["sh","-c","sleep 5"] # wait for LB',
  '        postStart:',
  '          exec:',
  '            command:',
  '              - "1.10" # version',
  "              - 'yes'",
  '      ports:',
  '        - containerPort: 80',
  '  tolerations:',
  '    # spot nodes only',
  '    - key: spot',
  "      operator: 'Exists'",
  '  affinity: {nodeAffinity: {}} # filled in later',
  '',
].join('\n');

const LIFECYCLE = { container: 'app' } as const;

/** The edit a YAML field makes when `text` is committed. */
function setText(text: string, target: EditTarget, path: FieldPath, typed: string): string {
  return edit(text, { type: 'setFieldText', target, path, text: typed });
}

/** The field's text as the inspector shows it, in the text's first document. */
function shown(text: string, target: EditTarget, path: FieldPath, document = 0): string | null {
  return fieldText(text, document, target, path);
}

describe('a YAML field shows the manifest’s own text of its subtree', () => {
  it('with its comments, quoting and flow lists, at column 0', () => {
    expect(shown(POD, LIFECYCLE, ['lifecycle'])).toBe(
      [
        '# drain first',
        'preStop:',
        '  exec:',
        '    command: ["sh","-c","sleep 5"] # wait for LB',
        'postStart:',
        '  exec:',
        '    command:',
        '      - "1.10" # version',
        "      - 'yes'",
      ].join('\n'),
    );
    expect(shown(POD, { pod: true }, ['spec', 'tolerations'])).toBe(
      "# spot nodes only\n- key: spot\n  operator: 'Exists'",
    );
    expect(shown(POD, { pod: true }, ['spec', 'affinity'])).toBe(
      '{nodeAffinity: {}} # filled in later',
    );
    expect(shown(POD, LIFECYCLE, ['securityContext'])).toBe('');
  });

  it('and none of its own where that text does not read alone: an alias, a merge', () => {
    const pod = POD.replace('      lifecycle:\n', '      lifecycle: &hooks\n').replace(
      '  tolerations:',
      [
        '    - name: alias',
        '      image: busybox',
        '      lifecycle: *hooks',
        '    - name: merge',
        '      image: busybox',
        '      lifecycle:',
        '        <<: *hooks',
        '        postStart: {sleep: {seconds: 1}}',
        '  tolerations:',
      ].join('\n'),
    );
    expect(shown(pod, { container: 'alias' }, ['lifecycle'])).toBeNull();
    expect(shown(pod, { container: 'merge' }, ['lifecycle'])).toBeNull();
    expect(shown(pod, LIFECYCLE, ['lifecycle'])).toBe(shown(POD, LIFECYCLE, ['lifecycle']));
  });
});

describe('setFieldText writes what was typed, as typed', () => {
  it('keeps every value of the lifecycle hook as written (report A)', () => {
    const typed =
      "preStop: {exec: {command: [sh, -c, echo 1.10 done, 1.10, 010, 0x1F, 1e3, 12345678901234567890, ~, '']}}";
    const text = setText(POD, LIFECYCLE, ['lifecycle'], typed);
    expect(text).toContain(`      lifecycle:\n        ${typed}\n      ports:\n`);
    expect(shown(text, LIFECYCLE, ['lifecycle'])).toBe(typed);
    // Everything outside the field is as it was.
    const start = POD.indexOf('        # drain first');
    const end = POD.indexOf('      ports:');
    expect(text.slice(0, start)).toBe(POD.slice(0, start));
    expect(text.slice(text.indexOf('      ports:'))).toBe(POD.slice(end));
  });

  it('keeps typed numbers in appended tolerations and in affinity values', () => {
    const tolerations = `${shown(POD, { pod: true }, ['spec', 'tolerations'])!}\n- key: gpu\n  value: 1.10\n  tolerationSeconds: 010`;
    const one = setText(POD, { pod: true }, ['spec', 'tolerations'], tolerations);
    expect(one).toContain(
      "  tolerations:\n    # spot nodes only\n    - key: spot\n      operator: 'Exists'\n    - key: gpu\n      value: 1.10\n      tolerationSeconds: 010\n",
    );
    const affinity =
      'nodeAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution:\n    nodeSelectorTerms:\n      - matchExpressions:\n          - {key: tier, operator: In, values: [1.10, yes, 010]}';
    const two = setText(one, { pod: true }, ['spec', 'affinity'], affinity);
    expect(two).toContain('values: [1.10, yes, 010]}\n');
    // The comment was part of the flow value's text, which the typed block replaced.
    expect(two.endsWith(`  affinity:\n    ${affinity.replaceAll('\n', '\n    ')}\n`)).toBe(true);
  });

  it('changes one character and nothing else: comments, flow lists and quoting stay (report B)', () => {
    const typed = shown(POD, LIFECYCLE, ['lifecycle'])!.replace('sleep 5', 'sleep 6');
    expect(setText(POD, LIFECYCLE, ['lifecycle'], typed)).toBe(
      POD.replace('"sleep 5"', '"sleep 6"'),
    );
  });

  it('writes a flow value on its key’s line, where a block was too, keeping its comment', () => {
    const affinity = shown(POD, { pod: true }, ['spec', 'affinity'])!;
    const text = setText(POD, { pod: true }, ['spec', 'affinity'], affinity.replace('node', 'pod'));
    expect(text).toBe(POD.replace('{nodeAffinity: {}}', '{podAffinity: {}}'));
    const hooks = POD.replace('      lifecycle:\n', '      lifecycle: # hooks\n');
    const block = setText(hooks, LIFECYCLE, ['lifecycle'], '{preStop: {sleep: {seconds: 5}}}');
    expect(block).toContain(
      '      lifecycle: {preStop: {sleep: {seconds: 5}}} # hooks\n      ports:\n',
    );
  });

  it('adds a missing field at its usual place, as typed', () => {
    const text = setText(
      anatomy,
      { container: 'log-shipper' },
      ['lifecycle'],
      'preStop:\n  sleep: {seconds: 010}',
    );
    expect(text).toContain(
      '          readOnly: true\n      lifecycle:\n        preStop:\n          sleep: {seconds: 010}\n  volumes:',
    );
  });

  it('fills a key written with nothing after it, keeping the comment on its line', () => {
    const bare = anatomy.replace(
      '      image: grafana/promtail:2.9.0\n',
      '      image: grafana/promtail:2.9.0\n      lifecycle: # later\n',
    );
    const target = { container: 'log-shipper' };
    expect(setText(bare, target, ['lifecycle'], '{preStop: {sleep: {seconds: 010}}}')).toBe(
      bare.replace('lifecycle: # later', 'lifecycle: {preStop: {sleep: {seconds: 010}}} # later'),
    );
    expect(setText(bare, target, ['lifecycle'], 'preStop:\n  sleep: {seconds: 010}')).toBe(
      bare.replace(
        'lifecycle: # later\n',
        'lifecycle: # later\n        preStop:\n          sleep: {seconds: 010}\n',
      ),
    );
  });

  it('removes the field when the text is emptied', () => {
    const text = setText(POD, LIFECYCLE, ['lifecycle'], '  \n');
    expect(text).not.toContain('lifecycle');
    expect(text).toContain('      image: nginx:1.27\n      ports:\n');
  });

  it('edits the chosen document of a file and leaves the others byte for byte', () => {
    const config =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c # keep\ndata:\n  v: 1.10\n';
    const file = `${config}---\n${POD}---\n${config}`;
    const typed = shown(file, LIFECYCLE, ['lifecycle'], 1)!.replace('sleep 5', 'sleep 6');
    const text = edit(
      file,
      { type: 'setFieldText', target: LIFECYCLE, path: ['lifecycle'], text: typed },
      { document: 1 },
    );
    expect(text).toBe(file.replace('"sleep 5"', '"sleep 6"'));
    expect(parseAllDocuments(text)).toHaveLength(3);
  });

  it('keeps a CRLF file’s line ends, in the lines it writes too', () => {
    const crlf = POD.replaceAll('\n', '\r\n');
    expect(shown(crlf, LIFECYCLE, ['lifecycle'])).toBe(shown(POD, LIFECYCLE, ['lifecycle']));
    const typed = `${shown(crlf, LIFECYCLE, ['lifecycle'])!}\n# and then`.replace(
      'sleep 5',
      'sleep 6',
    );
    const text = setText(crlf, LIFECYCLE, ['lifecycle'], typed);
    expect(text).toBe(
      POD.replace('"sleep 5"', '"sleep 6"')
        .replace("'yes'\n", "'yes'\n        # and then\n")
        .replaceAll('\n', '\r\n'),
    );
  });

  it('writes out the aliases of an anchored field before replacing it', () => {
    const pod = POD.replace('      lifecycle:\n', '      lifecycle: &hooks\n').replace(
      '  tolerations:',
      '    - name: sidecar\n      image: busybox\n      lifecycle: *hooks\n  tolerations:',
    );
    const text = setText(pod, LIFECYCLE, ['lifecycle'], 'preStop: {sleep: {seconds: 1}}');
    const containers = (parse(text) as { spec: { containers: { lifecycle: unknown }[] } }).spec
      .containers;
    expect(containers[0]!.lifecycle).toEqual({ preStop: { sleep: { seconds: 1 } } });
    expect(containers[1]!.lifecycle).toEqual(
      (parse(POD) as { spec: { containers: { lifecycle: unknown }[] } }).spec.containers[0]!
        .lifecycle,
    );
  });

  it('refuses text that is not one YAML value, writing nothing', () => {
    expect(
      editError(POD, {
        type: 'setFieldText',
        target: LIFECYCLE,
        path: ['lifecycle'],
        text: 'a: [1',
      }),
    ).toMatch(/^Not valid YAML/);
    expect(
      editError(POD, {
        type: 'setFieldText',
        target: LIFECYCLE,
        path: ['lifecycle'],
        text: 'a: 1\n---\nb: 2',
      }),
    ).toMatch(/without ---/);
  });

  it('in a container written as a flow mapping, refuses comments it could not keep, and writes the rest', () => {
    const flow = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '    - {name: web, image: nginx:1.27}',
      '',
    ].join('\n');
    const typed = 'preStop:\n  exec:\n    command: [sleep, "5"]';
    expect(
      editError(flow, {
        type: 'setFieldText',
        target: { container: 'web' },
        path: ['lifecycle'],
        text: `${typed}  # wait`,
      }),
    ).toMatch(/comments would be lost/);
    const written = setText(flow, { container: 'web' }, ['lifecycle'], typed);
    expect(parse(written).spec.containers[0].lifecycle).toEqual({
      preStop: { exec: { command: ['sleep', '5'] } },
    });
  });
});
