import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import { findClusterRecord } from '../../../shared/manifest/cluster/find';
import { podTemplateDeployment } from '../../../shared/manifest/cluster/pod-template';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/cluster/${name}`, import.meta.url), 'utf8');
const data = (text: string, index = 0) => parseAllDocuments(text)[index]!.toJS() as unknown;

describe("a Deployment's Pod as its Pod template", () => {
  const pod = fixture('deployment-pod.yaml');

  it('names the ReplicaSet and the Deployment it was made for', () => {
    expect(findClusterRecord(pod, 0)?.replicaSet).toEqual({
      name: 'nginx-deployment-67d4bdd6f5',
      deployment: 'nginx-deployment',
    });
  });

  it('becomes the documentation’s Deployment, which the validator accepts', () => {
    const result = podTemplateDeployment(pod, findClusterRecord(pod, 0)!, true);
    if (!result.ok) throw new Error(result.error);
    expect(data(result.text)).toEqual(data(fixture('deployment-pod.template.yaml')));
    expect(validateManifest(result.text).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('carries the spec’s text over as it was (comments too), moved under the template', () => {
    const commented = pod.replace('  - image: nginx\n', '  # The web server.\n  - image: nginx\n');
    const result = podTemplateDeployment(commented, findClusterRecord(commented, 0)!, false);
    if (!result.ok) throw new Error(result.error);
    expect(result.text).toContain('      # The web server.\n      - image: nginx\n');
    expect(result.text).toContain('metadata:\n  name: nginx-deployment\n  namespace: default\n');
  });

  it('leaves the other documents byte for byte', () => {
    const other = 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\n';
    const text = `${other}---\n${pod}`;
    const result = podTemplateDeployment(text, findClusterRecord(text, 1)!, true);
    if (!result.ok) throw new Error(result.error);
    expect(result.text.startsWith(`${other}---\n`)).toBe(true);
    expect(data(result.text, 1)).toEqual(data(fixture('deployment-pod.template.yaml')));
  });

  it('is not offered for a Pod no ReplicaSet made, and says why', () => {
    const own = fixture('pod.yaml');
    const record = findClusterRecord(own, 0)!;
    expect(record.replicaSet).toBeNull();
    expect(podTemplateDeployment(own, record)).toEqual({
      ok: false,
      error: 'This Pod was not made by a ReplicaSet, so it has no Pod template.',
    });
  });
});
