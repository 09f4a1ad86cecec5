import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';

const pod = (image: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: ${JSON.stringify(image)}
`;

const deployment = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: app
          image: ${JSON.stringify(image)}
`;

const invalid = (text: string) =>
  validateManifest(text)
    .filter((p) => p.ruleId === 'pod/invalid-image')
    .map(({ message, refusedBy }) => ({ message, refusedBy }));

describe('an image reference the Pod cannot run', () => {
  it('with a space inside: the kubelet cannot pull it', () => {
    expect(invalid(pod('nginx:1.25 [oops'))).toEqual([
      {
        message:
          'Container "app": "nginx:1.25 [oops" holds a space: an image reference has none, so the kubelet cannot pull it (InvalidImageName).',
        refusedBy: null,
      },
    ]);
  });

  it('with a space at an end: the API server refuses the Pod, or each Pod a Deployment creates', () => {
    expect(invalid(pod('nginx:1.27 '))).toEqual([
      {
        message:
          'Container "app": "nginx:1.27 " holds a space: an image reference has none, so the API server refuses the Pod.',
        refusedBy: 'api-server',
      },
    ]);
    expect(invalid(deployment('nginx:1.27 '))).toEqual([
      {
        message:
          'Container "app": "nginx:1.27 " holds a space: an image reference has none, so the API server refuses each Pod the Deployment creates.',
        refusedBy: null,
      },
    ]);
  });

  it('is not reported for references the runtimes take', () => {
    for (const image of ['nginx', 'MyRegistry/app:1', '[::1]:5000/app:1', 'localhost/app'])
      expect(invalid(pod(image))).toEqual([]);
  });
});
