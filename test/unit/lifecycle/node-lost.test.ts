import { describe, expect, it } from 'vitest';
import { kubectlGetPodsRow } from '../../../shared/kubectl/get-pods';
import { frameAt } from '../../../shared/lifecycle/simulate';
import { condition, eventTimes, lastFrame, run, templateSimPod } from './helpers';

/**
 * The Node stops answering 20 s after the Pod was created. Timeline from the Kubernetes
 * documentation, quoted beside each check.
 */
describe('a lost Node', () => {
  const sim = run(templateSimPod('pod-anatomy.yaml'), { kind: 'node-lost' });
  const status = (t: number) => kubectlGetPodsRow('api-server', frameAt(sim, t));

  it('keeps the last status the kubelet reported: nobody can obtain the real one', () => {
    // kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle, Pod phase: "Unknown: For some
    // reason the state of the Pod could not be obtained. This phase typically occurs due to an
    // error in communicating with the node where the Pod should be running." The API's own
    // comment on PodUnknown adds: "It isn't being set since 2015": the Pod keeps the phase the
    // kubelet last reported, and it is the Node's Ready condition that becomes Unknown.
    expect(status(19)).toMatchObject({ status: 'Running', ready: '2/2' });
    expect(status(60)).toMatchObject({ status: 'Running', ready: '2/2' });
    expect(frameAt(sim, 60).nodeReady).toBe('True');
    expect(frameAt(sim, 60).phase).toBe('Running');
  });

  it('marks the Node Unknown and the Pod not Ready after the node monitor’s grace period', () => {
    // kube-controller-manager: "--node-monitor-grace-period ... Amount of time which we allow
    // running Node to be unresponsive before marking it unhealthy" (50 s since 1.32). The node
    // lifecycle controller then sets the Ready condition of its Pods to False, which takes them
    // out of the Services' endpoints.
    expect(eventTimes(sim, 'NodeNotReady')).toEqual([70]);
    const after = frameAt(sim, 70);
    expect(after.nodeReady).toBe('Unknown');
    expect(condition(after, 'Ready')).toBe('False');
    expect(after.inEndpoints).toBe(false);
    expect(status(70)).toMatchObject({ status: 'Running', ready: '2/2' });
  });

  it('evicts the Pod 300 s later; it stays Terminating while the Node is away', () => {
    // kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration: "Kubernetes
    // automatically adds a toleration for node.kubernetes.io/not-ready and
    // node.kubernetes.io/unreachable with tolerationSeconds=300 ... These automatically-added
    // tolerations mean that Pods remain bound to Nodes for 5 minutes after one of these
    // problems is detected."
    expect(eventTimes(sim, 'TaintManagerEviction')).toEqual([370]);
    const end = lastFrame(sim);
    expect(end.events[0]).toMatchObject({
      source: 'taint-eviction-controller',
      message: 'Marking for deletion Pod default/api-server',
    });
    expect(end.conditions).toContainEqual({
      type: 'DisruptionTarget',
      status: 'True',
      reason: 'DeletionByTaintManager',
      message: 'Taint manager: deleting due to NoExecute taint',
    });
    // No kubelet answers to stop the containers: the Pod is Terminating, not gone.
    expect(status(370).status).toBe('Terminating');
    expect(end.deleted).toBeUndefined();
  });
});
