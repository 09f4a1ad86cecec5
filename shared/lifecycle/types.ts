import type { RecordedStatus } from './recorded-status';

/**
 * The Pod lifecycle simulator's data: the Pod it runs (`SimPod`), what goes wrong (`Scenario`),
 * and what it produces (a `Simulation`: frames of Pod status at simulated seconds).
 * The names and values follow the Kubernetes API (`pod.status`), so what the app shows is what
 * `kubectl get pod -o yaml` and `kubectl describe pod` would show.
 */

/** Where a container sits: a plain init container, a native sidecar, or an app container. */
export type SimContainerKind = 'init' | 'native-sidecar' | 'app';

export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';

export type ImagePullPolicy = 'Always' | 'IfNotPresent' | 'Never';

/** How the probe checks, which decides the wording of its failure message. */
export type ProbeHandler = 'httpGet' | 'tcpSocket' | 'exec' | 'grpc' | 'unknown';

/** A probe's timing, with the Kubernetes defaults filled in. */
export interface SimProbe {
  handler: ProbeHandler;
  /** `httpGet.port`, `tcpSocket.port` or `grpc.port`, as written (a number or a port name). */
  port: string | null;
  /** The port's number: a name resolved against the container's ports, as the prober does. */
  portNumber: string | null;
  /** `httpGet.path`. */
  path: string | null;
  /** `exec.command`. */
  command: string[] | null;
  /** Default 0. */
  initialDelaySeconds: number;
  /** Default 10. */
  periodSeconds: number;
  /** Default 1. */
  timeoutSeconds: number;
  /** Default 3. */
  failureThreshold: number;
  /** Default 1 (and always 1 for liveness and startup probes). */
  successThreshold: number;
  /** The probe's own `terminationGracePeriodSeconds` for its kill, or null for the Pod's. */
  terminationGracePeriodSeconds: number | null;
}

export interface SimContainer {
  name: string;
  kind: SimContainerKind;
  image: string;
  imagePullPolicy: ImagePullPolicy;
  startupProbe: SimProbe | null;
  livenessProbe: SimProbe | null;
  readinessProbe: SimProbe | null;
  /** `resources.limits.memory` as written (`512Mi`), or null. */
  memoryLimit: string | null;
  /** The same limit in bytes, or null when absent or unreadable. */
  memoryLimitBytes: number | null;
  /** `resources.requests` and `.limits` of CPU (in cores) and memory (in bytes), as written. */
  resources: SimResources;
  /**
   * Seconds the `lifecycle.preStop` hook runs before the kubelet sends SIGTERM (a `sleep`
   * action's seconds, or `sleep N` in an exec command; else 1), or null without a hook.
   */
  preStopSeconds: number | null;
}

/** CPU in cores, memory in bytes; a resource not written (or unreadable) is absent. */
export interface ResourceAmounts {
  cpu?: number;
  memory?: number;
}

export interface SimResources {
  requests: ResourceAmounts;
  limits: ResourceAmounts;
}

export interface SimPod {
  /** Init containers (plain and native sidecars) in spec order, then app containers. */
  containers: SimContainer[];
  restartPolicy: RestartPolicy;
  /** `terminationGracePeriodSeconds`; Kubernetes' default is 30. */
  terminationGracePeriodSeconds: number;
  /** `spec.overhead` (set by a RuntimeClass): added to the Pod's effective requests. */
  overhead: ResourceAmounts;
}

/**
 * What happens to the Pod. `container` names the container a scenario targets; it defaults to
 * the first plain init container (`init-fails`) or the first app container (all others).
 */
export type Scenario =
  | { kind: 'healthy' }
  | {
      kind: 'init-fails';
      container?: string;
      /** How many runs fail before one exits 0. Default 2. */
      failures?: number;
      /** Default 1. */
      exitCode?: number;
    }
  | {
      kind: 'app-crash';
      container?: string;
      /** Seconds each run lasts before the process exits. Default 3. */
      runSeconds?: number;
      /** Default 1. */
      exitCode?: number;
      /**
       * After this many crashes one run lasts `STEADY_RUN_SECONDS` (past the 10 minutes after
       * which the kubelet forgets the back-off), then the crashes start again. Default: never.
       */
      steadyAfterCrashes?: number | null;
    }
  | {
      kind: 'liveness-failure';
      container?: string;
      /** Seconds after each start at which the process hangs (stops answering). Default 30. */
      afterSeconds?: number;
    }
  | {
      kind: 'readiness-failure';
      container?: string;
      /** Seconds after start at which the readiness endpoint starts failing. Default 30. */
      afterSeconds?: number;
      /** How long it keeps failing; null for ever. Default 60. */
      forSeconds?: number | null;
    }
  | {
      kind: 'oom-killed';
      container?: string;
      /**
       * Seconds after each start at which the process is OOM-killed: it reaches its memory
       * limit, or, without one, the Node runs out of memory. Default 5.
       */
      afterSeconds?: number;
    }
  | { kind: 'image-pull-error'; container?: string }
  | {
      kind: 'deleted';
      /** Seconds after creation at which `kubectl delete pod` is run. Default 20. */
      afterSeconds?: number;
      /**
       * Seconds each app container takes to exit after SIGTERM (it exits 0); null when it
       * ignores SIGTERM, so SIGKILL ends it at the end of the grace period. Default 3.
       */
      shutdownSeconds?: number | null;
    }
  | {
      kind: 'node-lost';
      /** Seconds after creation at which the Node stops answering. Default 20. */
      afterSeconds?: number;
    }
  | {
      kind: 'job-completes';
      /** Only this app container exits; the others keep running. Default: every app container. */
      container?: string;
      /** Seconds the work takes. Default 5. */
      runSeconds?: number;
      /**
       * How the native sidecars end when the kubelet stops them after the work: exit 0, killed
       * by SIGTERM (143), or SIGTERM ignored and SIGKILL at the grace period's end (137).
       * Default `zero`.
       */
      sidecarExit?: 'zero' | 'sigterm' | 'sigkill';
    };

export type ScenarioKind = Scenario['kind'];

export interface SimOptions {
  /** Used in event messages and the kubectl columns. Default `pod`. */
  podName?: string;
  /** Default `default`. */
  namespace?: string;
  /** The node the scheduler picks. Default `node-1`. */
  nodeName?: string;
  /** Simulated seconds to run (the simulation also stops when the Pod is terminal). Default 300. */
  durationSeconds?: number;
  /**
   * What the Node can give Pods (its allocatable CPU in cores and memory in bytes), for the
   * scheduler's fit check; by default the Node has room for any Pod.
   */
  node?: ResourceAmounts;
  /**
   * Start from a Pod's recorded status (`readRecordedStatus`) at its time, rather than from a
   * new Pod at 0; `durationSeconds` then counts from there.
   */
  from?: RecordedStatus;
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export type EventType = 'Normal' | 'Warning';

export type EventReason =
  | 'Scheduled'
  | 'Pulling'
  | 'Pulled'
  | 'Created'
  | 'Started'
  | 'Killing'
  | 'BackOff'
  | 'Unhealthy'
  | 'Failed'
  | 'FailedScheduling'
  | 'NodeNotReady'
  | 'TaintManagerEviction';

/** One line of `kubectl get events`. */
export interface SimEvent {
  time: number;
  type: EventType;
  reason: EventReason;
  /** `pod/<name>`, as kubectl prints the involved object. */
  object: string;
  /** The container the event is about (its `fieldPath`), or null for the Pod itself. */
  container: string | null;
  /** The component that recorded it. */
  source: 'default-scheduler' | 'kubelet' | 'node-controller' | 'taint-eviction-controller';
  message: string;
}

export interface WaitingState {
  state: 'waiting';
  /** ContainerCreating, PodInitializing, CrashLoopBackOff, ErrImagePull, ImagePullBackOff. */
  reason: string;
  message?: string;
}

export interface RunningState {
  state: 'running';
  startedAt: number;
}

export interface TerminatedState {
  state: 'terminated';
  /** Completed, Error or OOMKilled. */
  reason: string;
  exitCode: number;
  startedAt: number;
  finishedAt: number;
}

export type ContainerState = WaitingState | RunningState | TerminatedState;

/** One entry of `status.initContainerStatuses` / `status.containerStatuses`. */
export interface ContainerStatus {
  name: string;
  kind: SimContainerKind;
  state: ContainerState;
  /** The previous run's end, as `lastState.terminated`; null before the first restart. */
  lastState: TerminatedState | null;
  ready: boolean;
  /** True once the startup probe succeeded (or at once, without one) while running. */
  started: boolean;
  restartCount: number;
}

export type PodConditionType =
  'PodScheduled' | 'Initialized' | 'ContainersReady' | 'Ready' | 'DisruptionTarget';

export interface PodCondition {
  type: PodConditionType;
  status: 'True' | 'False';
  reason?: string;
  message?: string;
}

export interface SpecContainer {
  name: string;
  kind: SimContainerKind;
}

/** The Pod's status at one simulated second. */
export interface Frame {
  /** Seconds since the Pod was created. */
  time: number;
  /** The spec's containers in order (the same array in every frame of a simulation). */
  spec: readonly SpecContainer[];
  /** The events recorded at this second (not the whole history). */
  events: SimEvent[];
  phase: PodPhase;
  /** Empty until the scheduler has placed the Pod (the API server reports no conditions yet). */
  conditions: PodCondition[];
  /**
   * Init containers (plain and native sidecars) in order, then app containers. Empty until the
   * kubelet has reported on the Pod, as in the API.
   */
  containers: ContainerStatus[];
  /** Whether the Pod's IP is in the endpoints of the Services that select it (Ready=True). */
  inEndpoints: boolean;
  /** `metadata.deletionTimestamp` is set: the Pod is being deleted (kubectl: Terminating). */
  deleting?: boolean;
  /** The API object is gone: `kubectl get pods` no longer lists it. */
  deleted?: boolean;
  /** The Node's Ready condition: Unknown once the node controller stops hearing from it. */
  nodeReady?: 'True' | 'Unknown';
}

export interface Simulation {
  /** A frame at every second where something changed; the first at 0. */
  frames: Frame[];
  /** Plain-language remarks on this Pod and scenario (a probe missing, a target not found…). */
  notes: string[];
}
