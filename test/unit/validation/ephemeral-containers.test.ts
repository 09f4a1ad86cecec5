import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFix, check, helper, only, pod, textAt, workload, yamlOf } from './helpers';

/** A Pod as `kubectl get pod -o yaml` shows it after `kubectl debug --target api`. */
const debugged = readFileSync(
  new URL('../../fixtures/manifests/pod-debugged.yaml', import.meta.url),
  'utf8',
);

const targeting = (target: string) =>
  pod({
    initContainers: [helper('setup')],
    ephemeralContainers: [
      { name: 'debugger', image: 'busybox:1.36', targetContainerName: target },
      { name: 'shell', image: 'busybox:1.36' },
    ],
  });

describe("an ephemeral container's targetContainerName", () => {
  it('is reported when it names no container of the Pod, and the API server refuses it', () => {
    const text = debugged.replace('targetContainerName: api', 'targetContainerName: nosuch');
    const [problem, ...others] = only('pod/unknown-container', text);
    expect(others).toEqual([]);
    expect(textAt(text, problem!)).toBe('nosuch');
    expect(problem!.message).toBe(
      'The targetContainerName of the ephemeral container "debugger" names the container "nosuch", but the Pod has no container of that name.',
    );
    expect(problem!.severity).toBe('error');
    expect(problem!.refusedBy).toBe('api-server');
  });

  it('is reported when it names another ephemeral container', () => {
    const [problem] = only('pod/unknown-container', targeting('shell'));
    expect(problem!.message).toMatch(/names the ephemeral container "shell": the target must be/);
  });

  it('may name an app or an init container', () => {
    expect(only('pod/unknown-container', targeting('app'))).toEqual([]);
    expect(only('pod/unknown-container', targeting('setup'))).toEqual([]);
    expect(only('pod/unknown-container', debugged)).toEqual([]);
  });
});

describe('ephemeralContainers in a manifest', () => {
  it('is an error the API server refuses when the Pod is created', () => {
    const [problem, ...others] = only('pod/ephemeral-containers', debugged);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server', nodeId: 'pod' });
    expect(textAt(debugged, problem!)).toBe('ephemeralContainers');
    expect(problem!.message).toBe(
      'The Pod lists an ephemeral container: the API server refuses ephemeralContainers when a Pod is created. Add it to the running Pod with `kubectl debug`.',
    );
    expect(check(debugged).some((p) => p.refusedBy === 'api-server')).toBe(true);
  });

  it("is refused in a workload's Pod template", () => {
    const deployment = workload('Deployment', 'apps/v1', {
      ephemeralContainers: [
        { name: 'a', image: 'busybox:1.36' },
        { name: 'b', image: 'busybox:1.36' },
      ],
    });
    const [problem] = only('pod/ephemeral-containers', deployment);
    expect(problem!.message).toBe(
      "A Deployment's Pod template lists 2 ephemeral containers: the API server does not allow ephemeralContainers in a Pod template. Add them to a running Pod with `kubectl debug`.",
    );
  });

  it('is fixed by removing the list, and the rest of the Pod stays', () => {
    const [problem] = only('pod/ephemeral-containers', debugged);
    expect(problem!.fix?.title).toBe('Remove ephemeralContainers');
    const fixed = applyFix(debugged, problem!);
    // The list and its items go; nothing else changes.
    expect(fixed).toBe(debugged.replace(/ {2}ephemeralContainers:\n(?: {4}.*\n)+/, ''));
    expect(fixed).toContain('      emptyDir: {}');
    expect(check(fixed).filter((p) => p.refusedBy === 'api-server')).toEqual([]);
  });

  it('is not reported for an empty list', () => {
    expect(only('pod/ephemeral-containers', yamlOf(pod({ ephemeralContainers: [] })))).toEqual([]);
  });
});
