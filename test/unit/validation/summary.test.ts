import { describe, expect, it } from 'vitest';
import { countBySeverity, problemsByNode } from '../../../shared';
import { check, container, pod } from './helpers';

const problems = check(
  pod({
    securityContext: undefined,
    containers: [container('app', { image: 'nginx', imagePullPolicy: 'Sometimes' })],
    volumes: [
      { name: 'cache', emptyDir: {} },
      { name: 'spare', emptyDir: {} },
    ],
  }),
);

describe('summaries for the canvas and the panel', () => {
  it('count problems by severity', () => {
    expect(countBySeverity(problems)).toEqual({ error: 1, warning: 3, info: 0 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('group problems by canvas node, with the worst severity for the badge', () => {
    const byNode = problemsByNode(problems);
    expect([...byNode.keys()].sort()).toEqual(['container:app', 'pod', 'volume:spare']);
    const app = byNode.get('container:app')!;
    expect(app).toMatchObject({ error: 1, warning: 1, info: 0, worst: 'error' });
    expect(app.problems.map((p) => p.ruleId).sort()).toEqual([
      'lint/image-not-pinned',
      'schema/enum',
    ]);
    expect(byNode.get('volume:spare')).toMatchObject({ warning: 1, worst: 'warning' });
  });
});
