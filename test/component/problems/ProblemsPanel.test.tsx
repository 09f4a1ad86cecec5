import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { validateManifest } from '../../../shared';
import type { Problem } from '../../../shared';
import { ProblemsPanel } from '../../../renderer/problems/ProblemsPanel';
import { withoutBackticks } from '../../../renderer/problems/CodeText';
import { WEB_POD } from '../support/web-pod';

const problems = validateManifest(WEB_POD);

function setup(list: readonly Problem[] = problems) {
  const onSelect = vi.fn();
  const onFix = vi.fn();
  render(<ProblemsPanel problems={list} onSelect={onSelect} onFix={onFix} />);
  return {
    onSelect,
    onFix,
    user: userEvent.setup(),
    region: screen.getByRole('region', { name: 'Problems' }),
  };
}

describe('ProblemsPanel', () => {
  it('is a region named Problems with counts by severity', () => {
    expect(problems.map((p) => p.ruleId)).toEqual([
      'lint/image-not-pinned',
      'schema/enum',
      'lint/read-only-root-filesystem',
    ]);
    const { region } = setup();
    const counts = within(region).getByRole('list', { name: 'Problem counts' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 error', '1 warning', '1 suggestion']);
  });

  it('lists each problem with its severity, message, rule id and position', () => {
    setup();
    const row = screen.getByRole('button', { name: /imagePullPolicy/ });
    expect(row).toHaveTextContent('schema/enum line 11, column 24');
    expect(row).toHaveAccessibleName(
      'Error: spec.containers[0].imagePullPolicy must be one of Always, IfNotPresent, Never, not the string "Sometimes". schema/enum, line 11, column 24',
    );
    // The field the message quotes is set as code, without its backticks.
    expect(within(row).getByText('spec.containers[0].imagePullPolicy').tagName).toBe('CODE');
    expect(row.textContent).not.toContain('`');
  });

  it('selects a problem with a click', async () => {
    const { onSelect, user } = setup();
    await user.click(screen.getByRole('button', { name: /imagePullPolicy/ }));
    expect(onSelect).toHaveBeenCalledWith(problems[1]);
  });

  it('offers the quick fix where there is one, as a button named for it', async () => {
    const { onFix, user } = setup();
    const fixes = screen.getAllByRole('button', { name: /^Fix: / }).map((b) => b.textContent);
    expect(fixes).toEqual([
      'Fix: Pin a tag placeholder (nginx:set-a-version)',
      'Fix: Set readOnlyRootFilesystem: true',
    ]);
    await user.click(screen.getByRole('button', { name: 'Fix: Set readOnlyRootFilesystem: true' }));
    expect(onFix).toHaveBeenCalledWith(problems[2], problems[2]!.fix, expect.any(Function));
  });

  it('offers every fix of a problem, the best first, and marks the ones that ask first', async () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  securityContext: {runAsUser: 0}
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts: [{name: config, mountPath: /etc/app}]
  volumes: [{name: app-config, configMap: {name: app}}]
`;
    const list = validateManifest(text);
    const { onFix, user } = setup(list);
    const mount = screen.getByRole('button', { name: /mounts "config"/ }).closest('li')!;
    expect(
      within(mount)
        .getAllByRole('button', { name: /^Fix: / })
        .map((b) => b.textContent),
    ).toEqual([
      'Fix: Mount the volume "app-config" instead',
      'Fix: Add an emptyDir volume "config"',
    ]);
    await user.click(within(mount).getByRole('button', { name: /Add an emptyDir/ }));
    const problem = list.find((p) => p.ruleId === 'pod/unknown-volume')!;
    expect(onFix).toHaveBeenCalledWith(problem, problem.moreFixes![0], expect.any(Function));
    expect(
      screen.getByRole('button', {
        name: 'Fix: Set runAsNonRoot and runAsUser: 1000…',
      }),
    ).toBeVisible();
  });

  it('shows the explanation on demand, and gives it as the description of the row', async () => {
    const { user } = setup();
    const row = screen.getByRole('button', { name: /imagePullPolicy/ });
    const explanation = withoutBackticks(problems[1]!.explanation);
    expect(row).toHaveAccessibleDescription(explanation);
    const why = within(row.closest('li')!).getByRole('button', { name: 'Why?' });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    const shown = () =>
      screen.getByText((_, el) => el?.textContent === explanation, { selector: 'p' });
    expect(shown()).not.toBeVisible();
    await user.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    expect(shown()).toBeVisible();
  });

  it('lists the errors first, then the warnings, then the suggestions, each in line order', async () => {
    // In the text: a warning, an error, a suggestion, then the same again for a second container.
    const app = WEB_POD.slice(WEB_POD.indexOf('    - name: app'));
    const proxy = app
      .replace('name: app', 'name: proxy')
      .replace('image: nginx', 'image: envoy')
      .replace('imagePullPolicy:', 'restartPolicy:');
    const text = WEB_POD + proxy;
    const list = validateManifest(text);
    expect(list.map((p) => `${p.severity} ${p.line}`)).toEqual([
      'warning 10',
      'error 11',
      'info 14',
      'warning 17',
      'error 18',
      'info 21',
    ]);
    const { onSelect, user } = setup(list);
    const rows = () => screen.getAllByRole('button', { name: /^(Error|Warning|Suggestion): / });
    const listed = () =>
      rows().map((row) => {
        const name = row.getAttribute('aria-label')!;
        return `${name.slice(0, name.indexOf(':'))} ${/line (\d+), column \d+$/.exec(name)![1]}`;
      });
    expect(listed()).toEqual([
      'Error 11',
      'Error 18',
      'Warning 10',
      'Warning 17',
      'Suggestion 14',
      'Suggestion 21',
    ]);
    // The keys go down the list as it is shown: from the second error to the first warning.
    await user.tab();
    expect(rows()[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(rows()[2]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(list[0]);
    await user.keyboard('{ArrowUp}');
    expect(rows()[1]).toHaveFocus();
  });

  it('works from the keyboard: Enter selects, arrows move between problems', async () => {
    const { onSelect, user } = setup();
    await user.tab();
    const rows = screen
      .getAllByRole('button')
      .filter((b) => b.classList.contains('problems__select'));
    expect(rows[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(rows[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    // The error comes first, the warning before it in the text next.
    expect(onSelect).toHaveBeenCalledWith(problems[0]);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(rows[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(rows[1]).toHaveFocus();
  });

  it('says so when there is no problem', () => {
    const { region } = setup([]);
    expect(region).toHaveTextContent('0 errors0 warnings0 suggestions');
    expect(within(region).getByText(/No problems/)).toBeInTheDocument();
  });
});
