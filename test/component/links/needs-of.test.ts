import { describe, expect, it } from 'vitest';
import { podLinks } from '../../../shared';
import { needsOf } from '../../../renderer/links/use-links';

const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      envFrom:
        - configMapRef:
            name: settings
      env:
        - name: TOKEN
          valueFrom:
            secretKeyRef:
              name: token
              key: value
        - name: MODE
          valueFrom:
            configMapKeyRef:
              name: settings
              key: mode
    - name: proxy
      image: envoy:1.30
  volumes:
    - name: config
      projected:
        sources:
          - configMap:
              name: settings
          - secret:
              name: token
          - configMap:
              name: settings
`;

describe('the needs of a volume or a container', () => {
  const links = podLinks(text, 0);
  const named = (where: { volume?: string; container?: string }) =>
    needsOf(links, where).map((n) => `${n.kind} ${n.name}`);

  it('are each object the volume or the container reads, once, in the file’s order', () => {
    expect(named({ volume: 'config' })).toEqual(['ConfigMap settings', 'Secret token']);
    expect(named({ container: 'app' })).toEqual(['ConfigMap settings', 'Secret token']);
  });

  it('are none for a container or a volume that reads nothing', () => {
    expect(named({ container: 'proxy' })).toEqual([]);
    expect(named({ volume: 'cache' })).toEqual([]);
  });
});
