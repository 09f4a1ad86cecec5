import { describe, expect, it } from 'vitest';
import { statefulSet } from '../../support/stateful-set';
import { renderInspector, screen } from './helpers';

describe('Inspector: a claim template', () => {
  it('shows its volume form, read-only but for its name', async () => {
    const { user, text, store } = renderInspector(['volume:www'], statefulSet);
    expect(screen.getByRole('heading', { name: 'Volume www' })).toBeInTheDocument();
    expect(document.querySelector('.inspector-kicker')).toHaveTextContent('Claim template');
    expect(screen.getByText(/Edit the template in the YAML/)).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'site{Enter}');
    expect(text()).toBe(statefulSet.replaceAll('name: www', 'name: site'));
    expect(store.getState().selection).toEqual(['volume:site']);
  });
});
