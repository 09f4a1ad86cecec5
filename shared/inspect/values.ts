/** Turning what was typed into the value written to the manifest. */
import type { EditTarget, EnvValueFrom, FieldPath, PodEdit } from '../edits/types';
import { asMap, type PlainMap } from './plain';
import { parseInteger } from './checks';

/**
 * A quantity as YAML writes it best: a plain number when the text is one exactly as YAML prints
 * it (`cpu: 1`, `cpu: 0.5`), else a string (`250m`, `512Mi`, `1e3`).
 */
export function quantityValue(text: string): string | number {
  const value = text.trim();
  const number = Number(value);
  return /^\d+(\.\d+)?$/.test(value) && String(number) === value ? number : value;
}

/**
 * The edit that writes a quantity typed in the field of `path` (see quantityValue); cleared, it
 * removes the field. The same number written another way (`1.1` over `1.10`, `1000` over `1e3`)
 * is written as typed: as a value it would change nothing, and the field would refuse it.
 */
export function quantityEdit(
  target: EditTarget,
  path: FieldPath,
  typed: string,
  current: unknown,
): PodEdit {
  const text = typed.trim();
  if (text === '') return { type: 'setField', target, path, value: undefined };
  const value = quantityValue(text);
  if (value === current) return { type: 'setFieldText', target, path, text };
  return { type: 'setField', target, path, value };
}

/** A port given as a number or a port name. */
export function portRefValue(text: string): string | number {
  const value = text.trim();
  return parseInteger(value) ?? value;
}

/** The text of an optional field: cleared means removed. */
export function optionalText(text: string): string | undefined {
  return text === '' ? undefined : text;
}

export const PROBE_KINDS = ['startupProbe', 'livenessProbe', 'readinessProbe'] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];

export const PROBE_HANDLERS = ['httpGet', 'tcpSocket', 'grpc', 'exec'] as const;
export type ProbeHandler = (typeof PROBE_HANDLERS)[number];

/** Timing fields of a probe, with the defaults Kubernetes applies when they are absent. */
export const PROBE_TIMINGS = [
  { key: 'initialDelaySeconds', label: 'Initial delay (s)', min: 0, placeholder: '0' },
  { key: 'periodSeconds', label: 'Period (s)', min: 1, placeholder: '10' },
  { key: 'timeoutSeconds', label: 'Timeout (s)', min: 1, placeholder: '1' },
  { key: 'failureThreshold', label: 'Failure threshold', min: 1, placeholder: '3' },
  { key: 'successThreshold', label: 'Success threshold', min: 1, placeholder: '1' },
] as const;

/** Which handler a probe uses, or null when it has none the form knows. */
export function probeHandler(probe: unknown): ProbeHandler | null {
  const map = asMap(probe);
  if (!map) return null;
  return PROBE_HANDLERS.find((handler) => map[handler] !== undefined) ?? null;
}

/**
 * The probe with its handler switched to `handler`: timings are kept, the port carries over
 * between network handlers, and the new handler starts from working defaults.
 */
export function withProbeHandler(
  probe: unknown,
  handler: ProbeHandler,
  fallbackPort: number,
): PlainMap {
  const current = asMap(probe) ?? {};
  const old = probeHandler(current);
  const oldPort = old ? asMap(current[old])?.port : undefined;
  const port = typeof oldPort === 'number' || typeof oldPort === 'string' ? oldPort : fallbackPort;
  const next: PlainMap = {};
  const handlerValue: PlainMap =
    handler === 'httpGet'
      ? { path: '/', port }
      : handler === 'exec'
        ? { command: ['true'] }
        : handler === 'grpc'
          ? // gRPC probes take a port number only.
            { port: typeof port === 'number' ? port : fallbackPort }
          : { port };
  // The handler goes first, where `kubectl` and the docs put it.
  next[handler] = handlerValue;
  for (const [key, value] of Object.entries(current)) {
    if (!(PROBE_HANDLERS as readonly string[]).includes(key)) next[key] = value;
  }
  return next;
}

/** Where a new environment variable takes its value from. */
export type EnvSourceKind = 'value' | 'configMapKeyRef' | 'secretKeyRef' | 'fieldRef';

/** Pod fields the downward API gives to `env` through `fieldRef`. */
export const POD_FIELDS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.podIP',
  'status.hostIP',
] as const;

/** The `valueFrom` of a reference: `name` is the object's name, or the field path. */
export function envValueFrom(
  kind: Exclude<EnvSourceKind, 'value'>,
  name: string,
  key: string,
): EnvValueFrom {
  if (kind === 'fieldRef') return { fieldRef: { fieldPath: name } };
  if (kind === 'secretKeyRef') return { secretKeyRef: { name, key } };
  return { configMapKeyRef: { name, key } };
}
