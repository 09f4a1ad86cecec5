import type { Rule } from '../context';
import type { Severity } from '../../manifest/types';
import type { PodSecurityLevel, Problem, ValidateOptions } from '../types';
import { validateManifest } from '../validate';
import { BASELINE_CONTROLS } from './baseline';
import { RESTRICTED_CONTROLS } from './restricted';
import type { Control } from './controls';

const RANK: Record<PodSecurityLevel, number> = { privileged: 0, baseline: 1, restricted: 2 };

/**
 * The restricted controls the lesson's own rules already check, with their quick fixes: "Privilege
 * Escalation" and "Running as Non-root".
 */
export const RESTRICTED_LINT_RULES: Readonly<Record<string, 'restricted'>> = {
  'lint/allow-privilege-escalation': 'restricted',
  'lint/run-as-non-root': 'restricted',
};

/** Each rule that checks a Pod Security Standards control, and the control's level. */
const LEVEL_OF: ReadonlyMap<string, 'baseline' | 'restricted'> = new Map([
  ...[...BASELINE_CONTROLS, ...RESTRICTED_CONTROLS].map((c) => [c.id, c.level] as const),
  ...Object.entries(RESTRICTED_LINT_RULES),
]);

/**
 * Makes a rule speak for a control of `level`: where the namespace enforces that level (or a
 * stricter one) its problems are errors the Pod Security admission refuses; elsewhere they have
 * the `otherwise` severity, or are not listed (null: the assessment still finds them).
 */
export function enforcedAt(
  rule: Rule,
  level: 'baseline' | 'restricted',
  otherwise: Severity | null,
): Rule {
  return {
    ...rule,
    severity: otherwise ?? 'error',
    check(ctx, report) {
      const enforced = RANK[ctx.podSecurity] >= RANK[level];
      if (!enforced && otherwise === null) return;
      rule.check(ctx, (r) =>
        report(enforced ? { ...r, severity: 'error', refusedBy: 'pod-security' } : r),
      );
    },
  };
}

function controlRule(control: Control): Rule {
  const { id, title, explanation, check, level } = control;
  const rule: Rule = { id, title, explanation, severity: 'warning', check };
  // Restricted's other controls (seccomp, dropped capabilities…) would mark nearly every Pod:
  // they are listed where Restricted is enforced, and the Pod's badge names them.
  return enforcedAt(rule, level, level === 'baseline' ? 'warning' : null);
}

export const POD_SECURITY_RULES: readonly Rule[] = [
  ...BASELINE_CONTROLS,
  ...RESTRICTED_CONTROLS,
].map(controlRule);

export interface PodSecurityAssessment {
  /** The highest level the Pod meets. */
  level: PodSecurityLevel;
  /** The next level up, and the problems that keep the Pod from it (none at Restricted). */
  next: PodSecurityLevel | null;
  blockers: Problem[];
}

/**
 * The level a Pod meets, and what keeps it from the next: the text checked as if Restricted
 * were enforced, every control counted (whatever the settings turn off).
 */
export function podSecurityOf(
  text: string,
  options: Pick<ValidateOptions, 'document' | 'kubernetesVersion'> = {},
): PodSecurityAssessment {
  const problems = validateManifest(text, {
    document: options.document,
    kubernetesVersion: options.kubernetesVersion,
    podSecurityLevel: 'restricted',
  });
  const of = (level: 'baseline' | 'restricted') =>
    problems.filter((p) => LEVEL_OF.get(p.ruleId) === level);
  const baseline = of('baseline');
  if (baseline.length > 0) return { level: 'privileged', next: 'baseline', blockers: baseline };
  const restricted = of('restricted');
  if (restricted.length > 0) return { level: 'baseline', next: 'restricted', blockers: restricted };
  return { level: 'restricted', next: null, blockers: [] };
}
