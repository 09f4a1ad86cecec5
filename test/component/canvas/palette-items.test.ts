import { describe, expect, it } from 'vitest';
import { applyEdits, parseManifest, validateManifest } from '../../../shared';
import { PALETTE_ITEMS } from '../../../renderer/palette/palette-items';
import { template } from '../../support/templates';

const anatomy = template('pod-anatomy.yaml');

function add(text: string, id: string): string {
  const item = PALETTE_ITEMS.find((i) => i.id === id)!;
  // As the canvas applies them: one change, all or nothing.
  const result = applyEdits(text, item.edits(parseManifest(text).view));
  if (!result.ok) throw new Error(`${id}: ${result.error}`);
  return result.text;
}

describe('palette items', () => {
  it.each(PALETTE_ITEMS.map((item) => item.id))(
    '%s adds a valid piece to the lesson Pod, and can be added again',
    (id) => {
      const once = add(anatomy, id);
      const errors = validateManifest(once).filter((p) => p.severity === 'error');
      expect(errors.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
      expect(parseManifest(add(once, id)).status).toBe('ok');
    },
  );

  it('the log shipper reads the shared app-logs volume the main container writes', () => {
    const view = parseManifest(
      add(
        anatomy.replace(/\n {4}- name: log-shipper[\s\S]*?readOnly: true\n/, '\n'),
        'log-shipper',
      ),
    ).view!;
    const shipper = view.containers.find((c) => c.name === 'log-shipper')!;
    expect(shipper.role).toBe('sidecar');
    expect(shipper.mounts).toEqual([
      expect.objectContaining({ volume: 'app-logs', mountPath: '/var/log/app', readOnly: true }),
      // The file its -config.file names is there.
      expect.objectContaining({
        volume: 'promtail-config',
        mountPath: '/etc/promtail',
        readOnly: true,
      }),
    ]);
    expect(view.volumes.map((v) => [v.name, v.source])).toEqual([
      ['app-logs', 'emptyDir'],
      ['promtail-config', 'configMap'],
    ]);
  });

  it('a second log shipper shares the Pod’s promtail-config volume', () => {
    const twice = add(add(anatomy, 'log-shipper'), 'log-shipper');
    const view = parseManifest(twice).view!;
    expect(view.volumes.map((v) => v.name)).toEqual(['app-logs', 'promtail-config']);
  });

  it('secret sync puts a tmpfs volume between Vault Agent and the app, read-only for the app', () => {
    const view = parseManifest(add(anatomy, 'secret-sync')).view!;
    expect(view.volumes.find((v) => v.name === 'vault-secrets')?.detail).toBe('medium: Memory');
    const main = view.containers.find((c) => c.name === 'api-server')!;
    expect(main.mounts).toContainEqual(
      expect.objectContaining({
        volume: 'vault-secrets',
        mountPath: '/vault/secrets',
        readOnly: true,
      }),
    );
  });
});
