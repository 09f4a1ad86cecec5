import { describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import { anatomy, renderInspector, screen } from './helpers';

/** The list item of a row, and the field (label and control) of `input` in it. */
const rowOf = (input: HTMLElement) => input.closest('li')!;
const fieldOf = (input: HTMLElement) => input.closest('.field')!;

describe('Inspector: a problem in a row of fields', () => {
  it('is shown under the whole row, as a sentence, and the row keeps its fields in line', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    const port = screen.getByLabelText('Port http');
    await user.clear(port);
    await user.tab();

    const message = 'An empty value is not a port number: use 1–65535';
    expect(port).toHaveAccessibleDescription(message);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(message);
    // Not in the Port column (76 px wide) but under the row: after the fields of the row, in
    // the same list item, as wide as the row.
    expect(fieldOf(port)).not.toContainElement(alert);
    const row = rowOf(port);
    expect(row).toContainElement(alert);
    const fields = row.querySelector('.inspector-row')!;
    expect(fields).not.toContainElement(alert);
    expect(fields.compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The Port field itself says it is wrong; Name and Protocol beside it are unchanged.
    expect(port).toBeInvalid();
    expect(within(row).getAllByRole('alert')).toHaveLength(1);
    expect(text()).toBe(anatomy);

    // Typed right, the message goes.
    await user.type(port, '9090{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps a message as written where it starts with what was typed', async () => {
    const { user } = renderInspector(['container:api-server']);
    const port = screen.getByLabelText('Port http');
    await user.clear(port);
    await user.type(port, 'abc');
    expect(port).toHaveAccessibleDescription('abc is not a port number: use 1–65535');
  });

  it('puts each field’s problem under the add row, the fields of the row side by side', async () => {
    const { user } = renderInspector([]);
    const key = screen.getByLabelText('New label key');
    const value = screen.getByLabelText('New label value');
    await user.type(key, '-x');
    await user.type(value, 'a b');
    const group = key.closest('.inspector-row-group')!;
    const alerts = within(group as HTMLElement).getAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual([
      `"-x" must be letters, digits, '-', '_' and '.', starting and ending with a letter or digit`,
      `"a b" must be letters, digits, '-', '_' and '.', starting and ending with a letter or digit`,
    ]);
    for (const alert of alerts) {
      expect(fieldOf(key)).not.toContainElement(alert);
      expect(fieldOf(value)).not.toContainElement(alert);
    }
    expect(key).toHaveAccessibleDescription(alerts[0]!.textContent!);
    expect(value).toHaveAccessibleDescription(alerts[1]!.textContent!);
  });

  it('stays under a field that is not in a row, with a capital', async () => {
    const { user } = renderInspector(['container:api-server']);
    const image = screen.getByLabelText('Image');
    await user.clear(image);
    await user.tab();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('A container needs an image, such as nginx:1.27');
    expect(fieldOf(image)).toContainElement(alert);
  });
});
