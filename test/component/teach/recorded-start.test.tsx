import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { cleanUpClusterRecord, findClusterRecord } from '../../../shared';
import { SimulationPanel } from '../../../renderer/teach/SimulationPanel';
import { anatomy, renderTeach } from './helpers';
import crashLoop from '../../fixtures/cluster/crash-loop-pod.yaml?raw';

const kubectlLine = () =>
  (screen.getByRole('status', { name: 'kubectl get pods' }).textContent ?? '').split('\n')[1];
const recordedStatus = () => screen.getByRole('status', { name: 'Recorded status' });
const startFromStatus = () =>
  screen.getByRole('checkbox', { name: 'Start from the recorded status' });

function cleanedUp(text: string): string {
  const record = findClusterRecord(text, 0);
  if (!record) throw new Error('not read as copied from a cluster');
  const result = cleanUpClusterRecord(text, record);
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

describe('starting the simulation from a Pod’s recorded status', () => {
  it('starts at the recorded moment with each container as recorded, and says what it read', async () => {
    const { user } = renderTeach(<SimulationPanel />, { text: crashLoop, mode: 'simulate' });
    // Not chosen yet: a new Pod, created at 0.
    expect(kubectlLine()).toMatch(/^web\s+0\/2\s+Pending\s+0\s+0s$/);
    await user.click(startFromStatus());
    expect(recordedStatus()).toHaveTextContent(
      'Started from the status recorded at 2024-05-06 10:01:43 UTC (phase Running): ' +
        'migrate completed; app waiting (CrashLoopBackOff), 4 restarts; proxy running.',
    );
    expect(kubectlLine()).toMatch(/^web\s+1\/2\s+CrashLoopBackOff\s+4 \(0s ago\)\s+103s$/);
    expect(screen.getByRole('slider', { name: 'Time' })).toHaveAttribute('min', '103');
    expect(screen.getByRole('status', { name: 'Current time' })).toHaveTextContent('103 s');
  });

  it('keeps the status the file was opened with after the clean-up removes it from the text', async () => {
    const { pod, user } = renderTeach(<SimulationPanel />, { text: crashLoop, mode: 'simulate' });
    act(() => pod.getState().setText(cleanedUp(crashLoop), 'inspector'));
    expect(pod.getState().text).not.toContain('status:');
    await user.click(startFromStatus());
    expect(recordedStatus()).toHaveTextContent(/^Started from the status recorded at 2024-05-06/);
    expect(kubectlLine()).toMatch(/CrashLoopBackOff\s+4 \(0s ago\)\s+103s$/);
  });

  it('forgets it when another file is opened', async () => {
    const { pod, user } = renderTeach(<SimulationPanel />, { text: crashLoop, mode: 'simulate' });
    await user.click(startFromStatus());
    act(() => pod.getState().loadFile({ name: 'pod-anatomy.yaml', path: null, text: anatomy }));
    expect(screen.queryByRole('checkbox', { name: 'Start from the recorded status' })).toBeNull();
    expect(kubectlLine()).toMatch(/^api-server\s+0\/2\s+Pending\s+0\s+0s$/);
  });

  it('a status it cannot represent: the reason, and the start from the Pod’s creation', async () => {
    const text = crashLoop.replace(
      'reason: CrashLoopBackOff',
      'reason: CreateContainerConfigError',
    );
    const { user } = renderTeach(<SimulationPanel />, { text, mode: 'simulate' });
    await user.click(startFromStatus());
    expect(recordedStatus()).toHaveTextContent(
      'This status cannot be simulated: app is waiting with CreateContainerConfigError, which ' +
        'the simulator does not model',
    );
    expect(recordedStatus()).toHaveTextContent(
      'The simulation starts from the Pod’s creation instead.',
    );
    expect(kubectlLine()).toMatch(/^web\s+0\/2\s+Pending\s+0\s+0s$/);
  });
});
