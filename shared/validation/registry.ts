import { refusalOf, type Rule } from './context';
import { HIDDEN_CHARACTER_RULES } from './hidden-characters';
import { IMAGE_RULES } from './lint/images';
import { PROBE_RULES } from './lint/probes';
import { RESOURCE_RULES } from './lint/resources';
import { SECURITY_RULES } from './lint/security';
import { enforcedAt, POD_SECURITY_RULES, RESTRICTED_LINT_RULES } from './pss/rules';
import { VERSION_RULES } from './lint/versions';
import { VOLUME_RULES } from './lint/volumes';
import { SCHEMA_RULES } from './schema';
import { SEMANTIC_RULES } from './semantic';
import type { RuleInfo } from './types';

let all: readonly Rule[] | null = null;

/**
 * Every rule, in three families:
 * - `schema/…`: the object against the Kubernetes API schema, as `kubectl --validate=strict`;
 * - `pod/…`: what the API server checks beyond the schema (names, ports, mounts, quantities…);
 * - `lint/…`: practices the lesson teaches; the manifest is accepted without them.
 * Built on first use, so that a bundle that never validates drops the rules and the schema.
 */
export function allRules(): readonly Rule[] {
  all ??= [
    ...SCHEMA_RULES,
    ...SEMANTIC_RULES,
    ...RESOURCE_RULES,
    ...IMAGE_RULES,
    ...PROBE_RULES,
    ...SECURITY_RULES.map((rule) =>
      rule.id in RESTRICTED_LINT_RULES ? enforcedAt(rule, 'restricted', rule.severity) : rule,
    ),
    ...POD_SECURITY_RULES,
    ...VOLUME_RULES,
    ...VERSION_RULES,
    ...HIDDEN_CHARACTER_RULES,
  ];
  return all;
}

/** Problems that come from reading the text rather than from a rule (syntax errors…). */
export const MANIFEST_RULE: RuleInfo = {
  id: 'manifest/yaml',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'YAML that does not parse',
  explanation:
    'The manifest must be valid YAML before anything else can be checked: indentation is structure, a tab cannot indent, and a key appears once per mapping.',
};

/** The rules, as settings and the problems panel list them. */
export function ruleInfo(): RuleInfo[] {
  return allRules().map((rule) => ({
    id: rule.id,
    severity: rule.severity,
    title: rule.title,
    explanation: rule.explanation,
    refusedBy: refusalOf(rule),
  }));
}
