/**
 * The generated schema tables (`shared/validation/schema/known-fields.ts`, `field-docs.ts`, from
 * `scripts/generate-schemas.mjs`): what they say of the fields a person looks up, and that they
 * hold together (every type a field names is in the table, every version range is a version).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_FIELDS, SCHEMA_VERSIONS } from '../../../shared/validation/schema/known-fields';
import { FIELD_TEXT } from '../../../shared/validation/schema/field-docs';
import { schemaFor } from '../../../shared/validation/schema/versions';

const VARIANT = /^(\[\])?([\w/.]*)(?:@([\d.]*)-([\d.]*))?(?:!(?:([\d.]*)-([\d.]*))?)?$/;

describe('the generated schema tables', () => {
  it('name the package release each version comes from', () => {
    for (const file of ['known-fields.ts', 'field-docs.ts']) {
      const head = readFileSync(
        new URL(`../../../shared/validation/schema/${file}`, import.meta.url),
        'utf8',
      ).slice(0, 1_000);
      for (const version of SCHEMA_VERSIONS) {
        expect(head).toMatch(new RegExp(`Kubernetes ${version}: @kubernetes/client-node \\d`));
      }
    }
  });

  it('hold together: each field names a type of the table and versions that exist', () => {
    const versions = new Set(['', ...SCHEMA_VERSIONS]);
    for (const [type, fields] of Object.entries(API_FIELDS)) {
      for (const [name, encoded] of Object.entries(fields)) {
        for (const variant of encoded.split(';')) {
          const match = VARIANT.exec(variant);
          expect(match, `${type}.${name}: ${variant}`).not.toBeNull();
          const [, , child, ...ends] = match!;
          if (child) expect(API_FIELDS, `${type}.${name}`).toHaveProperty([child]);
          for (const end of ends) if (end !== undefined) expect(versions).toContain(end);
        }
      }
    }
    for (const type of Object.keys(FIELD_TEXT)) expect(API_FIELDS).toHaveProperty([type]);
  });

  it('describe the fields a person looks up, with the words of the API reference', () => {
    const container = FIELD_TEXT['v1/Container']!;
    expect(container.imagePullPolicy!.e!.map(([v]) => v)).toEqual([
      'Always',
      'IfNotPresent',
      'Never',
    ]);
    expect(container.imagePullPolicy!.e![0]![1]).toMatch(/kubelet always attempts to pull/);
    expect(container.command!.t).toBe('[]string');
    expect(container.restartPolicyRules!.d).toMatch(/restart/i);
    expect(FIELD_TEXT['v1/PodSpec']!.terminationGracePeriodSeconds!.d).toMatch(/gracefully/);
    expect(FIELD_TEXT['v1/PodSpec']!.terminationGracePeriodSeconds!.t).toBe('number');
    expect(FIELD_TEXT['v1/HTTPGetAction']!.port!.t).toBe('int-or-string');
    expect(FIELD_TEXT['v1/EmptyDirVolumeSource']!.sizeLimit!.t).toBe('quantity');
    expect(FIELD_TEXT['v1/Pod']!.apiVersion!.e).toEqual([['v1', '']]);
    // What the cluster reports is not written: an object's status is left out, a condition's kept.
    expect(FIELD_TEXT['v1/Pod']!.status).toBeUndefined();
    expect(FIELD_TEXT['batch/v1/PodFailurePolicyOnPodConditionsPattern']!.status!.d).toMatch(
      /Defaults to True/,
    );
    // Descriptions read as text, without the escapes of the generated code they come from.
    expect(container.args!.d).toContain("container image's CMD");
    // A field of an object type is described too (the OpenAPI models leave it bare).
    expect(container.livenessProbe!.d).toMatch(/Periodic probe of container liveness/);
    expect(FIELD_TEXT['v1/VolumeProjection']!.podCertificate!.d).toMatch(/X\.509 certificate/);
    for (const [type, fields] of Object.entries(FIELD_TEXT)) {
      for (const [name, text] of Object.entries(fields))
        expect(text.d, `${type}.${name}`).not.toBe('');
    }
  });

  it('keep the object types and requiredness per version', () => {
    const at = (version: string) => schemaFor(version);
    expect(at('1.36').fields['v1/Container']!.restartPolicyRules).toBe('[]v1/ContainerRestartRule');
    expect(at('1.33').fields['v1/Container']!.restartPolicyRules).toBeUndefined();
    expect(at('1.36').required['v1/Container']).toEqual(['name']);
    // PersistentVolumeClaimSpec.resources changed its type's name in 1.29.
    expect(at('1.28').fields['v1/PersistentVolumeClaimSpec']!.resources).toBe(
      'v1/ResourceRequirements',
    );
    expect(at('1.29').fields['v1/PersistentVolumeClaimSpec']!.resources).toBe(
      'v1/VolumeResourceRequirements',
    );
  });
});
