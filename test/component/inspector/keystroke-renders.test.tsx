import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { anatomy, framesByHand, renderInspector } from './helpers';
import type * as Fields from '../../../renderer/inspector/fields';
import { loadFieldDocs } from '../../../renderer/editor/field-docs';

/** How many times each text field was drawn, by its label. */
const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('../../../renderer/inspector/fields', async (original) => {
  const real = await original<typeof Fields>();
  const TextField = (props: Parameters<typeof real.TextField>[0]) => {
    renders.set(props.label, (renders.get(props.label) ?? 0) + 1);
    return real.TextField(props);
  };
  return { ...real, TextField };
});

describe('a key typed in the editor, with the Pod in the inspector', () => {
  it('draws the form once, after the frame that shows the key elsewhere', async () => {
    // The fields read the API reference for their hints, loaded once the page is idle: when it
    // comes, every field draws again, whenever that is (on a loaded machine, after the key).
    await loadFieldDocs();
    const frames = framesByHand();
    try {
      const { store } = renderInspector([]);
      expect(screen.getByLabelText('Name')).toHaveValue('api-server');
      const drawn = renders.get('Name')!;

      // A key in the image of a container: nothing the Pod's form shows.
      act(() => store.getState().setText(anatomy.replace('my-api:v2', 'my-api:v27'), 'yaml'));
      expect(renders.get('Name')).toBe(drawn);

      frames.paint();
      await waitFor(() => expect(renders.get('Name')).toBe(drawn + 1));
      // No field draws the form again on its own once the frame is painted.
      await new Promise((resolve) => setTimeout(resolve, 50));
      frames.paint();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(renders.get('Name')).toBe(drawn + 1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
