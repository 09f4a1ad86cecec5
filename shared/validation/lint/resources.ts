import type { PodEdit } from '../../edits/types';
import { checkQuantity } from '../../inspect/checks';
import { asObject } from '../context';
import type { Rule } from '../context';
import { designed } from './shared';
import { meantResourceName } from '../semantic/resources';

const limitsWithoutRequests: Rule = {
  id: 'lint/limits-without-requests',
  severity: 'warning',
  title: 'Limits without requests',
  explanation:
    'Requests are what the scheduler uses to place the Pod on a Node with enough spare capacity; limits are the hard ceiling cgroups enforce at runtime. Setting limits without requests makes requests default to the limits, which is correct, but never leave it implicit in production: say what the container needs so the scheduler can bin-pack the cluster.',
  check(ctx, report) {
    for (const c of designed(ctx)) {
      const resources = asObject(c.data.resources);
      const limits = asObject(resources?.limits);
      if (!limits) continue;
      const requests = asObject(resources?.requests) ?? {};
      // A misspelt request (`ephemeral_storage`) is pod/unknown-resource-name's error: its fix
      // gives the limit its request.
      const misspelt = new Set(Object.keys(requests).map(meantResourceName));
      const missing = Object.keys(limits).filter(
        (name) => requests[name] === undefined && limits[name] != null && !misspelt.has(name),
      );
      if (missing.length === 0) continue;
      // A limit that is not a valid amount (`1gi`, `-1`) is pod/invalid-quantity's: not copied.
      const copied = missing.filter((name) => checkQuantity(String(limits[name])) === null);
      const edits: PodEdit[] = copied.map((name) => ({
        type: 'setField',
        target: { container: c.name },
        path: ['resources', 'requests', name],
        value: limits[name],
      }));
      report({
        path: [...c.path, 'resources', 'limits'],
        at: 'key',
        message: `Container "${c.name}" limits ${missing.join(' and ')} but does not request ${missing.length === 1 ? 'it' : 'them'}.`,
        fix:
          copied.length === 0
            ? undefined
            : {
                title:
                  copied.length === missing.length
                    ? 'Add requests equal to the limits'
                    : copied.length === 1
                      ? `Add a ${copied[0]!} request equal to its limit`
                      : `Add ${copied.join(' and ')} requests equal to the limits`,
                edits,
              },
      });
    }
  },
};

const noResources: Rule = {
  id: 'lint/no-resources',
  severity: 'warning',
  title: 'No resource requests or limits',
  explanation:
    "Without requests the scheduler places the container as if it needed nothing, and without limits it can take a whole Node's memory; it also gets the BestEffort QoS class, the first evicted under pressure. Declare at least CPU and memory requests.",
  check(ctx, report) {
    for (const c of designed(ctx)) {
      const resources = asObject(c.data.resources);
      const empty =
        !resources ||
        (Object.keys(asObject(resources.requests) ?? {}).length === 0 &&
          Object.keys(asObject(resources.limits) ?? {}).length === 0);
      if (!empty) continue;
      report({
        path: resources ? [...c.path, 'resources'] : [...c.path, 'name'],
        at: 'key',
        message: `Container "${c.name}" declares no resource requests or limits.`,
      });
    }
  },
};

export const RESOURCE_RULES: readonly Rule[] = [limitsWithoutRequests, noResources];
