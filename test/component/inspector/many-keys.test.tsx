import { describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import { renderInspector, screen } from './helpers';

/** A Pod with `count` annotations, key-0 to key-(count - 1), each valued with its number. */
function manyAnnotations(count: number): string {
  const keys = Array.from({ length: count }, (_, i) => `    key-${i}: "${i}"\n`).join('');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: many\n  annotations:\n${keys}spec:\n  containers:\n    - name: app\n      image: app:1\n`;
}

const annotations = () => screen.getByRole('group', { name: 'Annotations' });

describe('a Pod with thousands of annotations in the inspector', () => {
  it('shows the first 200 as rows, says how many more there are, and knows every key', async () => {
    const { user, text } = renderInspector([], manyAnnotations(3_000));
    const group = annotations();

    // The first rows at once, the rest of the 200 soon after; none past them.
    expect(within(group).getByRole('textbox', { name: 'Value of key-0' })).toHaveValue('0');
    await within(group).findByRole('textbox', { name: 'Value of key-199' });
    expect(within(group).getByRole('textbox', { name: 'Value of key-199' })).toHaveValue('199');
    expect(within(group).queryByRole('textbox', { name: 'Value of key-200' })).toBeNull();
    expect(group).toHaveTextContent('And 2,800 more annotations: edit them in the YAML.');

    // A key far past the rows shown is still known: adding it again is refused, and nothing is
    // written.
    const before = text();
    // Pasted: each typed character would re-render the 200 rows, which jsdom takes long over.
    await user.click(within(group).getByRole('textbox', { name: 'New annotation key' }));
    await user.paste('key-2999');
    await user.type(
      within(group).getByRole('textbox', { name: 'New annotation value' }),
      'x{Enter}',
    );
    expect(group).toHaveTextContent('"key-2999" is already set');
    expect(text()).toBe(before);
    // jsdom's role queries walk the 200 rows' inputs: seconds, more on a busy machine.
  }, 15_000);

  it('edits a row shown without losing any of the keys not shown', async () => {
    const { user, text } = renderInspector([], manyAnnotations(3_000));
    const value = within(annotations()).getByRole('textbox', { name: 'Value of key-3' });
    await user.clear(value);
    await user.type(value, 'three{Enter}');
    expect(text()).toContain('    key-3: "three"\n');
    expect(text()).toBe(manyAnnotations(3_000).replace('key-3: "3"', 'key-3: "three"'));
    // The same long file as above: its reading takes seconds on a loaded 2-core machine.
  }, 15_000);
});
