import type { SimProbe } from './types';

/** The sample Pod IP of the lesson's diagram, used in probe failure messages. */
export const SAMPLE_POD_IP = '10.244.1.7';

export type ProbeKind = 'startup' | 'liveness' | 'readiness';

export const PROBE_TITLE: Record<ProbeKind, string> = {
  startup: 'Startup',
  liveness: 'Liveness',
  readiness: 'Readiness',
};

/** A probe as `kubectl describe pod` prints it: `http-get http://:8080/healthz delay=5s …`. */
export function describeProbe(probe: SimProbe): string {
  let action: string;
  switch (probe.handler) {
    case 'httpGet':
      action = `http-get http://:${probe.port ?? ''}${probe.path ?? '/'}`;
      break;
    case 'tcpSocket':
      action = `tcp-socket :${probe.port ?? ''}`;
      break;
    case 'exec':
      action = `exec [${(probe.command ?? []).join(' ')}]`;
      break;
    case 'grpc':
      action = `grpc <pod>:${probe.port ?? ''}`;
      break;
    default:
      action = 'unknown';
  }
  return (
    `${action} delay=${probe.initialDelaySeconds}s timeout=${probe.timeoutSeconds}s ` +
    `period=${probe.periodSeconds}s #success=${probe.successThreshold} #failure=${probe.failureThreshold}`
  );
}

/**
 * The kubelet's message for a failed probe: `hung` when the process does not answer at all (the
 * probe times out), otherwise it answers "not OK" (HTTP 503, connection refused, exit 1).
 */
export function probeFailure(kind: ProbeKind, probe: SimProbe, hung: boolean): string {
  // The prober dials the number a named port stands for.
  const port = probe.portNumber ?? '80';
  let detail: string;
  switch (probe.handler) {
    case 'httpGet':
      detail = hung
        ? `Get "http://${SAMPLE_POD_IP}:${port}${probe.path ?? '/'}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`
        : 'HTTP probe failed with statuscode: 503';
      break;
    case 'tcpSocket':
      detail = hung
        ? `dial tcp ${SAMPLE_POD_IP}:${port}: i/o timeout`
        : `dial tcp ${SAMPLE_POD_IP}:${port}: connect: connection refused`;
      break;
    case 'exec':
      detail = hung
        ? `command timed out: "${(probe.command ?? []).join(' ')}" timed out after ${probe.timeoutSeconds}s`
        : `command "${(probe.command ?? []).join(' ')}" exited with code 1`;
      break;
    case 'grpc':
      detail = hung
        ? `timeout: failed to connect service ":${port}" within ${probe.timeoutSeconds}s`
        : 'service unhealthy (responded with "NOT_SERVING")';
      break;
    default:
      detail = 'probe failed';
  }
  return `${PROBE_TITLE[kind]} probe failed: ${detail}`;
}
