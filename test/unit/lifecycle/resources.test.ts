import { describe, expect, it } from 'vitest';
import { kubectlGetPodsTable } from '../../../shared/kubectl/get-pods';
import { effectiveRequests, formatQuantity, podQos } from '../../../shared/lifecycle/resources';
import { lastFrame, run, spec, templateSimPod } from './helpers';

const Mi = 2 ** 20;
const Gi = 2 ** 30;

const box = (requests: object, limits: object = {}) => ({ resources: { requests, limits } });

describe('the Pod’s QoS class', () => {
  // kubernetes.io/docs/concepts/workloads/pods/pod-qos: "For a Pod to be given a QoS class of
  // Guaranteed: Every Container in the Pod must have a memory limit and a memory request. For
  // every Container in the Pod, the memory limit must equal the memory request. Every Container
  // in the Pod must have a CPU limit and a CPU request. For every Container in the Pod, the CPU
  // limit must equal the CPU request."
  it('is Guaranteed when every container’s requests equal its limits, init containers too', () => {
    const equal = box({ cpu: '500m', memory: '256Mi' }, { cpu: '500m', memory: '256Mi' });
    const pod = spec({
      initContainers: [{ name: 'init', image: 'i:1', ...equal }],
      containers: [{ name: 'app', image: 'a:1', ...equal }],
    });
    expect(podQos(pod).qosClass).toBe('Guaranteed');
    // "If a Container specifies its own memory limit, but does not specify a memory request,
    // Kubernetes automatically assigns a memory request that matches the limit."
    const limitsOnly = spec({
      containers: [{ name: 'app', image: 'a:1', ...box({}, { cpu: '1', memory: '1Gi' }) }],
    });
    expect(podQos(limitsOnly).qosClass).toBe('Guaranteed');
  });

  // "A Pod is given a QoS class of Burstable if: The Pod does not meet the criteria for QoS class
  // Guaranteed. At least one Container in the Pod has a memory or CPU request or limit."
  it('is Burstable when one container falls short, and says which', () => {
    const pod = spec({
      initContainers: [{ name: 'init', image: 'i:1' }],
      containers: [{ name: 'app', image: 'a:1', ...box({ memory: '100Mi' }, { memory: '200Mi' }) }],
    });
    expect(podQos(pod)).toEqual({
      qosClass: 'Burstable',
      reason:
        'init has no cpu limit: Guaranteed needs a CPU and a memory limit on every container.',
    });
    // The lesson's production Pod sets requests below its limits.
    expect(podQos(templateSimPod('pod-api.yaml')).qosClass).toBe('Burstable');
  });

  // "For a Pod to be given a QoS class of BestEffort, the Containers in the Pod must not have any
  // memory or CPU limits or requests."
  it('is BestEffort when no container asks for anything', () => {
    expect(podQos(templateSimPod('pod-anatomy.yaml')).qosClass).toBe('BestEffort');
  });
});

describe('the Pod’s effective requests', () => {
  // kubernetes.io/docs/concepts/workloads/pods/sidecar-containers, "Resource sharing within
  // containers": "The highest of any particular resource request or limit defined on all init
  // containers is the effective init request/limit." "The Pod's effective request/limit for a
  // resource is the sum of pod overhead and the higher of: the sum of all non-init containers
  // (app and sidecar containers) request/limit for a resource; the effective init
  // request/limit for a resource."
  it('is the biggest init container when it needs more than the app containers together', () => {
    const pod = spec({
      initContainers: [
        { name: 'migrate', image: 'm:1', ...box({ cpu: '2', memory: '4Gi' }) },
        { name: 'warm', image: 'w:1', ...box({ cpu: '1', memory: '2Gi' }) },
      ],
      containers: [
        { name: 'app', image: 'a:1', ...box({ cpu: '500m', memory: '1Gi' }) },
        { name: 'log', image: 'l:1', ...box({ cpu: '200m', memory: '512Mi' }) },
      ],
    });
    const requests = effectiveRequests(pod);
    expect(requests.running).toEqual({ cpu: 0.7, memory: 1.5 * Gi });
    expect(requests.init).toEqual({ cpu: 2, memory: 4 * Gi });
    expect(requests.total).toEqual({ cpu: 2, memory: 4 * Gi });
  });

  // kubernetes.io/docs/concepts/resource-management/effective-pod-requests-limits: "For each init
  // container, take its request/limit for the resource and add the requests/limits of all
  // sidecar containers that are listed before it in the initContainers" list.
  it('counts a native sidecar beside the init containers after it and beside the app', () => {
    const pod = spec({
      initContainers: [
        { name: 'proxy', image: 'p:1', restartPolicy: 'Always', ...box({ memory: '256Mi' }) },
        { name: 'migrate', image: 'm:1', ...box({ memory: '1Gi' }) },
      ],
      containers: [{ name: 'app', image: 'a:1', ...box({ memory: '512Mi' }) }],
      overhead: { memory: '64Mi' },
    });
    const requests = effectiveRequests(pod);
    expect(requests.init.memory).toBe(Gi + 256 * Mi);
    expect(requests.running.memory).toBe(768 * Mi);
    // The overhead of a RuntimeClass comes on top.
    expect(requests.total.memory).toBe(Gi + 256 * Mi + 64 * Mi);
    expect(formatQuantity('memory', requests.total.memory!)).toBe('1344Mi');
    expect(formatQuantity('cpu', 0.25)).toBe('250m');
  });
});

describe('scheduling against a Node of a chosen size', () => {
  const pod = spec({
    containers: [{ name: 'app', image: 'a:1', ...box({ cpu: '500m', memory: '3Gi' }) }],
  });

  // kubernetes.io/docs/concepts/configuration/manage-resources-containers, "My Pods are pending
  // with Event Message FailedScheduling": "If the scheduler cannot find any node where a Pod can
  // fit, the Pod remains unscheduled until a place can be found. An Event is produced each time
  // the scheduler fails to find a place for the Pod." The message is kube-scheduler's: the
  // filter's verdict, then preemption's.
  it('leaves a Pod that does not fit Pending, with the scheduler’s reason', () => {
    const sim = run(pod, { kind: 'healthy' }, { node: { cpu: 2, memory: 2 * Gi } });
    const end = lastFrame(sim);
    expect(end.phase).toBe('Pending');
    expect(end.containers).toEqual([]);
    const [event] = end.events;
    expect(event).toMatchObject({
      type: 'Warning',
      reason: 'FailedScheduling',
      source: 'default-scheduler',
    });
    expect(event?.message).toBe(
      '0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: ' +
        '1 No preemption victims found for incoming pod.',
    );
    expect(end.conditions).toEqual([
      { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: event?.message },
    ]);
    expect(kubectlGetPodsTable('api-server', end)).toBe(
      'NAME         READY   STATUS    RESTARTS   AGE\napi-server   0/1     Pending   0          1s',
    );
  });

  it('names every resource short, and schedules the Pod where it fits', () => {
    const both = run(pod, { kind: 'healthy' }, { node: { cpu: 0.25, memory: Gi } });
    expect(lastFrame(both).events[0]?.message).toContain(
      '0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory.',
    );
    const fits = run(pod, { kind: 'healthy' }, { node: { cpu: 2, memory: 4 * Gi } });
    expect(lastFrame(fits).phase).toBe('Running');
  });
});
