import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../shared/manifest/parse';
import { changedSpan, edit } from './helpers';

/** Comments above list items, at the dash's column, describe the item below them. */
const described = `apiVersion: v1
kind: Pod
metadata:
  name: described
spec:
  containers:
    # The app: serves the API on 8080.
    - name: app
      image: my-api:v2
      volumeMounts:
        # The app writes its logs here.
        - name: logs
          mountPath: /var/log/app
      # Tuned later.
    # The log shipper: reads the logs,
    # forwards them to Loki.
    - name: shipper
      image: grafana/promtail:2.9.0
      volumeMounts:
        - name: logs
          mountPath: /var/log/app
          readOnly: true

    # Keeps the secrets fresh.
    - name: agent
      image: hashicorp/vault:1.17
  volumes:
    # Lives as long as the Pod.
    - name: logs
      emptyDir: {}
    # Scratch space.
    - name: scratch
      emptyDir: {}
`;

describe('a list item takes the comment lines directly above it along', () => {
  it('removing a container removes the comment that describes it, and nothing else', () => {
    const text = edit(described, { type: 'removeContainer', name: 'shipper' });
    expect(changedSpan(described, text).removed).toBe(`    # The log shipper: reads the logs,
    # forwards them to Loki.
    - name: shipper
      image: grafana/promtail:2.9.0
      volumeMounts:
        - name: logs
          mountPath: /var/log/app
          readOnly: true
`);
    // The deeper comment at the end of the app belongs to the app; the one above the agent
    // (after a blank line) to the agent.
    expect(text).toContain('      # Tuned later.\n');
    expect(text).toContain('\n    # Keeps the secrets fresh.\n    - name: agent\n');
  });

  it('removing a mount or a volume removes its comment too', () => {
    const unmounted = edit(described, { type: 'removeMount', container: 'app', index: 0 });
    expect(unmounted).not.toContain('The app writes its logs here.');
    const removed = edit(described, { type: 'removeVolume', name: 'scratch' });
    expect(removed).not.toContain('Scratch space.');
    expect(removed).toContain('    # Lives as long as the Pod.\n    - name: logs\n');
  });

  it('the comment right above an item goes with it; the blank line above them stays', () => {
    const text = edit(described, { type: 'removeContainer', name: 'agent' });
    expect(text).not.toContain('Keeps the secrets fresh.');
    expect(text).toContain('          readOnly: true\n\n  volumes:\n');
  });

  it('moving a container carries its comment to the new place', () => {
    const text = edit(described, {
      type: 'moveContainer',
      name: 'shipper',
      role: 'native-sidecar',
    });
    expect(text).toContain(`  initContainers:
    # The log shipper: reads the logs,
    # forwards them to Loki.
    - name: shipper
`);
    expect(text.match(/The log shipper/g)).toHaveLength(1);
    expect(parseManifest(text).view?.containers.map((c) => c.name)).toEqual([
      'shipper',
      'app',
      'agent',
    ]);
  });

  it('a duplicate does not repeat the original’s comment', () => {
    const text = edit(described, { type: 'duplicateContainer', name: 'shipper' });
    expect(text.match(/The log shipper/g)).toHaveLength(1);
    expect(changedSpan(described, text).inserted).toMatch(/^ {4}- name: shipper-1\n/);
  });
});
