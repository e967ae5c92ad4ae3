// The whole catalogue, in one list. Each entry is data; see types.ts for the shape.
import { ACCESS_RULES, AUTH_RULES } from './access';
import { ALREADY_EXISTS_RULES, DEPENDENCY_RULES, NOT_FOUND_RULES, STATE_LOCK_RULES } from './conflicts';
import { INVALID_PARAMETER_RULES, PROVIDER_CONFIG_RULES, SYNTAX_RULES } from './config';
import { CAPACITY_RULES, QUOTA_RULES, THROTTLING_RULES } from './limits';
import { NETWORK_RULES, TIMEOUT_RULES } from './transient';
import type { DiagnoseRule } from './types';

export type { DiagnoseRule } from './types';

export const DIAGNOSE_RULES: readonly DiagnoseRule[] = [
  ...ACCESS_RULES,
  ...AUTH_RULES,
  ...THROTTLING_RULES,
  ...QUOTA_RULES,
  ...CAPACITY_RULES,
  ...STATE_LOCK_RULES,
  ...ALREADY_EXISTS_RULES,
  ...NOT_FOUND_RULES,
  ...DEPENDENCY_RULES,
  ...INVALID_PARAMETER_RULES,
  ...PROVIDER_CONFIG_RULES,
  ...SYNTAX_RULES,
  ...TIMEOUT_RULES,
  ...NETWORK_RULES,
];

export function patternsOf(rule: DiagnoseRule): RegExp[] {
  return Array.isArray(rule.match) ? rule.match : [rule.match];
}
