import type { PodEdit } from '../edits/types';
import type { Severity, TextRange } from '../manifest/types';

/**
 * A one-click repair: edits applied in order with `applyEdit`, so the history can undo them.
 * Pass `applyEdit` the same `document` option the problems were found with.
 */
export interface QuickFix {
  title: string;
  edits: PodEdit[];
  /**
   * Set when the fix is right for the manifest but changes what happens at run time in a way the
   * user must agree to (the kubelet will refuse to start a container that runs as root): the
   * sentence to show before applying.
   */
  confirm?: string;
}

/**
 * Who turns the manifest away while the problem stands: the API server (`kubectl apply` fails),
 * the namespace's Pod Security admission (at the level the team enforces), or nobody (the Pod is
 * created and fails later, or the problem is a practice).
 */
export type Refusal = 'api-server' | 'pod-security' | null;

export interface Problem {
  /** Stable id, `family/name`: `schema/unknown-field`, `pod/duplicate-container-name`, … */
  ruleId: string;
  severity: Severity;
  /** What is wrong here, naming the container, volume or field. */
  message: string;
  /** Why it matters, in the lesson's words: the same for every problem of a rule. */
  explanation: string;
  range: TextRange;
  /** 1-based line and column of `range.from`. */
  line: number;
  col: number;
  /** The canvas node to select (`nodeId.container(name)`, `nodeId.volume(name)`, `nodeId.pod`). */
  nodeId: string | null;
  refusedBy: Refusal;
  /** The best repair, when there is one. */
  fix?: QuickFix;
  /** Other repairs, after `fix`, for the user to choose from. */
  moreFixes?: QuickFix[];
}

export interface ValidateOptions {
  /** Which document of a multi-document file to check (default: the first that holds a Pod). */
  document?: number;
  /** `"1.29"`, `"v1.31.2"`…: the cluster the manifest is meant for (default: the newest stable). */
  kubernetesVersion?: string;
  /** Rule ids (or `family/*`) to skip, on top of those the manifest's annotation turns off. */
  disabledRules?: readonly string[];
  /**
   * The Pod Security Standards level the namespace enforces (default `privileged`, as a namespace
   * without a label): a control of that level or below is an error, refused by the admission.
   */
  podSecurityLevel?: PodSecurityLevel;
}

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/** What the registry knows about a rule, for settings screens and the problems panel. */
export interface RuleInfo {
  id: string;
  /** The usual severity; a few rules raise or lower it for one problem. */
  severity: Severity;
  /** A short name for settings: "Limits without requests". */
  title: string;
  explanation: string;
  /** Who refuses a manifest with this problem (a report can say otherwise for one problem). */
  refusedBy: Refusal;
}
