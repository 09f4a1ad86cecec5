import { readText } from '../manifest/load';
import type { Rule } from '../validation/context';
import { podLinks } from './links';

/**
 * In a file that keeps other objects beside the Pod (a ConfigMap, a Service), an object the Pod
 * names but the file lacks is likely forgotten. A one-document Pod file relies on the cluster
 * for them, as most do: there the rule says nothing.
 */
const objectNotInFile: Rule = {
  id: 'pod/object-not-in-file',
  severity: 'info',
  title: 'A ConfigMap, Secret or claim the Pod uses is not in its file',
  explanation:
    "A Pod that mounts a ConfigMap, Secret or PersistentVolumeClaim, or reads variables from one, does not start until that object exists in its namespace: the kubelet reports `CreateContainerConfigError` or the Pod stays `ContainerCreating`. When the file holds the Pod's other objects, `kubectl apply -f` creates them together; one left out must be created some other way first.",
  check(ctx, report) {
    if (readText(ctx.text).docs.length < 2) return;
    const document = readText(ctx.text).docs.indexOf(ctx.doc as never);
    if (document < 0) return;
    for (const need of podLinks(ctx.text, document).needs) {
      if (need.object) continue;
      const keys =
        need.keys.length > 0
          ? ` with the key${need.keys.length > 1 ? 's' : ''} ${need.keys.map((k) => `\`${k}\``).join(', ')}`
          : '';
      report({
        path: need.references[0]!.path,
        message: `The ${need.kind} "${need.name}" is not in this file: it must exist in the namespace before the Pod can start.`,
        fix: {
          title: `Add the ${need.kind} "${need.name}" to the file${keys}`,
          edits: [{ type: 'addNeededObject', kind: need.kind, name: need.name }],
        },
      });
    }
  },
};

export const LINK_RULES: readonly Rule[] = [objectNotInFile];
