import type { ContainerStatus, PodCondition, PodPhase, RestartPolicy } from './types';

/**
 * The Pod phase from its container statuses, as the kubelet's `getPhase` computes it
 * (pkg/kubelet/kubelet_pods.go, with sidecar containers enabled). `terminal` says the kubelet
 * has decided nothing more will run (the Pod is done), which settles Succeeded or Failed even
 * under restartPolicy Always. `appStarted` says an app container has started: from then on a
 * native sidecar restarting does not send the Pod back to Pending.
 */
export function podPhase(
  statuses: readonly ContainerStatus[],
  restartPolicy: RestartPolicy,
  terminal: boolean,
  appStarted = false,
): PodPhase {
  let pendingInit = 0;
  let pendingSidecars = 0;
  let failedInit = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;

  for (const c of statuses) {
    const { state } = c;
    if (c.kind === 'init') {
      if (state.state === 'running') pendingInit++;
      else if (state.state === 'terminated') {
        if (state.exitCode !== 0) failedInit++;
      } else if (c.lastState) {
        if (c.lastState.exitCode !== 0) failedInit++;
      } else pendingInit++;
    } else if (c.kind === 'native-sidecar') {
      // A stopped sidecar does not count: only app containers decide the outcome.
      if (state.state === 'running') {
        if (!c.started) pendingSidecars++;
        running++;
      } else if (state.state === 'waiting' && !c.lastState) {
        pendingSidecars++;
        waiting++;
      }
    } else if (state.state === 'running') running++;
    else if (state.state === 'terminated') {
      stopped++;
      if (state.exitCode === 0) succeeded++;
    } else if (c.lastState) stopped++;
    else waiting++;
  }

  if (failedInit > 0 && restartPolicy === 'Never') return 'Failed';
  if (pendingInit > 0 || (pendingSidecars > 0 && !appStarted) || waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped > 0) {
    if (terminal) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (restartPolicy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

function names(statuses: readonly ContainerStatus[]): string {
  return `[${statuses.map((c) => c.name).join(' ')}]`;
}

/**
 * The four conditions `kubectl describe pod` lists, as the kubelet reports them
 * (pkg/kubelet/status/generate.go). `initialized` stays true once reached: a sidecar restarting
 * after the app containers started does not un-initialize the Pod.
 */
export function podConditions(
  statuses: readonly ContainerStatus[],
  phase: PodPhase,
  initialized: boolean,
): PodCondition[] {
  const conditions: PodCondition[] = [{ type: 'PodScheduled', status: 'True' }];
  if (phase === 'Succeeded')
    conditions.push({ type: 'Initialized', status: 'True', reason: 'PodCompleted' });
  else if (initialized) conditions.push({ type: 'Initialized', status: 'True' });
  else {
    const pending = statuses.filter((c) =>
      c.kind === 'init'
        ? !(c.state.state === 'terminated' && c.state.exitCode === 0)
        : c.kind === 'native-sidecar' && !c.started,
    );
    conditions.push({
      type: 'Initialized',
      status: 'False',
      reason: 'ContainersNotInitialized',
      message: `containers with incomplete status: ${names(pending)}`,
    });
  }
  const mustBeReady = statuses.filter((c) => c.kind !== 'init');
  const unready = mustBeReady.filter((c) => !c.ready);
  let ready: PodCondition;
  if (phase === 'Succeeded') ready = { type: 'Ready', status: 'False', reason: 'PodCompleted' };
  else if (phase === 'Failed') ready = { type: 'Ready', status: 'False', reason: 'PodFailed' };
  else if (unready.length === 0 && initialized) ready = { type: 'Ready', status: 'True' };
  else
    ready = {
      type: 'Ready',
      status: 'False',
      reason: 'ContainersNotReady',
      message: `containers with unready status: ${names(unready)}`,
    };
  conditions.push({ ...ready, type: 'ContainersReady' }, ready);
  return conditions;
}
