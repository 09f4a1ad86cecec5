import type { Document } from 'yaml';
import type { PathKey } from '../manifest/nodes';
import type { ContainerRole, Severity, TextRange, WorkloadKind } from '../manifest/types';
import { nodeId } from '../graph/types';
import type { PodSecurityLevel, QuickFix, Refusal, RuleInfo } from './types';
import type { KubeVersion } from './version';

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | null {
  return value != null && typeof value === 'object' && !Array.isArray(value)
    ? (value as JsonObject)
    : null;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export type ContainerListName = 'initContainers' | 'containers' | 'ephemeralContainers';

export interface ContainerInfo {
  name: string;
  list: ContainerListName;
  index: number;
  role: ContainerRole | 'ephemeral';
  /** The container as plain data (aliases and merge keys resolved). */
  data: JsonObject;
  /** Its path in the document. */
  path: PathKey[];
  nodeId: string;
}

export interface VolumeInfo {
  name: string;
  index: number;
  data: JsonObject;
  path: PathKey[];
  nodeId: string;
}

/** What a rule reports; the validator adds the rule's id, explanation and location. */
export interface Report {
  message: string;
  /** Document path of the offending field. */
  path: readonly PathKey[];
  /** The exact text to underline, when it is finer than a field (one character). */
  range?: TextRange;
  /** Point at the field's key (for unknown fields) rather than its value. */
  at?: 'key' | 'value';
  /** Defaults to the container or volume the path runs through, else the Pod. */
  nodeId?: string | null;
  /** Defaults to the rule's severity. */
  severity?: Severity;
  /** Defaults to the rule's. */
  refusedBy?: Refusal;
  fix?: QuickFix;
  moreFixes?: QuickFix[];
}

/** Everything a rule reads, computed once per validation. */
export interface RuleContext {
  text: string;
  doc: Document;
  kind: WorkloadKind;
  /** The whole document as plain data. */
  root: JsonObject;
  /** Path of the Pod spec, and of the Pod object (`[]`, `['spec','template']`, …). */
  specPath: readonly string[];
  podPath: readonly string[];
  spec: JsonObject;
  /** Init containers, app containers, then ephemeral containers, in document order. */
  containers: ContainerInfo[];
  volumes: VolumeInfo[];
  /**
   * The node of each of a StatefulSet's `volumeClaimTemplates` (null for one with no name): each
   * is drawn as a volume of its name, numbered before the Pod's volumes, as the view numbers them.
   */
  claimTemplateIds: (string | null)[];
  version: KubeVersion;
  /** The Pod Security Standards level the namespace enforces. */
  podSecurity: PodSecurityLevel;
  /** A value computed once and shared by the rules that need it. */
  memo<T>(key: string, compute: () => T): T;
}

export interface Rule extends Omit<RuleInfo, 'refusedBy'> {
  /** Default: the API server for `schema/…` rules, nobody for the others. */
  refusedBy?: Refusal;
  check(ctx: RuleContext, report: (report: Report) => void): void;
}

/** Who refuses a manifest with a problem of `rule`. */
export function refusalOf(rule: Rule): Refusal {
  if (rule.refusedBy !== undefined) return rule.refusedBy;
  return rule.id.startsWith('schema/') ? 'api-server' : null;
}

/** The canvas node a document path runs through: a container, a volume, else the Pod. */
export function nodeIdForPath(ctx: RuleContext, path: readonly PathKey[]): string | null {
  const spec = ctx.specPath;
  if (path[0] === 'spec' && path[1] === 'volumeClaimTemplates' && typeof path[2] === 'number') {
    return ctx.claimTemplateIds[path[2]] ?? null;
  }
  const inSpec = path.length > spec.length && spec.every((key, i) => path[i] === key);
  if (!inSpec) {
    const inPod = ctx.podPath.every((key, i) => path[i] === key);
    return inPod && path.length >= ctx.podPath.length ? nodeId.pod : null;
  }
  const list = path[spec.length];
  const index = path[spec.length + 1];
  if (typeof index === 'number') {
    if (list === 'volumes') {
      const volume = ctx.volumes.find((v) => v.index === index);
      return volume?.name ? volume.nodeId : nodeId.pod;
    }
    const container = ctx.containers.find((c) => c.list === list && c.index === index);
    if (container?.name) return container.nodeId;
  }
  return nodeId.pod;
}
