import { describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import { validateManifest } from '../../../shared';
import { anatomy, renderInspector, replaced, screen } from './helpers';

/** The anatomy Pod with a name and a label value the API server refuses. */
const refused = replaced(
  replaced(anatomy, 'name: api-server\n', 'name: My_Web.Pod\n'),
  'app: api',
  'app: my api',
);

describe('Inspector and Problems panel', () => {
  it('say the same of a stored invalid name and label, before anything is edited', () => {
    renderInspector([], refused);
    const problems = validateManifest(refused).filter((p) => p.severity === 'error');
    const nameProblem = problems.find((p) => p.ruleId === 'pod/invalid-object-name');
    const labelProblem = problems.find((p) => p.ruleId === 'pod/invalid-label');
    expect(nameProblem?.message).toBe(
      `Pod name: "My_Web.Pod" must be lower-case letters, digits, '-' and '.', starting and ending with a letter or digit.`,
    );

    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toBeInvalid();
    expect(nameProblem!.message).toContain(name.getAttribute('value') ?? '?');
    const description = screen.getByText(/"My_Web.Pod" must be/).textContent ?? '';
    expect(nameProblem!.message).toContain(description);

    const labels = screen.getByRole('group', { name: 'Labels' });
    const value = within(labels).getByLabelText('Value of app');
    expect(value).toBeInvalid();
    const labelNote = within(labels).getByText(/"my api" must be/).textContent ?? '';
    expect(labelProblem!.message).toContain(labelNote);
  });
});

describe('Inspector and Problems panel, on memory in thousandths of a byte', () => {
  it('say the same of memory: 500m, with the same reading of it', () => {
    const text = replaced(
      anatomy,
      '    - name: api-server\n      image: my-api:v2\n',
      '    - name: api-server\n      image: my-api:v2\n      resources:\n        limits:\n          memory: 500m\n',
    );
    renderInspector(['container:api-server'], text);
    const problem = validateManifest(text).find((p) => p.ruleId === 'pod/fractional-bytes');
    const field = screen.getByRole('textbox', { name: 'Memory limit' });
    expect(field).toHaveAccessibleDescription(/500m means thousandths of a byte/);
    const note = screen.getByText(/500m means thousandths of a byte/).textContent ?? '';
    expect(note).toContain('500m means thousandths of a byte: did you mean 500Mi?');
    expect(problem?.message).toContain('500m means thousandths of a byte: did you mean 500Mi?');
  });
});
