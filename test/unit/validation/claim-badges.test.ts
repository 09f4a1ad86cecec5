import { describe, expect, it } from 'vitest';
import { validateManifest, parseManifest } from '../../../shared';

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
