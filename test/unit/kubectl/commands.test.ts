import { describe, expect, it } from 'vitest';
import { kubectlCommands, shellQuote } from '../../../shared/kubectl/commands';
import { parseManifest } from '../../../shared/manifest/parse';
import { templateText } from '../lifecycle/helpers';

describe('kubectlCommands for the anatomy Pod', () => {
  const view = parseManifest(templateText('pod-anatomy.yaml')).view;
  const commands = kubectlCommands({
    podName: view?.name ?? '',
    namespace: view?.namespace,
    fileName: 'pod-anatomy.yaml',
    containers: view?.containers ?? [],
  });

  it('fills in the lesson’s everyday commands, without -n when no namespace is set', () => {
    expect(commands.map((c) => c.command)).toEqual([
      'kubectl apply -f pod-anatomy.yaml',
      'kubectl get pods -o wide',
      'kubectl describe pod api-server',
      'kubectl logs -f api-server',
      'kubectl logs -f api-server -c log-shipper',
      'kubectl logs api-server -c init-migrate',
      'kubectl logs api-server --previous',
      'kubectl logs api-server -c init-migrate --previous',
      'kubectl exec -it api-server -- /bin/sh',
      // A path that exists in the Pod: the main container's mount of the shared volume.
      'kubectl cp api-server:/var/log/app ./app',
      "kubectl get events --sort-by='.lastTimestamp'",
      // kubectl sorts a list, not a watch: the watch comes without --sort-by.
      'kubectl get events --watch',
    ]);
    for (const c of commands) {
      expect(c.title).not.toBe('');
      expect(c.explanation.length).toBeGreaterThan(20);
    }
  });

  it('matches the lesson’s commands when the namespace is set', () => {
    const withNs = kubectlCommands({
      podName: 'api-server',
      namespace: 'production',
      fileName: 'pod-api.yaml',
      containers: [
        { name: 'api-server', role: 'main' },
        { name: 'log-shipper', role: 'sidecar' },
      ],
    }).map((c) => c.command);
    expect(withNs).toEqual([
      'kubectl apply -f pod-api.yaml',
      'kubectl get pods -n production -o wide',
      'kubectl describe pod api-server -n production',
      'kubectl logs -f api-server -n production',
      'kubectl logs -f api-server -c log-shipper -n production',
      'kubectl logs api-server --previous -n production',
      'kubectl exec -it api-server -n production -- /bin/sh',
      // No mounts given: /etc/hosts, which the kubelet writes into every container.
      'kubectl cp production/api-server:/etc/hosts ./hosts',
      "kubectl get events -n production --sort-by='.lastTimestamp'",
      'kubectl get events -n production --watch',
    ]);
  });

  it('lists native sidecars among the sidecars', () => {
    const cmds = kubectlCommands({
      podName: 'p',
      fileName: 'p.yaml',
      containers: [
        { name: 'vault-agent', role: 'native-sidecar' },
        { name: 'app', role: 'main' },
      ],
    }).map((c) => c.command);
    expect(cmds).toContain('kubectl logs -f p -c vault-agent');
    expect(cmds.some((c) => c.includes('-c app'))).toBe(false);
  });

  it('quotes shell arguments safely', () => {
    const cmds = kubectlCommands({
      podName: 'p',
      namespace: 'team a',
      fileName: "my pod's.yaml",
      containers: [],
    }).map((c) => c.command);
    expect(cmds[0]).toBe("kubectl apply -f 'my pod'\\''s.yaml'");
    expect(cmds[1]).toBe("kubectl get pods -n 'team a' -o wide");
    expect(cmds).toContain("kubectl cp 'team a/p:/etc/hosts' ./hosts");
  });

  it('copies from a sidecar’s mount with -c when the main container mounts nothing', () => {
    const cmds = kubectlCommands({
      podName: 'p',
      fileName: 'p.yaml',
      containers: [
        { name: 'app', role: 'main', mounts: [] },
        { name: 'shipper', role: 'sidecar', mounts: [{ mountPath: '/var/log/nginx/' }] },
      ],
    }).map((c) => c.command);
    expect(cmds).toContain('kubectl cp p:/var/log/nginx ./nginx -c shipper');
  });
});

describe('shellQuote', () => {
  it('leaves plain words bare and quotes the rest', () => {
    expect(shellQuote('api-server')).toBe('api-server');
    expect(shellQuote('dir/file.yaml')).toBe('dir/file.yaml');
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('$(rm -rf ~)')).toBe("'$(rm -rf ~)'");
    expect(shellQuote('a;b')).toBe("'a;b'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });
});
