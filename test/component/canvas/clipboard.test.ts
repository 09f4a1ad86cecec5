import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit, parseManifest, type PodEdit } from '../../../shared';
import { pasteEdits } from '../../../renderer/canvas/clipboard';
import { template } from '../../support/templates';

const anatomy = template('pod-anatomy.yaml');

function applyAll(text: string, edits: PodEdit[]): string {
  return edits.reduce((current, edit) => {
    const result = applyEdit(current, edit);
    if (!result.ok) throw new Error(result.error);
    return result.text;
  }, text);
}

describe('pasting a copied container', () => {
  const view = parseManifest(anatomy).view!;
  const shipper = {
    name: 'log-shipper',
    image: 'grafana/promtail:2.9.0',
    args: ['-config.file=/etc/promtail/config.yaml'],
    volumeMounts: [
      { name: 'app-logs', mountPath: '/var/log/app', readOnly: true },
      { name: 'promtail-config', mountPath: '/etc/promtail' },
    ],
  };

  it('adds it under a free name with all its fields, as a sidecar', () => {
    const { edits, name, dropped } = pasteEdits(view, { role: 'sidecar', spec: shipper });
    expect(name).toBe('log-shipper-1');
    expect(dropped).toEqual(['promtail-config']);
    const pod = parse(applyAll(anatomy, edits));
    expect(pod.spec.containers[2]).toEqual({
      name: 'log-shipper-1',
      image: 'grafana/promtail:2.9.0',
      args: ['-config.file=/etc/promtail/config.yaml'],
      volumeMounts: [{ name: 'app-logs', mountPath: '/var/log/app', readOnly: true }],
    });
  });

  it('keeps the order of its fields, as Ctrl+D does', () => {
    const spec = {
      name: 'web',
      image: 'nginx:1.27',
      securityContext: { runAsNonRoot: true },
      readinessProbe: { httpGet: { path: '/', port: 80 } },
      volumeMounts: [{ name: 'app-logs', mountPath: '/logs' }],
      ports: [{ containerPort: 8081 }],
    };
    const { edits } = pasteEdits(view, { role: 'sidecar', spec });
    expect(edits).toHaveLength(1);
    const pasted = parse(applyAll(anatomy, edits)).spec.containers.at(-1);
    expect(Object.keys(pasted)).toEqual(Object.keys(spec));
  });

  it('keeps the original name in a Pod that does not have it', () => {
    const other = parseManifest(`apiVersion: v1
kind: Pod
metadata: { name: other }
spec:
  containers:
    - { name: web, image: nginx:1.27 }
`).view!;
    expect(pasteEdits(other, { role: 'sidecar', spec: shipper }).name).toBe('log-shipper');
  });

  it('pastes a copy of the main container as a sidecar: a Pod has one main container', () => {
    const { edits } = pasteEdits(view, {
      role: 'main',
      spec: { name: 'api-server', image: 'my-api:v2' },
    });
    const after = parseManifest(applyAll(anatomy, edits)).view!;
    expect(after.containers.map((c) => `${c.role}:${c.name}`)).toEqual([
      'init:init-migrate',
      'main:api-server',
      'sidecar:log-shipper',
      'sidecar:api-server-1',
    ]);
  });

  it('pastes a native sidecar back into the init lane, restartPolicy and all', () => {
    const { edits } = pasteEdits(view, {
      role: 'native-sidecar',
      spec: { name: 'agent', image: 'vault:1.15', restartPolicy: 'Always' },
    });
    const after = parseManifest(applyAll(anatomy, edits)).view!;
    expect(after.containers.find((c) => c.name === 'agent')?.role).toBe('native-sidecar');
  });
});
