/**
 * The IAM condition operators a policy may use, and how each compares a request value with the
 * policy's values. Semantics follow the IAM policy reference:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
import { arnLikeMatch, wildcardMatch } from './wildcard';

/** Base operator names (without `IfExists` or a set qualifier). */
export const BASE_CONDITION_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Null',
] as const;

/** One of {@link BASE_CONDITION_OPERATORS}. */
export type BaseConditionOperator = (typeof BASE_CONDITION_OPERATORS)[number];

/** A parsed operator such as `ForAnyValue:StringLikeIfExists`. */
export interface ConditionOperator {
  /** The text as written in the policy. */
  name: string;
  base: BaseConditionOperator;
  ifExists: boolean;
  set?: 'ForAnyValue' | 'ForAllValues';
}

/** Operators whose meaning is "none of the values match" (they are true when the key is absent). */
const NEGATED: ReadonlySet<BaseConditionOperator> = new Set([
  'StringNotEquals',
  'StringNotEqualsIgnoreCase',
  'StringNotLike',
  'NumericNotEquals',
  'DateNotEquals',
  'ArnNotEquals',
  'ArnNotLike',
  'NotIpAddress',
]);

/** Parses an operator name; undefined when IAM would not recognise it. */
export function parseConditionOperator(name: string): ConditionOperator | undefined {
  let rest = name;
  let set: ConditionOperator['set'];
  if (rest.startsWith('ForAnyValue:')) {
    set = 'ForAnyValue';
    rest = rest.slice('ForAnyValue:'.length);
  } else if (rest.startsWith('ForAllValues:')) {
    set = 'ForAllValues';
    rest = rest.slice('ForAllValues:'.length);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists')) {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const base = BASE_CONDITION_OPERATORS.find((op) => op === rest);
  if (!base) return undefined;
  // `Null` checks presence itself, so `NullIfExists` is meaningless and IAM rejects it.
  if (base === 'Null' && (ifExists || set)) return undefined;
  return set ? { name, base, ifExists, set } : { name, base, ifExists };
}

/** True when the operator is one of the negated forms (`StringNotEquals`, `ArnNotLike`, ...). */
export function isNegatedOperator(base: BaseConditionOperator): boolean {
  return NEGATED.has(base);
}

/** Compares one request value with one policy value using the operator's positive form. */
function positiveMatch(base: BaseConditionOperator, requestValue: string, policyValue: string): boolean {
  switch (base) {
    case 'StringEquals':
    case 'StringNotEquals':
    case 'BinaryEquals':
      return requestValue === policyValue;
    case 'StringEqualsIgnoreCase':
    case 'StringNotEqualsIgnoreCase':
      return requestValue.toLowerCase() === policyValue.toLowerCase();
    case 'StringLike':
    case 'StringNotLike':
      return wildcardMatch(policyValue, requestValue);
    case 'ArnEquals':
    case 'ArnNotEquals':
      return requestValue === policyValue;
    case 'ArnLike':
    case 'ArnNotLike':
      return arnLikeMatch(policyValue, requestValue);
    case 'Bool':
      return requestValue.toLowerCase() === policyValue.toLowerCase();
    case 'NumericEquals':
    case 'NumericNotEquals':
      return compareNumbers(requestValue, policyValue, (a, b) => a === b);
    case 'NumericLessThan':
      return compareNumbers(requestValue, policyValue, (a, b) => a < b);
    case 'NumericLessThanEquals':
      return compareNumbers(requestValue, policyValue, (a, b) => a <= b);
    case 'NumericGreaterThan':
      return compareNumbers(requestValue, policyValue, (a, b) => a > b);
    case 'NumericGreaterThanEquals':
      return compareNumbers(requestValue, policyValue, (a, b) => a >= b);
    case 'DateEquals':
    case 'DateNotEquals':
      return compareDates(requestValue, policyValue, (a, b) => a === b);
    case 'DateLessThan':
      return compareDates(requestValue, policyValue, (a, b) => a < b);
    case 'DateLessThanEquals':
      return compareDates(requestValue, policyValue, (a, b) => a <= b);
    case 'DateGreaterThan':
      return compareDates(requestValue, policyValue, (a, b) => a > b);
    case 'DateGreaterThanEquals':
      return compareDates(requestValue, policyValue, (a, b) => a >= b);
    case 'IpAddress':
    case 'NotIpAddress':
      // The simulator has no source IPs; an IP condition never matches a request.
      return false;
    case 'Null':
      return false;
  }
}

function compareNumbers(a: string, b: string, cmp: (x: number, y: number) => boolean): boolean {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) && cmp(x, y);
}

function toEpoch(value: string): number {
  // IAM accepts ISO 8601 dates or epoch seconds.
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  return Date.parse(value);
}

function compareDates(a: string, b: string, cmp: (x: number, y: number) => boolean): boolean {
  const x = toEpoch(a);
  const y = toEpoch(b);
  return Number.isFinite(x) && Number.isFinite(y) && cmp(x, y);
}

/** Does a single request value satisfy the operator against the policy's list of values? */
function singleValueSatisfies(base: BaseConditionOperator, requestValue: string, policyValues: readonly string[]): boolean {
  const anyMatch = policyValues.some((pv) => positiveMatch(base, requestValue, pv));
  return isNegatedOperator(base) ? !anyMatch : anyMatch;
}

/**
 * Evaluates one condition (operator, key, values) against the request's values for that key.
 * `requestValues` is undefined when the request does not carry the key at all.
 */
export function evaluateConditionOperator(
  op: ConditionOperator,
  policyValues: readonly string[],
  requestValues: readonly string[] | undefined,
): boolean {
  const present = requestValues !== undefined && requestValues.length > 0;
  if (op.base === 'Null') {
    // "Null": "true" means the key must be absent; "false" means it must be present.
    return policyValues.some((v) => (v.toLowerCase() === 'true' ? !present : present));
  }
  if (op.set === 'ForAllValues') {
    // Every request value must match; an empty or missing set satisfies it (IAM's documented quirk).
    if (!present) return true;
    return requestValues.every((rv) => singleValueSatisfies(op.base, rv, policyValues));
  }
  if (op.set === 'ForAnyValue') {
    if (!present) return op.ifExists;
    return requestValues.some((rv) => singleValueSatisfies(op.base, rv, policyValues));
  }
  if (!present) {
    if (op.ifExists) return true;
    // A negated operator is true when the key is missing: there is nothing equal to the listed values.
    return isNegatedOperator(op.base);
  }
  // Without a set qualifier a multi-valued key behaves like ForAnyValue.
  return requestValues.some((rv) => singleValueSatisfies(op.base, rv, policyValues));
}
