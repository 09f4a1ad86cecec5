import { completionStatus, currentCompletions } from '@codemirror/autocomplete';
import { waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadFieldDocs } from '../../../renderer/editor/field-docs';
import { endOfLine, press, renderEditor, type } from './helpers';

// The API reference completion reads, loaded once before (the editor loads it on first use).
beforeAll(async () => {
  await loadFieldDocs();
});

const pod = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  'spec:',
  '  containers:',
  '    - name: app',
  '      image: nginx:1.27',
  '      ports:',
  '        - containerPort: 80',
  '  restartPolicy: Always',
  '',
].join('\n');

/** `pod` with `lines` put after its line `after` (which is unique in it). */
function podWith(after: string, lines: string[]): string {
  return pod.replace(`${after}\n`, `${after}\n${lines.join('\n')}\n`);
}

/** The editor on `pod`, with the cursor at the end of the line `image: nginx:1.27`. */
function atImage() {
  const editor = renderEditor(pod);
  endOfLine(editor.view, 'image: nginx:1.27');
  return editor;
}

describe('Enter in the YAML editor', () => {
  it('nests what follows a key with no value one unit under it', () => {
    const { view, text } = atImage();
    press(view, 'Enter');
    type(view, 'resources:');
    press(view, 'Enter');
    type(view, 'limits:');
    press(view, 'Enter');
    type(view, 'cpu: 1');
    expect(text()).toBe(
      podWith('      image: nginx:1.27', [
        '      resources:',
        '        limits:',
        '          cpu: 1',
      ]),
    );
  });

  it('keeps the indentation after a key with a value', () => {
    const { view, text } = atImage();
    press(view, 'Enter');
    type(view, 'imagePullPolicy: Always');
    expect(text()).toBe(podWith('      image: nginx:1.27', ['      imagePullPolicy: Always']));
  });

  it('nests under a key followed by spaces and a comment', () => {
    const { view, text } = atImage();
    press(view, 'Enter');
    type(view, 'resources:   # agreed with the platform team');
    press(view, 'Enter');
    type(view, 'requests:');
    expect(text()).toBe(
      podWith('      image: nginx:1.27', [
        '      resources:   # agreed with the platform team',
        '        requests:',
      ]),
    );
  });

  it('nests under a key that opens an item of a list', () => {
    const { view, text } = renderEditor(pod);
    endOfLine(view, 'ports:');
    press(view, 'Enter');
    type(view, '- containerPort: 443');
    press(view, 'Enter');
    // From `- ` the next key of the item: at the item's content column, under `containerPort`.
    type(view, 'protocol: TCP');
    expect(text()).toBe(
      podWith('      ports:', ['        - containerPort: 443', '          protocol: TCP']),
    );
    press(view, 'Enter');
    type(view, 'env:');
    press(view, 'Enter');
    type(view, '- name: MODE');
    expect(text()).toBe(
      podWith('      ports:', [
        '        - containerPort: 443',
        '          protocol: TCP',
        '          env:',
        '            - name: MODE',
      ]),
    );
  });

  it('goes on under a key of a list item, after `- key:` too', () => {
    const { view, text } = renderEditor(pod);
    endOfLine(view, 'image: nginx:1.27');
    press(view, 'Enter');
    // Back one unit, to the list of containers (as Shift+Tab does).
    press(view, 'Tab', { shiftKey: true });
    type(view, '- name: sidecar');
    press(view, 'Enter');
    type(view, 'image: busybox:1.36');
    press(view, 'Enter');
    type(view, 'env:');
    press(view, 'Enter');
    type(view, '- valueFrom:');
    press(view, 'Enter');
    type(view, 'fieldRef:');
    expect(text()).toBe(
      podWith('      image: nginx:1.27', [
        '    - name: sidecar',
        '      image: busybox:1.36',
        '      env:',
        '        - valueFrom:',
        '            fieldRef:',
      ]),
    );
  });

  it('keeps the indentation after `- ` alone', () => {
    const { view, text } = atImage();
    press(view, 'Enter');
    type(view, 'args:');
    press(view, 'Enter');
    type(view, '- ');
    press(view, 'Enter');
    type(view, '- --verbose');
    expect(text()).toBe(
      podWith('      image: nginx:1.27', ['      args:', '        - ', '        - --verbose']),
    );
  });

  it.each(['|', '>-'])('nests the text of a block scalar after `%s`', (header) => {
    const { view, text } = atImage();
    press(view, 'Enter');
    type(view, 'args:');
    press(view, 'Enter');
    type(view, `- ${header}`);
    press(view, 'Enter');
    type(view, 'echo ready:');
    // A line of the text that ends in `:` is text, not a key: the next goes on beside it.
    press(view, 'Enter');
    type(view, 'done');
    expect(text()).toBe(
      podWith('      image: nginx:1.27', [
        '      args:',
        `        - ${header}`,
        '          echo ready:',
        '          done',
      ]),
    );
  });

  it('keeps the indentation after a comment that ends in a colon', () => {
    const { view, text } = atImage();
    press(view, 'Enter');
    type(view, '# probes:');
    press(view, 'Enter');
    type(view, 'stdin: true');
    expect(text()).toBe(
      podWith('      image: nginx:1.27', ['      # probes:', '      stdin: true']),
    );
  });

  it('stays under the key on a second Enter, the blank line left empty', () => {
    const { view, text } = atImage();
    press(view, 'Enter');
    type(view, 'resources:');
    press(view, 'Enter');
    press(view, 'Enter');
    type(view, 'limits:');
    expect(text()).toBe(
      podWith('      image: nginx:1.27', ['      resources:', '', '        limits:']),
    );
  });

  it('nests under a key at the left edge', () => {
    const { view, text } = renderEditor(pod);
    endOfLine(view, 'restartPolicy: Always');
    press(view, 'Enter');
    press(view, 'Tab', { shiftKey: true });
    type(view, 'status:');
    press(view, 'Enter');
    type(view, 'phase: Pending');
    expect(text()).toBe(podWith('  restartPolicy: Always', ['status:', '  phase: Pending']));
  });

  it('still indents and dedents a line with Tab and Shift+Tab', () => {
    const { view, text } = atImage();
    press(view, 'Enter');
    type(view, 'resources:');
    press(view, 'Enter');
    expect(press(view, 'Tab')).toBe(true);
    type(view, 'x');
    expect(text()).toContain('      resources:\n          x\n');
    expect(press(view, 'Tab', { shiftKey: true })).toBe(true);
    expect(press(view, 'Tab', { shiftKey: true })).toBe(true);
    expect(text()).toContain('      resources:\n      x\n');
  });

  it('takes the option of an open completion list, not a new line', async () => {
    const { view, text } = atImage();
    press(view, 'Enter');
    type(view, 'resources:');
    press(view, 'Enter');
    // The list ignores Enter for its first moments (so that one typed as it opens makes a new
    // line): the clock moves past them once it shows, as it does for a person reading it.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      type(view, 'limi');
      await waitFor(() => expect(completionStatus(view.state)).toBe('active'));
      expect(currentCompletions(view.state).map((c) => c.label)).toContain('limits');
      vi.setSystemTime(Date.now() + 1000);
      expect(press(view, 'Enter')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    type(view, 'cpu: 1');
    expect(text()).toBe(
      podWith('      image: nginx:1.27', [
        '      resources:',
        '        limits:',
        '          cpu: 1',
      ]),
    );
  });

  it('follows the block already under the key: kubectl’s items at its column, 4-space files', () => {
    const kubectl = ['spec:', '  containers:', '  - name: app', '    image: nginx', ''].join('\n');
    const first = renderEditor(kubectl);
    endOfLine(first.view, 'containers:');
    press(first.view, 'Enter');
    type(first.view, '- name: web');
    expect(first.text()).toBe(kubectl.replace('  containers:\n', '  containers:\n  - name: web\n'));

    const wide = ['metadata:', '    name: web', 'spec: {}', ''].join('\n');
    const second = renderEditor(wide);
    endOfLine(second.view, 'metadata:');
    press(second.view, 'Enter');
    type(second.view, 'namespace: prod');
    expect(second.text()).toBe(wide.replace('metadata:\n', 'metadata:\n    namespace: prod\n'));
  });
});
