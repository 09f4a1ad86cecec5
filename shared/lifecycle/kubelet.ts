import { goDuration, nextBackOff, restartDelay, type BackOffEntry } from './backoff';
import type { ProbeKind } from './messages';
import { runProbes } from './probes';
import type { RecordedStatus } from './recorded-status';
import { resumeRunner } from './resume';
import { newRunner, restartsOnExit, runnerStatus, type Runner } from './runner';
import type { Outcome, Script } from './scenario';
import { beginDeletion, stepDeletion, type Deletion } from './termination';
import type { ContainerStatus, EventReason, EventType, SimEvent, SimPod } from './types';

/** The components that record events other than the kubelet's. */
const SOURCES: Partial<Record<EventReason, SimEvent['source']>> = {
  Scheduled: 'default-scheduler',
  FailedScheduling: 'default-scheduler',
  NodeNotReady: 'node-controller',
  TaintManagerEviction: 'taint-eviction-controller',
};

/** The kubelet never gives a container less than this to stop (kuberuntime's minimum). */
const MINIMUM_GRACE_SECONDS = 2;

/** Seconds an image pull takes, and a failing one. */
export const PULL_SECONDS = 2;
export const FAILED_PULL_SECONDS = 1;

/**
 * The kubelet's side of the simulation: it pulls images, starts containers in the order the
 * Pod requires, runs probes, restarts with back-off and decides when the Pod is done.
 */
export class Kubelet {
  readonly runners: Runner[];
  readonly events: SimEvent[] = [];
  initialized = false;
  terminal = false;
  /** Set by `kubectl delete pod`: the kubelet then only stops containers. */
  deletion: Deletion | null = null;
  private readonly pulled = new Set<string>();
  private readonly pullBackOff = new Map<string, BackOffEntry>();
  private readonly podRef: string;

  constructor(
    readonly pod: SimPod,
    readonly script: Script,
    readonly podName: string,
    readonly namespace: string,
  ) {
    this.podRef = `${podName}_${namespace}`;
    const hasInit = pod.containers.some((c) => c.kind !== 'app');
    this.runners = pod.containers.map((spec) => newRunner(spec, hasInit));
  }

  emit(
    time: number,
    type: EventType,
    reason: EventReason,
    container: string | null,
    message: string,
  ) {
    this.events.push({
      time,
      type,
      reason,
      object: `pod/${this.podName}`,
      container,
      source: SOURCES[reason] ?? 'kubelet',
      message,
    });
  }

  /**
   * Starts from a recorded status instead of a new Pod: its containers' states, restarts and
   * back-offs; the images of containers that have run are on the Node; a finished Pod stays so.
   */
  resume(from: RecordedStatus): void {
    for (const c of from.containers) {
      const r = this.runners.find((runner) => runner.spec.name === c.name);
      if (!r) continue;
      resumeRunner(r, c, from.time);
      if (r.runs > 0) this.pulled.add(r.spec.image);
      if (r.activity === 'pull-failed')
        this.pullBackOff.set(r.spec.image, nextBackOff(null, from.time));
    }
    this.initialized = from.initialized;
    this.terminal = from.phase === 'Succeeded' || from.phase === 'Failed';
  }

  /** The Pod is being deleted from `t`, with `shutdown` seconds for an app to exit after SIGTERM. */
  delete(t: number, shutdown: number | null): void {
    this.deletion = beginDeletion(t, this.pod.terminationGracePeriodSeconds, shutdown);
  }

  /** One second of the kubelet's work: pulls finish, processes exit, sync, probes. */
  tick(t: number): void {
    if (this.deletion) {
      // Nothing starts or restarts any more; no probe kills what is being stopped.
      if (stepDeletion(this, this.deletion, t)) this.terminal = true;
      return;
    }
    for (const r of this.runners) {
      if (r.activity === 'pulling' && r.pullDoneAt <= t) this.finishPull(r, t);
    }
    for (const r of this.runners) {
      if (r.activity !== 'running') continue;
      if (r.killAt !== null) {
        if (t >= r.killAt) this.exit(r, t, { exitCode: 137, reason: 'Error' });
        continue;
      }
      const outcome = this.script.outcome(r.spec, r.runs - 1);
      if (outcome && t - r.runStartedAt >= outcome.after) this.exit(r, t, outcome);
    }
    this.sync(t);
    for (const r of this.runners) {
      if (r.activity !== 'running' || r.killAt !== null) continue;
      runProbes(r, t, this.script, {
        unhealthy: (message) => this.emit(t, 'Warning', 'Unhealthy', r.spec.name, message),
        kill: (kind) => this.kill(r, t, kind),
      });
    }
  }

  private beginStart(r: Runner, t: number): void {
    const { image, imagePullPolicy } = r.spec;
    const present = this.pulled.has(image) && image !== this.script.failingImage;
    if (imagePullPolicy === 'Always' || (imagePullPolicy === 'IfNotPresent' && !present)) {
      this.beginPull(r, t);
      return;
    }
    this.emit(
      t,
      'Normal',
      'Pulled',
      r.spec.name,
      `Container image "${image}" already present on machine`,
    );
    this.startRun(r, t);
  }

  private beginPull(r: Runner, t: number): void {
    const failing = r.spec.image === this.script.failingImage;
    this.emit(t, 'Normal', 'Pulling', r.spec.name, `Pulling image "${r.spec.image}"`);
    r.activity = 'pulling';
    r.pullDoneAt = t + (failing ? FAILED_PULL_SECONDS : PULL_SECONDS);
  }

  private finishPull(r: Runner, t: number): void {
    const { image, name } = r.spec;
    if (image !== this.script.failingImage) {
      this.pulled.add(image);
      this.emit(
        t,
        'Normal',
        'Pulled',
        name,
        `Successfully pulled image "${image}" in ${PULL_SECONDS}s (${PULL_SECONDS}s including waiting)`,
      );
      this.startRun(r, t);
      return;
    }
    const entry = nextBackOff(this.pullBackOff.get(image) ?? null, t);
    this.pullBackOff.set(image, entry);
    const cause = `rpc error: code = NotFound desc = failed to pull and unpack image "${image}": not found`;
    this.emit(t, 'Warning', 'Failed', name, `Failed to pull image "${image}": ${cause}`);
    this.emit(t, 'Warning', 'Failed', name, 'Error: ErrImagePull');
    r.status = { state: 'waiting', reason: 'ErrImagePull', message: cause };
    r.activity = 'pull-failed';
    r.pullFailedAt = t;
    r.pullRetryAt = t + entry.delay;
  }

  private startRun(r: Runner, t: number): void {
    const { name, startupProbe, readinessProbe } = r.spec;
    this.emit(t, 'Normal', 'Created', name, `Created container: ${name}`);
    this.emit(t, 'Normal', 'Started', name, `Started container ${name}`);
    if (r.runs > 0) r.restartCount++;
    if (r.status.state === 'terminated') r.lastState = r.status;
    r.runs++;
    r.activity = 'running';
    r.runStartedAt = t;
    r.status = { state: 'running', startedAt: t };
    r.started = startupProbe === null;
    r.ready = r.started && readinessProbe === null;
    r.failures = { startup: 0, liveness: 0, readiness: 0 };
    r.successes = 0;
  }

  exit(r: Runner, t: number, outcome: Omit<Outcome, 'after'>): void {
    r.status = {
      state: 'terminated',
      reason: outcome.reason,
      exitCode: outcome.exitCode,
      startedAt: r.runStartedAt,
      finishedAt: t,
    };
    r.activity = 'exited';
    r.ready = false;
    r.started = false;
    r.restartAt = null;
    r.killAt = null;
  }

  /** Move a container on: start it, retry its pull, or restart it after its back-off. */
  private advance(r: Runner, t: number): void {
    if (r.activity === 'idle') this.beginStart(r, t);
    else if (r.activity === 'pull-failed') {
      if (t >= r.pullRetryAt) this.beginPull(r, t);
      else if (
        t > r.pullFailedAt &&
        r.status.state === 'waiting' &&
        r.status.reason === 'ErrImagePull'
      ) {
        const message = `Back-off pulling image "${r.spec.image}"`;
        r.status = { state: 'waiting', reason: 'ImagePullBackOff', message };
        this.emit(t, 'Normal', 'BackOff', r.spec.name, message);
        this.emit(t, 'Warning', 'Failed', r.spec.name, 'Error: ImagePullBackOff');
      }
    } else if (r.activity === 'exited') this.restart(r, t);
  }

  private restart(r: Runner, t: number): void {
    const finishedAt =
      r.status.state === 'terminated' ? r.status.finishedAt : (r.lastState?.finishedAt ?? t);
    if (r.restartAt === null) {
      r.restartWait = restartDelay(r.backOff, finishedAt);
      r.restartAt = finishedAt + Math.max(r.restartWait, 1);
    }
    if (t >= r.restartAt) {
      r.backOff = nextBackOff(r.backOff, finishedAt, t);
      r.restartAt = null;
      this.beginStart(r, t);
    } else if (r.status.state === 'terminated' && t > finishedAt) {
      const { name } = r.spec;
      r.lastState = r.status;
      r.status = {
        state: 'waiting',
        reason: 'CrashLoopBackOff',
        message: `back-off ${goDuration(r.restartWait)} restarting failed container=${name} pod=${this.podRef}`,
      };
      this.emit(
        t,
        'Warning',
        'BackOff',
        name,
        `Back-off restarting failed container ${name} in pod ${this.podRef}`,
      );
    }
  }

  private exitCode(r: Runner): number | null {
    if (r.activity !== 'exited') return null;
    if (r.status.state === 'terminated') return r.status.exitCode;
    return r.lastState?.exitCode ?? null;
  }

  private sync(t: number): void {
    if (this.terminal) return;
    const policy = this.pod.restartPolicy;
    if (!this.initialized) {
      let done = true;
      for (const r of this.runners) {
        if (r.spec.kind === 'app') continue;
        if (r.spec.kind === 'init' && r.activity === 'exited' && this.exitCode(r) === 0) continue;
        if (r.spec.kind === 'native-sidecar' && r.activity === 'running' && r.started) continue;
        done = false;
        if (r.spec.kind === 'init' && r.activity === 'exited' && policy === 'Never') {
          this.finish(t);
          return;
        }
        this.advance(r, t);
        break;
      }
      if (!done) return;
      this.initialized = true;
    }
    const apps = this.runners.filter((r) => r.spec.kind === 'app');
    for (const r of this.runners) {
      if (r.spec.kind === 'init') continue;
      const code = this.exitCode(r);
      if (code === null || restartsOnExit(r.spec.kind, code, policy)) this.advance(r, t);
    }
    const done = apps.every((r) => {
      const code = this.exitCode(r);
      return code !== null && !restartsOnExit(r.spec.kind, code, policy);
    });
    if (apps.length > 0 && done) this.finish(t);
  }

  /**
   * The Pod is done: nothing more starts. Native sidecars still running are stopped as in a
   * deletion (last started first, SIGKILL at the grace period's end); the Pod is terminal once
   * they have. How they exit is the script's `sidecarExit`; their exit codes do not count.
   */
  private finish(t: number): void {
    const sidecars = this.runners.some(
      (r) => r.spec.kind === 'native-sidecar' && r.activity === 'running',
    );
    if (!sidecars) {
      this.terminal = true;
      return;
    }
    const grace = this.pod.terminationGracePeriodSeconds;
    this.deletion = beginDeletion(t, grace, null, this.script.sidecarExit);
    if (stepDeletion(this, this.deletion, t)) this.terminal = true;
  }

  /**
   * A failed liveness or startup probe: the kubelet stops the container as it stops any, SIGTERM
   * then SIGKILL once the grace period is over (the probe's own, else the Pod's, 2 s at least).
   * The hung process does not answer SIGTERM, so it ends at SIGKILL: 137.
   */
  private kill(r: Runner, t: number, kind: ProbeKind): void {
    const restarts = restartsOnExit(r.spec.kind, 137, this.pod.restartPolicy);
    const message = `Container ${r.spec.name} failed ${kind} probe${restarts ? ', will be restarted' : ''}`;
    this.emit(t, 'Normal', 'Killing', r.spec.name, message);
    const probe = kind === 'startup' ? r.spec.startupProbe : r.spec.livenessProbe;
    const grace = probe?.terminationGracePeriodSeconds ?? this.pod.terminationGracePeriodSeconds;
    r.killAt = t + Math.max(MINIMUM_GRACE_SECONDS, grace);
    r.ready = false;
  }

  /** Whether any app container has been started (the kubelet's HasAnyActiveRegularContainerStarted). */
  appStarted(): boolean {
    return this.runners.some((r) => r.spec.kind === 'app' && r.runs > 0);
  }

  statuses(): ContainerStatus[] {
    return this.runners.map(runnerStatus);
  }
}
