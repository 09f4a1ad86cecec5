/** The Pod lifecycle simulator: what the scheduler and the kubelet do with a Pod, second by second. */
export {
  simulate,
  frameAt,
  SCHEDULED_AT,
  PULL_SECONDS,
  FAILED_PULL_SECONDS,
  NODE_MONITOR_GRACE_SECONDS,
  UNREACHABLE_TOLERATION_SECONDS,
} from './simulate';
export {
  podQos,
  effectiveRequests,
  insufficient,
  containerRequests,
  formatQuantity,
} from './resources';
export type { QosClass, Qos, EffectiveRequests } from './resources';
export { simPodFromSpec, quantityToBytes } from './from-spec';
export {
  crashBackOffSeconds,
  nextBackOff,
  restartDelay,
  BACKOFF_INITIAL_SECONDS,
  BACKOFF_MAX_SECONDS,
  BACKOFF_RESET_SECONDS,
  goDuration,
  backOffMessageSeconds,
} from './backoff';
export { podPhase, podConditions } from './pod-status';
export { describeProbe, probeFailure, SAMPLE_POD_IP } from './messages';
export {
  INIT_RUN_SECONDS,
  INIT_FAIL_SECONDS,
  STEADY_RUN_SECONDS,
  scenarioTarget,
} from './scenario';
export { restartsOnExit } from './runner';
export { readRecordedStatus, recordedPod } from './recorded-status';
export type {
  RecordedContainer,
  RecordedPod,
  RecordedStatus,
  StatusReading,
} from './recorded-status';
export type { BackOffEntry } from './backoff';
export type * from './types';
export { podNameOf, rolloutSpec, simulateRollout, rolloutStatus } from './rollout';
export type { RolloutSpec, RolloutPod, RolloutFrame } from './rollout';
export type { SidecarExit } from './termination';
