import { describe, expect, it } from 'vitest';
import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  ContainerStatusBadge,
  containerStatusClass,
  handOffClass,
  statusText,
} from '../../../renderer/teach/ContainerStatusBadge';
import type { ContainerLiveStatus } from '../../../renderer/teach/live-status';
import {
  createTeachStore,
  TeachStoreProvider,
  useContainerStatus,
} from '../../../renderer/teach/teach-store';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';
import { anatomy } from './helpers';
import podApi from '../../../assets/templates/pod-api.yaml?raw';

const base: ContainerLiveStatus = {
  state: 'running',
  reason: '',
  ready: true,
  restarts: 0,
  active: true,
  probe: null,
};

describe('ContainerStatusBadge', () => {
  it('says what the container is doing, in kubectl’s words', () => {
    expect(statusText(base)).toBe('Running ✓ ready');
    expect(statusText({ ...base, ready: false })).toBe('Running, not ready');
    expect(
      statusText({ ...base, state: 'waiting', reason: 'CrashLoopBackOff', countdown: 17 }),
    ).toBe('Waiting: CrashLoopBackOff (restart in 17 s)');
    expect(statusText({ ...base, state: 'waiting', reason: 'PodInitializing' })).toBe(
      'Waiting: PodInitializing',
    );
    expect(
      statusText({ ...base, state: 'terminated', reason: 'Completed', exitCode: 0, active: false }),
    ).toBe('Terminated: Completed (exit 0)');
    expect(statusText({ ...base, state: 'terminated', reason: 'OOMKilled', exitCode: 137 })).toBe(
      'Terminated: OOMKilled (exit 137)',
    );
    expect(statusText({ ...base, state: 'pending' })).toBe('Not created yet');
  });

  it('renders nothing when nothing is simulated, and the restarts and probe when there are', () => {
    const { container, rerender } = render(<ContainerStatusBadge status={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ContainerStatusBadge status={{ ...base, restarts: 3, probe: 'liveness' }} />);
    expect(screen.getByText('Running ✓ ready')).toBeInTheDocument();
    expect(screen.getByTitle('Restarts')).toHaveTextContent('↻ 3');
    expect(screen.getByTitle('liveness probe')).toBeInTheDocument();
  });

  it('gives the node a lit class while the process runs', () => {
    expect(containerStatusClass(null)).toBe('');
    expect(containerStatusClass(base).split(' ')).toContain('pb-lit');
    const waiting = containerStatusClass({
      ...base,
      state: 'waiting',
      reason: 'CrashLoopBackOff',
      active: false,
      countdown: 5,
    });
    expect(waiting.split(' ')).toEqual(['pb-sim-waiting', 'pb-sim-backoff']);
  });

  it('passes the "exits 0 →" arrow on once its init container exited 0', () => {
    expect(handOffClass(null)).toBe('');
    expect(handOffClass(base)).toBe('');
    const exited = { ...base, state: 'terminated' as const, active: false, reason: 'Completed' };
    expect(handOffClass({ ...exited, exitCode: 0 })).toBe('pb-handed-off');
    expect(handOffClass({ ...exited, reason: 'Error', exitCode: 1 })).toBe('');
  });
});

describe('useContainerStatus', () => {
  function setup() {
    const pod = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    const teach = createTeachStore(pod);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PodStoreProvider store={pod}>
        <TeachStoreProvider store={teach}>{children}</TeachStoreProvider>
      </PodStoreProvider>
    );
    return { teach, wrapper };
  }

  it('is null unless a scenario is being simulated', () => {
    const { teach, wrapper } = setup();
    const { result } = renderHook(() => useContainerStatus('api-server'), { wrapper });
    expect(result.current).toBeNull();
    act(() => teach.getState().setMode('lecture'));
    expect(result.current).toBeNull();
    act(() => teach.getState().setMode('simulate'));
    expect(result.current).toMatchObject({ state: 'pending', active: false });
  });

  it('lights the init container first, then the app containers together', () => {
    const { teach, wrapper } = setup();
    act(() => teach.getState().setMode('simulate'));
    const { result } = renderHook(
      () => ({
        init: useContainerStatus('init-migrate'),
        api: useContainerStatus('api-server'),
        shipper: useContainerStatus('log-shipper'),
      }),
      { wrapper },
    );
    act(() => teach.getState().setTime(4));
    expect(result.current.init).toMatchObject({ state: 'running', active: true });
    expect(result.current.api).toMatchObject({ state: 'waiting', reason: 'PodInitializing' });
    act(() => teach.getState().setTime(8));
    expect(result.current.init).toMatchObject({
      state: 'terminated',
      reason: 'Completed',
      exitCode: 0,
      active: false,
    });
    expect(result.current.api).toMatchObject({ state: 'running', ready: true, active: true });
    expect(result.current.shipper).toMatchObject({ state: 'running', active: true });
  });

  it('counts down a CrashLoopBackOff to the restart', () => {
    const { teach, wrapper } = setup();
    act(() => {
      teach.getState().setMode('simulate');
      teach.getState().setScenario('app-crash');
    });
    const { result } = renderHook(() => useContainerStatus('api-server'), { wrapper });
    act(() => teach.getState().setTime(14));
    expect(result.current).toMatchObject({
      state: 'waiting',
      reason: 'CrashLoopBackOff',
      countdown: 9,
      restarts: 1,
    });
    act(() => teach.getState().setTime(20.5));
    expect(result.current?.countdown).toBe(3);
  });

  it('marks the seconds at which the kubelet probes the container', () => {
    const pod = createPodStore({ text: podApi, fileName: 'pod-api.yaml' });
    const teach = createTeachStore(pod);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PodStoreProvider store={pod}>
        <TeachStoreProvider store={teach}>{children}</TeachStoreProvider>
      </PodStoreProvider>
    );
    act(() => teach.getState().setMode('simulate'));
    const { result } = renderHook(() => useContainerStatus('api-server'), { wrapper });
    const started = teach
      .getState()
      .run!.simulation.frames.flatMap((f) => f.containers)
      .find((c) => c.name === 'api-server' && c.state.state === 'running');
    const at = started?.state.state === 'running' ? started.state.startedAt : NaN;
    // readinessProbe: initialDelaySeconds 5, periodSeconds 10; livenessProbe: 15 and 20.
    act(() => teach.getState().setTime(at + 5));
    expect(result.current?.probe).toBe('readiness');
    act(() => teach.getState().setTime(at + 6));
    expect(result.current?.probe).toBeNull();
    act(() => teach.getState().setTime(at + 15));
    expect(result.current?.probe).toBe('liveness');
  });

  it('is null outside a teaching provider, so nodes render on their own', () => {
    const { result } = renderHook(() => useContainerStatus('api-server'));
    expect(result.current).toBeNull();
  });
});
