import { describe, expect, it } from 'vitest';
import { validateManifest, parseManifest } from '../../../shared';
import { statefulSet } from '../../support/stateful-set';
import { applyFix, only } from './helpers';

// Pod volume "data" replaced by claim template "data"; the Pod volume has an invalid item path,
// and the claim template has an unknown field.
const sts = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: web
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: app
          image: nginx:1.27
          volumeMounts: [{name: data, mountPath: /data}]
      volumes:
        - name: data
          configMap: {name: c, items: [{key: k, path: /abs}]}
  volumeClaimTemplates:
    - metadata: {name: data}
      spec:
        accessModez: [ReadWriteOnce]
        resources: {requests: {storage: 1Gi}}
`;

describe("the problems of a StatefulSet's volumes", () => {
  it('badge the node drawn for each: the replaced Pod volume, and the claim template', () => {
    const view = parseManifest(sts).view!;
    const replaced = view.volumes.find((v) => v.replacedByClaimTemplate)!;
    const template = view.volumes.find((v) => v.claimTemplate)!;
    expect(replaced.id).not.toBe(template.id);
    const problems = validateManifest(sts);
    const nodeOf = (ruleId: string) => problems.find((p) => p.ruleId === ruleId)?.nodeId;
    expect(nodeOf('pod/invalid-item-path')).toBe(replaced.id);
    // A mistake inside the claim template (`accessModez`) is the template's.
    expect(nodeOf('schema/unknown-field')).toBe(template.id);
  });
});

describe('a StatefulSet volume a claim template replaces, and a claim template nobody mounts', () => {
  it('is reported, and its fix removes the Pod volume alone, keeping the mounts of the name', () => {
    const [problem] = only('pod/volume-replaced', sts);
    expect(problem!.message).toMatch(
      /^Volume "data" is replaced in every Pod by the claim template/,
    );
    const fixed = applyFix(sts, problem!);
    expect(fixed).not.toContain('configMap: {name: c');
    expect(fixed).toContain('volumeMounts: [{name: data, mountPath: /data}]');
    expect(only('pod/volume-replaced', fixed)).toEqual([]);
    expect(validateManifest(fixed).filter((p) => p.ruleId === 'pod/unknown-volume')).toEqual([]);
  });

  it('says each Pod still gets a claim of an unmounted template, and offers to remove it', () => {
    const unmounted = statefulSet.replace(/- name: www\n\s+mountPath: [^\n]+\n/, '');
    expect(unmounted).not.toBe(statefulSet);
    const [problem] = only('lint/unused-volume', unmounted);
    expect(problem!.message).toBe(
      'No container mounts the claim template "www": each Pod still gets a claim made from it.',
    );
    expect(applyFix(unmounted, problem!)).not.toContain('volumeClaimTemplates');
  });
});
