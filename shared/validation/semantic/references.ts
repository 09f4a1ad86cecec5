import { containerReferences } from '../../manifest/references';
import { podMetadataPath } from '../../manifest/locate';
import type { Rule } from '../context';

const unknownContainer: Rule = {
  id: 'pod/unknown-container',
  severity: 'error',
  title: 'A reference to a container the Pod does not have',
  explanation:
    "Some fields name a container of the same Pod: a `resourceFieldRef` (in an env variable or a downwardAPI volume) reads that container's requests or limits, a Job's `podFailurePolicy` rule matches that container's exit codes, an ephemeral container's `targetContainerName` picks the container whose processes it sees (as `kubectl debug --target` does), and `kubectl.kubernetes.io/default-container` chooses the container `kubectl logs` and `exec` use. When the name is not one of the Pod's containers (it was renamed or removed), the kubelet cannot resolve the value, the API server refuses the Job and the ephemeral container, and kubectl falls back to the first container.",
  check(ctx, report) {
    const names = new Set(ctx.containers.map((c) => c.name));
    // An ephemeral container targets an init or app container, never another ephemeral one.
    const targets = new Set(
      ctx.containers.filter((c) => c.list !== 'ephemeralContainers').map((c) => c.name),
    );
    const references = containerReferences(ctx.root, ctx.specPath, podMetadataPath(ctx.specPath));
    for (const ref of references) {
      if (ref.path.at(-1) === 'targetContainerName') {
        if (targets.has(ref.name)) continue;
        report({
          path: ref.path,
          nodeId: null,
          refusedBy: 'api-server',
          message: names.has(ref.name)
            ? `${capitalise(ref.what)} names the ephemeral container "${ref.name}": the target must be one of the Pod's containers or init containers.`
            : `${capitalise(ref.what)} names the container "${ref.name}", but the Pod has no container of that name.`,
        });
        continue;
      }
      if (names.has(ref.name)) continue;
      const annotation = ref.path.includes('annotations');
      report({
        path: ref.path,
        severity: annotation ? 'warning' : 'error',
        // A Job's rule must name a container of its template ("must be one of the container or
        // initContainer names in the pod template", validatePodFailurePolicyRuleOnExitCodes).
        ...(ref.path.includes('podFailurePolicy') && { refusedBy: 'api-server' as const }),
        nodeId: null,
        message: `${capitalise(ref.what)} names the container "${ref.name}", but the Pod has no container of that name.`,
      });
    }
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const REFERENCE_RULES: readonly Rule[] = [unknownContainer];
