import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { simPodFromSpec, type SimPod } from '../../../shared';
import { makeScenario, scenarioHint } from '../../../renderer/teach/scenarios';
import podAnatomy from '../../../assets/templates/pod-anatomy.yaml?raw';
import podApi from '../../../assets/templates/pod-api.yaml?raw';
import nativeSidecar from '../../../assets/templates/native-sidecar.yaml?raw';

function podOf(text: string, restartPolicy?: string): SimPod {
  // The Pod is the first document (a template may hold its ConfigMap after it).
  const { spec } = parseAllDocuments(text)[0]?.toJS() as { spec: Record<string, unknown> };
  return simPodFromSpec(restartPolicy ? { ...spec, restartPolicy } : spec);
}

const anatomy = podOf(podAnatomy);
const production = podOf(podApi);

describe('scenarioHint', () => {
  it('does not speak of a memory limit the container does not have', () => {
    const hint = scenarioHint(makeScenario('oom-killed', null), anatomy);
    expect(hint).not.toMatch(/crosses the limit|reaches its limit/);
    expect(hint).toMatch(/^api-server has no memory limit: it is OOM-killed only when the Node/);
    expect(hint).toMatch(/kernel’s OOM killer/);
    expect(hint).toMatch(/OOMKilled, exit 137/);
  });

  it('names the limit the container has', () => {
    const hint = scenarioHint(makeScenario('oom-killed', null), production);
    expect(hint).toMatch(/^api-server’s memory use reaches its limit \(512Mi\)/);
  });

  it('follows the restartPolicy: Always and OnFailure restart a crash, Never does not', () => {
    const crash = makeScenario('app-crash', null);
    expect(scenarioHint(crash, anatomy)).toMatch(
      /With restartPolicy Always, kubelet starts it again at once, then after 10 s, 20 s, 40 s… up to 5 minutes/,
    );
    expect(scenarioHint(crash, podOf(podAnatomy, 'OnFailure'))).toMatch(
      /With restartPolicy OnFailure, kubelet starts it again/,
    );
    const never = scenarioHint(crash, podOf(podAnatomy, 'Never'));
    expect(never).toMatch(
      /With restartPolicy Never it is not restarted: it stays Terminated \(Error\)/,
    );
    expect(never).not.toMatch(/restarts it|starts it again|10 s/);
    expect(scenarioHint(makeScenario('oom-killed', null), podOf(podAnatomy, 'Never'))).toMatch(
      /stays Terminated \(OOMKilled\)/,
    );
    expect(scenarioHint(makeScenario('liveness-failure', null), podOf(podApi, 'Never'))).toMatch(
      /SIGTERM, then SIGKILL .* \(exit 137\)\. With restartPolicy Never it is not restarted/,
    );
  });

  it('restarts a native sidecar whatever the Pod’s restartPolicy', () => {
    const hint = scenarioHint(
      makeScenario('app-crash', 'log-shipper'),
      podOf(nativeSidecar, 'Never'),
    );
    expect(hint).toMatch(
      /its own restartPolicy: Always, whatever the Pod’s: kubelet starts it again/,
    );
  });

  it('fails the Pod at once when an init container fails under restartPolicy Never', () => {
    expect(scenarioHint(makeScenario('init-fails', null), anatomy)).toMatch(
      /^init-migrate exits non-zero\. With restartPolicy Always, kubelet starts it again .* the app containers wait until it exits 0\.$/,
    );
    expect(scenarioHint(makeScenario('init-fails', null), podOf(podAnatomy, 'Never'))).toMatch(
      /not retried: the Pod fails, and the app containers never start/,
    );
    expect(scenarioHint(makeScenario('init-fails', null, 0), anatomy)).toMatch(/nothing fails/);
  });

  it('says when a probe the scenario needs is missing', () => {
    expect(scenarioHint(makeScenario('liveness-failure', null), anatomy)).toMatch(
      /no livenessProbe: nothing notices/,
    );
    expect(scenarioHint(makeScenario('liveness-failure', null), production)).toMatch(
      /after 3 failed liveness probes \(its failureThreshold\) kubelet stops it: SIGTERM/,
    );
    expect(scenarioHint(makeScenario('readiness-failure', null), anatomy)).toMatch(
      /no readinessProbe/,
    );
    expect(scenarioHint(makeScenario('readiness-failure', null), production)).toMatch(
      /leaves the Service endpoints/,
    );
  });

  it('completes the work only when the restartPolicy lets it', () => {
    expect(scenarioHint(makeScenario('job-completes', null), anatomy)).toMatch(
      /restartPolicy Always starts them again: the Pod never Succeeds/,
    );
    expect(
      scenarioHint(makeScenario('job-completes', null), podOf(podAnatomy, 'OnFailure')),
    ).toMatch(/with restartPolicy OnFailure it is not restarted, and the Pod Succeeds/);
  });
});

describe('scenarioHint without a container to act on', () => {
  it('says so, as the simulation’s notes do, rather than describe a failure that does not come', () => {
    const noInit = simPodFromSpec({ containers: [{ name: 'app', image: 'app:1' }] });
    expect(scenarioHint(makeScenario('init-fails', null), noInit)).toBe(
      'This Pod has no init container: the Pod runs as if healthy.',
    );
    expect(scenarioHint(makeScenario('app-crash', 'gone'), noInit)).toMatch(
      /^No container is named "gone"/,
    );
  });
});
