import { afterEach, describe, expect, it } from 'vitest';
import { KUBERNETES_VERSIONS, useSettings } from '../../../renderer/settings/settings-store';

const KEY = 'pod-builder.settings';

/** Settings as an older release of the app kept them, read back as the app starts. */
async function keptBefore(kubernetesVersion: string) {
  const state = { kubernetesVersion, disabledRules: ['lint/*'], podSecurityLevel: 'baseline' };
  localStorage.setItem(KEY, JSON.stringify({ state, version: 1 }));
  await useSettings.persist.rehydrate();
  return useSettings.getState();
}

afterEach(() => localStorage.removeItem(KEY));

describe('the target version in Settings', () => {
  it('is one of the versions whose schema ships, newest first', () => {
    expect(KUBERNETES_VERSIONS[0]).toBe('1.36');
    expect(KUBERNETES_VERSIONS).toEqual(
      [...KUBERNETES_VERSIONS].sort((a, b) => Number(b.split('.')[1]) - Number(a.split('.')[1])),
    );
  });

  it('keeps a version chosen before, when it has its own schema', async () => {
    const settings = await keptBefore('1.34');
    expect(settings.kubernetesVersion).toBe('1.34');
    expect(settings.podSecurityLevel).toBe('baseline');
    expect(settings.disabledRules).toEqual(['lint/*']);
  });

  it('moves a version without a schema of its own to the one it is checked against', async () => {
    expect((await keptBefore('1.31')).kubernetesVersion).toBe('1.32');
    expect((await keptBefore('1.35')).kubernetesVersion).toBe('1.36');
    expect((await keptBefore('1.31')).disabledRules).toEqual(['lint/*']);
  });
});
