import { nodeId } from '../graph/ids';
import { readText } from '../manifest/load';
import type { Rule } from '../validation/context';
import { locatePath } from '../validation/locate';
import { portNameProblem } from '../validation/names';
import { suggestion } from '../text/suggest';
import type { QuickFix } from '../validation/types';
import { podLinks } from './links';
import type { ServicePort } from './objects';
import { isNamedTarget, servedPorts, targetOf, type ServedPort } from './service-ports';

/**
 * In a file that keeps other objects beside the Pod (a ConfigMap, a Service), an object the Pod
 * names but the file lacks is likely forgotten. A one-document Pod file relies on the cluster
 * for them, as most do: there the rule says nothing.
 */
/** Objects in one namespace: one written without a namespace goes where the Pod goes. */
function sameNamespace(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

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
    const links = podLinks(ctx.text, document);
    for (const need of links.needs) {
      if (need.object) continue;
      const keys =
        need.keys.length > 0
          ? ` with the key${need.keys.length > 1 ? 's' : ''} ${need.keys.map((k) => `\`${k}\``).join(', ')}`
          : '';
      const add: QuickFix = {
        title: `Add the ${need.kind} "${need.name}" to the file${keys}`,
        edits: [{ type: 'addNeededObject', kind: need.kind, name: need.name }],
      };
      // A misspelt name (`web-confg`) of an object the file holds: the likely meaning.
      const meant = suggestion(
        need.name,
        links.objects
          .filter((o) => o.kind === need.kind && sameNamespace(o.namespace, links.namespace))
          .map((o) => o.name),
      );
      report({
        path: need.references[0]!.path,
        // A near miss is more likely a typo than an object kept elsewhere.
        severity: meant ? 'warning' : undefined,
        message: meant
          ? `The ${need.kind} "${need.name}" is not in this file, which has a ${need.kind} "${meant}": did you mean it? As written, "${need.name}" must exist in the namespace before the Pod can start.`
          : `The ${need.kind} "${need.name}" is not in this file: it must exist in the namespace before the Pod can start.`,
        fix: meant
          ? {
              title: `Use the ${need.kind} "${meant}"`,
              edits: [
                { type: 'renameNeededObject', kind: need.kind, name: need.name, newName: meant },
              ],
            }
          : add,
        moreFixes: meant ? [add] : undefined,
      });
    }
  },
};

/**
 * The one port a named `targetPort` could mean, named so: offered when the Pod has exactly one
 * port of the Service port's protocol, and the name is one a port may take and its container
 * does not use.
 */
function nameThePort(served: readonly ServedPort[], port: ServicePort & { target: string }) {
  const candidates = served.filter((p) => p.protocol === port.protocol && p.containerPort !== null);
  const only = candidates.length === 1 ? candidates[0]! : null;
  if (!only?.container || portNameProblem(port.target) !== null) return undefined;
  const taken = served.some((p) => p.container === only.container && p.name === port.target);
  if (taken) return undefined;
  const fix: QuickFix = {
    title: only.name
      ? `Rename the port "${only.name}" of "${only.container}" to "${port.target}"`
      : `Name the port ${only.containerPort} of "${only.container}" "${port.target}"`,
    edits: [
      {
        type: 'setField',
        target: { container: only.container },
        path: ['ports', only.index, 'name'],
        value: port.target,
      },
    ],
  };
  return fix;
}

/**
 * The Pod's one port of the Service port's protocol, which the Service may have meant: the
 * Service pointed at it (by its name, else its number), or the port given the Service's name.
 */
function fixesFor(
  served: readonly ServedPort[],
  service: string,
  port: ServicePort & { target: string },
): { fix?: QuickFix; moreFixes?: QuickFix[] } {
  const candidates = served.filter((p) => p.protocol === port.protocol && p.containerPort !== null);
  const only = candidates.length === 1 ? candidates[0]! : null;
  const named = nameThePort(served, port);
  if (!only) return named ? { fix: named } : {};
  const value = only.name ?? only.containerPort!;
  const retarget: QuickFix = {
    title: `Point the Service at the port ${typeof value === 'string' ? `"${value}"` : value}${only.container ? ` of "${only.container}"` : ''}`,
    edits: [{ type: 'setServiceTargetPort', service, port: port.index, value }],
  };
  return named ? { fix: retarget, moreFixes: [named] } : { fix: retarget };
}

/**
 * A Service of the file that selects the Pod and forwards to a port name none of its containers
 * declares: the Pod gets none of that port's traffic. Reported at the Service's `targetPort`.
 */
const unknownTargetPort: Rule = {
  id: 'pod/unknown-target-port',
  severity: 'error',
  title: "A Service's targetPort names no port of the Pod",
  explanation:
    "A Service forwards each of its ports to a `targetPort` on the Pods it selects: a number, or the name of a container port (`targetPort: http`), so that the number lives in one place. The name is looked up among the ports of each selected Pod's containers and native sidecars, with the Service port's protocol (TCP unless written otherwise). When none of them has it (the port was renamed or removed), the Pod is left out of that port's endpoints and the Service sends it no traffic, although the API server accepts both objects. Rename the port or the `targetPort` so that they agree.",
  check(ctx, report) {
    const loaded = readText(ctx.text);
    const document = loaded.docs.indexOf(ctx.doc as never);
    if (document < 0) return;
    const services = podLinks(ctx.text, document).services;
    if (services.length === 0) return;
    const served = servedPorts(ctx.root, ctx.specPath);
    const pods = ctx.kind === 'Pod' ? 'the Pod gets' : `the ${ctx.kind}'s Pods get`;
    const of = ctx.kind === 'Pod' ? 'the Pod' : `the ${ctx.kind}'s Pods`;
    for (const service of services) {
      const ports = service.ports ?? [];
      // A Service that reaches the Pod on another of its ports may mean this one for other Pods.
      const reaches = ports.some((p) => targetOf(served, p) !== null);
      for (const port of ports) {
        if (!isNamedTarget(port) || targetOf(served, port) !== null) continue;
        const which =
          port.name !== null
            ? `port "${port.name}"`
            : port.port !== null
              ? `port ${port.port}`
              : `ports[${port.index}]`;
        const other = served.find((p) => p.name === port.target);
        const path = ['spec', 'ports', port.index, 'targetPort'];
        const range = locatePath(loaded.docs[service.index]!, path, ctx.text);
        if (/^\d+$/.test(port.target)) {
          // Quoted digits: a name to the endpoints controller, and no valid one.
          report({
            path: [],
            range,
            nodeId: nodeId.pod,
            refusedBy: 'api-server',
            message: `The Service "${service.name}" forwards its ${which} to "${port.target}", quoted: a string is a port's name, which needs a letter, so the API server refuses the Service. Write the number without quotes: targetPort: ${port.target}.`,
          });
          continue;
        }
        report({
          path: [],
          range,
          nodeId: nodeId.pod,
          severity: reaches ? 'warning' : 'error',
          message: other
            ? `The Service "${service.name}" forwards its ${which} to the ${port.protocol} port "${port.target}", but the port "${port.target}" of "${other.container}" is ${other.protocol}: ${pods} none of its traffic.`
            : `The Service "${service.name}" forwards its ${which} to the port "${port.target}", but no container of ${of} has a port of that name: ${pods} none of its traffic.`,
          // A port the Service reaches already is not free to take another name.
          ...(reaches ? {} : fixesFor(served, service.name, port)),
        });
      }
    }
  },
};

export const LINK_RULES: readonly Rule[] = [objectNotInFile, unknownTargetPort];
