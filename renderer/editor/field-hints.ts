import { createContext, useContext, useSyncExternalStore } from 'react';
import { fieldDocsNow, firstSentence, loadFieldDocs } from './field-docs';

/** Which form a field is in: the same label names different fields in different forms. */
export type FormKind = 'container' | 'volume' | 'mount' | 'pod';

export const FieldHintScope = createContext<FormKind | null>(null);

const MOUNT: Record<string, string> = {
  'Volume to mount': 'v1/VolumeMount.name',
  'Mount path': 'v1/VolumeMount.mountPath',
  'Read-only': 'v1/VolumeMount.readOnly',
  'Sub-path': 'v1/VolumeMount.subPath',
};

/** The inspector's fields, by form and label, and the API fields they edit. */
const FIELDS: Record<FormKind, Record<string, string>> = {
  container: {
    Name: 'v1/Container.name',
    Image: 'v1/Container.image',
    'Image pull policy': 'v1/Container.imagePullPolicy',
    'Run as non-root': 'v1/SecurityContext.runAsNonRoot',
    'Run as user (UID)': 'v1/SecurityContext.runAsUser',
    'Read-only root filesystem': 'v1/SecurityContext.readOnlyRootFilesystem',
    'Allow privilege escalation': 'v1/SecurityContext.allowPrivilegeEscalation',
    Privileged: 'v1/SecurityContext.privileged',
    Path: 'v1/HTTPGetAction.path',
    Port: 'v1/HTTPGetAction.port',
    ...MOUNT,
  },
  mount: MOUNT,
  volume: {
    Name: 'v1/Volume.name',
    Medium: 'v1/EmptyDirVolumeSource.medium',
    'Size limit': 'v1/EmptyDirVolumeSource.sizeLimit',
    'Claim name': 'v1/PersistentVolumeClaimVolumeSource.claimName',
    'Path on the node': 'v1/HostPathVolumeSource.path',
  },
  pod: {
    Namespace: 'meta/v1/ObjectMeta.namespace',
    'Restart policy': 'v1/PodSpec.restartPolicy',
    'Service account': 'v1/PodSpec.serviceAccountName',
    'Termination grace period (s)': 'v1/PodSpec.terminationGracePeriodSeconds',
    Hostname: 'v1/PodSpec.hostname',
    'Run as non-root': 'v1/PodSecurityContext.runAsNonRoot',
    'Run as user (UID)': 'v1/PodSecurityContext.runAsUser',
    'Seccomp profile': 'v1/SeccompProfile.type',
  },
};

// The hints wait for an idle moment: start-up paints the canvas first, then loads the docs.
const whenIdle: (run: () => void) => void =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run, { timeout: 2_000 })
    : (run) => setTimeout(run, 200);

const subscribe = (changed: () => void) => {
  whenIdle(() => void loadFieldDocs().then(changed));
  return () => {};
};

/**
 * The hint under an inspector field: its own when it has one, else the first sentence of the
 * API reference's description of the field it edits, the words the editor's hover shows.
 */
export function useFieldHint(label: string, own: string | undefined): string | undefined {
  const scope = useContext(FieldHintScope);
  const docs = useSyncExternalStore(subscribe, fieldDocsNow);
  if (own !== undefined || scope === null || docs === null) return own;
  const field = FIELDS[scope][label];
  if (!field) return undefined;
  const [type, name] = field.split('.') as [string, string];
  const text = docs[type]?.[name]?.d;
  if (!text) return undefined;
  // Each field of a form asks at every render, the inspector's at every key.
  const key = `${label}\n${text}`;
  let hint = hints.get(key);
  if (hint === undefined) hints.set(key, (hint = hintOf(text, label)));
  return hint;
}

/** The hints worked out so far, by label and description: a few hundred fields at most. */
const hints = new Map<string, string>();

const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

/** The description's first sentence, and the next one when the first only repeats the label. */
export function hintOf(description: string, label: string): string {
  const first = firstSentence(description);
  if (letters(first) !== letters(label)) return first;
  const rest = description.trim().slice(first.length).trim();
  return rest ? `${first} ${firstSentence(rest)}` : first;
}
