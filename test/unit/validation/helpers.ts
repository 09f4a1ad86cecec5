import { stringify } from 'yaml';
import { expect } from 'vitest';
import { applyEdit, validateManifest } from '../../../shared';
import type { Problem, ValidateOptions } from '../../../shared';

type Json = Record<string, unknown>;

/** A serving container that no rule complains about. */
export function container(name: string, extra: Json = {}): Json {
  return {
    name,
    image: `registry.example/${name}:1.4.2`,
    ports: [{ containerPort: 8080, name: 'http' }],
    resources: {
      requests: { cpu: '100m', memory: '128Mi' },
      limits: { cpu: '500m', memory: '256Mi' },
    },
    readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
    volumeMounts: [{ name: 'cache', mountPath: '/cache' }],
    ...extra,
  };
}

/** A helper container that serves nothing (no ports, so no readiness probe is expected). */
export function helper(name: string, extra: Json = {}): Json {
  const rest = container(name);
  delete rest.ports;
  delete rest.readinessProbe;
  delete rest.volumeMounts;
  return { ...rest, ...extra };
}

/** A Pod that no rule complains about; `spec` is merged over its spec. */
export function pod(spec: Json = {}, metadata: Json = {}): Json {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', ...metadata },
    spec: {
      securityContext: { runAsNonRoot: true },
      containers: [container('app')],
      volumes: [{ name: 'cache', emptyDir: {} }],
      ...spec,
    },
  };
}

/** Wraps a Pod's spec in a workload's template. */
export function workload(
  kind: string,
  apiVersion: string,
  spec: Json = {},
  extra: Json = {},
): Json {
  const template = {
    metadata: { labels: { app: 'web' } },
    spec: (pod(spec) as { spec: Json }).spec,
  };
  const body =
    kind === 'CronJob'
      ? { schedule: '*/5 * * * *', jobTemplate: { spec: { template } } }
      : kind === 'Job'
        ? { template }
        : { selector: { matchLabels: { app: 'web' } }, template };
  return { apiVersion, kind, metadata: { name: 'web' }, spec: { ...body, ...extra } };
}

/** The manifest as text: objects are printed, texts are kept as they are. */
export function yamlOf(manifest: unknown): string {
  return typeof manifest === 'string' ? manifest : stringify(manifest);
}

export function check(manifest: unknown, options?: ValidateOptions): Problem[] {
  return validateManifest(yamlOf(manifest), options);
}

export function ruleIds(problems: readonly Problem[]): string[] {
  return problems.map((p) => p.ruleId);
}

/** The problems of one rule. */
export function only(ruleId: string, manifest: unknown, options?: ValidateOptions): Problem[] {
  return check(manifest, options).filter((p) => p.ruleId === ruleId);
}

/** The text a problem's range covers. */
export function textAt(text: string, problem: Problem): string {
  return text.slice(problem.range.from, problem.range.to);
}

/** Applies a problem's quick fix and returns the new text. */
export function applyFix(text: string, problem: Problem): string {
  expect(problem.fix, `${problem.ruleId} has a quick fix`).toBeDefined();
  let current = text;
  for (const edit of problem.fix!.edits) {
    const result = applyEdit(current, edit);
    if (!result.ok) throw new Error(`fix failed: ${result.error}`);
    current = result.text;
  }
  return current;
}
