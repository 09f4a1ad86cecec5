import type { PathKey } from '../../manifest/nodes';
import { suggestion } from '../../text/suggest';
import { asArray, asObject, asString } from '../context';
import type { JsonObject, Rule } from '../context';
import { setAt } from '../fixes';
import { resourceFieldRefs } from './resources';

// The fields and resources the API server lets a Pod read about itself: pkg/apis/core/validation
// (validEnvDownwardAPIFieldPathExpressions, validVolumeDownwardAPIFieldPathExpressions,
// validContainerResourceFieldPathExpressions and the hugepages- prefixes).
const ENV_FIELDS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
];
const VOLUME_FIELDS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'metadata.labels',
  'metadata.annotations',
];
const RESOURCES = [
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
];

/** `metadata.labels['app']`: one label or annotation, which env and volumes may both read. */
const SUBSCRIPTED = /^metadata\.(?:labels|annotations)\['.+'\]$/;

function isResource(resource: string): boolean {
  return RESOURCES.includes(resource) || /^(?:limits|requests)\.hugepages-.+/.test(resource);
}

/** Each `fieldRef` of a container's env or a volume's downwardAPI items, with its path. */
function fieldRefs(
  data: JsonObject,
  at: PathKey[],
  inVolume: boolean,
): { data: JsonObject; path: PathKey[] }[] {
  const found: { data: JsonObject; path: PathKey[] }[] = [];
  if (!inVolume) {
    asArray(data.env).forEach((raw, i) => {
      const ref = asObject(asObject(asObject(raw)?.valueFrom)?.fieldRef);
      if (ref) found.push({ data: ref, path: [...at, 'env', i, 'valueFrom', 'fieldRef'] });
    });
    return found;
  }
  const items = (source: JsonObject | null, path: PathKey[]) =>
    asArray(source?.items).forEach((raw, i) => {
      const ref = asObject(asObject(raw)?.fieldRef);
      if (ref) found.push({ data: ref, path: [...path, 'items', i, 'fieldRef'] });
    });
  items(asObject(data.downwardAPI), [...at, 'downwardAPI']);
  asArray(asObject(data.projected)?.sources).forEach((raw, i) => {
    items(asObject(asObject(raw)?.downwardAPI), [...at, 'projected', 'sources', i, 'downwardAPI']);
  });
  return found;
}

const invalidDownwardApi: Rule = {
  id: 'pod/invalid-downward-api',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'A downward API field or resource the API does not offer',
  explanation:
    "The downward API lets a container read facts about its Pod: through an env variable's `fieldRef`, `metadata.name`, `metadata.namespace`, `metadata.uid`, one label or annotation (`metadata.labels['app']`), `spec.nodeName`, `spec.serviceAccountName`, `status.hostIP(s)` and `status.podIP(s)`; through a downwardAPI volume's file, the name, namespace, uid, one label or annotation, or all of them (`metadata.labels`), but not the Node or the IPs, which can change while the files stay. A `resourceFieldRef` reads a container's `requests.cpu`, `limits.memory` and so on (cpu, memory, ephemeral-storage, hugepages-<size>); in a volume it must say which container with `containerName`. The API server refuses any other field path or resource.",
  check(ctx, report) {
    const checkField = (ref: JsonObject, path: PathKey[], inVolume: boolean, where: string) => {
      const fieldPath = asString(ref.fieldPath);
      if (fieldPath === null || SUBSCRIPTED.test(fieldPath)) return;
      const allowed = inVolume ? VOLUME_FIELDS : ENV_FIELDS;
      if (allowed.includes(fieldPath)) return;
      const other = inVolume ? ENV_FIELDS : VOLUME_FIELDS;
      const meant = suggestion(fieldPath, allowed);
      const at = [...path, 'fieldPath'];
      report({
        path: at,
        message: other.includes(fieldPath)
          ? inVolume
            ? `${where} reads ${fieldPath}, which a downwardAPI volume cannot offer: read it through an env variable's fieldRef.`
            : `${where} reads ${fieldPath}, which an env variable cannot hold: read one key (${fieldPath}['<key>']), or mount a downwardAPI volume for all of them.`
          : `${where} reads ${fieldPath}, which is not a field the downward API offers${meant ? `: did you mean ${meant}?` : ` (${allowed.join(', ')}).`}`,
        fix: meant ? setAt(at, meant, `Write ${meant}`) : undefined,
      });
    };
    const checkResource = (ref: JsonObject, path: PathKey[], inVolume: boolean, where: string) => {
      const resource = asString(ref.resource);
      if (resource !== null && !isResource(resource)) {
        const meant = suggestion(resource, RESOURCES);
        const at = [...path, 'resource'];
        report({
          path: at,
          message: `${where} reads the resource ${resource}, which the downward API does not offer${meant ? `: did you mean ${meant}?` : `: use requests. or limits. followed by cpu, memory, ephemeral-storage or hugepages-<size>.`}`,
          fix: meant ? setAt(at, meant, `Write ${meant}`) : undefined,
        });
      }
      // A volume's files are the Pod's, not one container's: say which container's resources.
      if (inVolume && (ref.containerName === undefined || ref.containerName === '')) {
        const only = ctx.containers.filter((c) => c.list === 'containers');
        report({
          path,
          at: 'key',
          message: `${where} reads ${resource ?? 'a resource'} without a containerName: in a downwardAPI volume, name the container whose resources it reads.`,
          fix:
            only.length === 1 && only[0]!.name
              ? setAt(
                  [...path, 'containerName'],
                  only[0]!.name,
                  `Read the container "${only[0]!.name}"`,
                )
              : undefined,
        });
      }
    };
    for (const c of ctx.containers) {
      const where = `An env variable of "${c.name}"`;
      for (const ref of fieldRefs(c.data, c.path, false))
        checkField(ref.data, ref.path, false, where);
      for (const ref of resourceFieldRefs(c.data, c.path)) {
        checkResource(ref.data, ref.path, false, where);
      }
    }
    for (const v of ctx.volumes) {
      const where = `A file of volume "${v.name}"`;
      for (const ref of fieldRefs(v.data, v.path, true))
        checkField(ref.data, ref.path, true, where);
      for (const ref of resourceFieldRefs(v.data, v.path)) {
        checkResource(ref.data, ref.path, true, where);
      }
    }
  },
};

export const DOWNWARD_API_RULES: readonly Rule[] = [invalidDownwardApi];
