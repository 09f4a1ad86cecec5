import { describe, expect, it } from 'vitest';
import { renderInspector, screen } from './helpers';

const FORMS = [
  { selection: [], heading: 'Pod api-server' },
  { selection: ['container:api-server'], heading: 'Container api-server' },
  { selection: ['container:init-migrate'], heading: 'Container init-migrate' },
  { selection: ['volume:app-logs'], heading: 'Volume app-logs' },
  { selection: ['mount:api-server:0'], heading: 'Mount of app-logs in api-server' },
];

describe('Inspector: keyboard and labels', () => {
  it.each(FORMS)('names every control of the $heading form', ({ selection, heading }) => {
    renderInspector(selection);
    const region = screen.getByRole('region', { name: 'Inspector' });
    expect(screen.getByRole('form', { name: heading })).toBeInTheDocument();
    const controls = region.querySelectorAll('input, select, textarea, button');
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) expect(control).toHaveAccessibleName();
    const ids = [...region.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('tabs through the container form in reading order', async () => {
    const { user } = renderInspector(['container:log-shipper']);
    await user.click(screen.getByRole('textbox', { name: 'Name' }));
    await user.tab();
    expect(screen.getByLabelText('Image')).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('Image pull policy')).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('Role')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Make main container' })).toHaveFocus();
  });

  it('commits with the keyboard alone', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    await user.click(screen.getByLabelText('Image'));
    await user.keyboard('{Control>}a{/Control}nginx:1.27{Tab}');
    expect(text()).toContain('- name: api-server\n      image: nginx:1.27\n');
    expect(screen.getByLabelText('Image pull policy')).toHaveFocus();
  });
});

describe('Inspector: what a screen reader hears', () => {
  it("a field's problem is an alert, so it is announced as it appears", async () => {
    const { user } = renderInspector(['container:api-server']);
    const image = screen.getByLabelText('Image');
    await user.clear(image);
    await user.type(image, 'My Api');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '"My Api" holds a space: an image reference has none',
    );
    expect(image).toHaveAccessibleDescription(screen.getByRole('alert').textContent ?? '');
  });

  it('a value with hidden characters is spelled out under its field', async () => {
    const { user } = renderInspector(['container:api-server']);
    const image = screen.getByLabelText('Image');
    await user.clear(image);
    await user.type(image, 'my-api:v2\u200B');
    expect(screen.getByText(/^With its hidden characters:/)).toHaveTextContent(
      'With its hidden characters: my-api:v2⟨U+200B⟩',
    );
  });
});
