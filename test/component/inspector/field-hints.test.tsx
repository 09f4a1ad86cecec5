import { describe, expect, it } from 'vitest';
import { renderInspector, screen } from './helpers';
import { loadFieldDocs } from '../../../renderer/editor/field-docs';

describe('Inspector: the API reference beside the fields', () => {
  it("describes a container's fields in the words of the editor's hover", async () => {
    const docs = await loadFieldDocs();
    renderInspector(['container:api-server']);
    expect(await screen.findByLabelText('Image')).toHaveAccessibleDescription(
      'Container image name.',
    );
    expect(screen.getByLabelText('Read-only root filesystem')).toHaveAccessibleDescription(
      'Whether this container has a read-only root filesystem.',
    );
    expect(docs['v1/SecurityContext']!.readOnlyRootFilesystem!.d).toMatch(
      /^Whether this container has a read-only root filesystem\./,
    );
    // A description that starts by repeating the label goes on to its next sentence.
    expect(screen.getByLabelText('Image pull policy')).toHaveAccessibleDescription(
      'Image pull policy. One of Always, Never, IfNotPresent.',
    );
    // A field's own hint stays: it says what the form does.
    expect(screen.getByLabelText('Allow privilege escalation')).toHaveAccessibleDescription(
      'Allowed unless set to false',
    );
  });

  it('describes the fields of a volume and of a mount from their own API types', async () => {
    await loadFieldDocs();
    renderInspector(['volume:app-logs']);
    expect(await screen.findByLabelText('Medium')).toHaveAccessibleDescription(
      'medium represents what type of storage medium should back this directory.',
    );
  });

  it('describes a mount link’s fields', async () => {
    await loadFieldDocs();
    renderInspector(['mount:log-shipper:0']);
    expect(await screen.findByLabelText('Mount path')).toHaveAccessibleDescription(
      'Path within the container at which the volume should be mounted.',
    );
  });
});
