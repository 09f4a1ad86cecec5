/**
 * The generated models of the workload kinds the app edits. Only these are imported, so the
 * bundle carries the validators their Pod templates reach and none of the rest of the API.
 */
import { Pod } from 'kubernetes-models/v1/Pod';
import { ReplicationController } from 'kubernetes-models/v1/ReplicationController';
import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import { Job } from 'kubernetes-models/batch/v1/Job';
import type { WorkloadKind } from '../../manifest/types';

/** One failure of the generated (Ajv standalone) validators. */
export interface SchemaError {
  /** JSON pointer to the offending value: `/spec/containers/0/ports/1/containerPort`. */
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

interface ModelClass {
  apiVersion: string;
  kind: string;
  prototype: { validate(this: object): void };
}

const MODELS: Record<WorkloadKind, ModelClass> = {
  Pod,
  ReplicationController,
  Deployment,
  ReplicaSet,
  StatefulSet,
  DaemonSet,
  Job,
  CronJob,
};

/** The apiVersion a kind is served under. */
export function apiVersionOf(kind: WorkloadKind): string {
  return MODELS[kind].apiVersion;
}

/** Runs the kind's schema validator over the object; an empty list when it conforms. */
export function schemaErrors(kind: WorkloadKind, data: unknown): SchemaError[] {
  const model = MODELS[kind];
  try {
    // The model's `validate` throws the validator's errors (the package keeps the raw validator
    // functions private). Its constructor fills in apiVersion and kind and deep-copies the data
    // to drop `undefined` values, which data read from YAML never holds: on every keystroke that
    // copy cost as much as the check, so the check runs on the data itself.
    const object = data !== null && typeof data === 'object' ? data : {};
    model.prototype.validate.call({ apiVersion: model.apiVersion, kind: model.kind, ...object });
    return [];
  } catch (error) {
    const errors = (error as { errors?: unknown }).errors;
    return Array.isArray(errors) ? (errors as SchemaError[]) : [];
  }
}
