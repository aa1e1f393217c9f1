import { describe, expect, it } from 'vitest';
import { evaluateConditionOperator, parseConditionOperator } from '@/kms/access/condition-operators';
import { arnLikeMatch, wildcardMatch } from '@/kms/access/wildcard';

const op = (name: string) => {
  const parsed = parseConditionOperator(name);
  if (!parsed) throw new Error(`not an operator: ${name}`);
  return parsed;
};
const check = (name: string, policy: string[], request: string[] | undefined) => evaluateConditionOperator(op(name), policy, request);

describe('condition operators', () => {
  it('parses qualifiers and rejects unknown operators', () => {
    expect(op('ForAllValues:StringLikeIfExists')).toMatchObject({ base: 'StringLike', ifExists: true, set: 'ForAllValues' });
    expect(parseConditionOperator('StringEqual')).toBeUndefined();
    expect(parseConditionOperator('NullIfExists')).toBeUndefined();
  });

  it('string operators: values OR, case rules, wildcards', () => {
    expect(check('StringEquals', ['a', 'b'], ['b'])).toBe(true);
    expect(check('StringEquals', ['a'], ['A'])).toBe(false);
    expect(check('StringEqualsIgnoreCase', ['a'], ['A'])).toBe(true);
    expect(check('StringLike', ['alias/app-*'], ['alias/app-prod'])).toBe(true);
    expect(check('StringLike', ['alias/app-?'], ['alias/app-12'])).toBe(false);
    expect(check('StringNotEquals', ['a', 'b'], ['c'])).toBe(true);
    expect(check('StringNotEquals', ['a', 'b'], ['a'])).toBe(false);
  });

  it('missing keys: positive false, negated true, IfExists true', () => {
    expect(check('StringEquals', ['a'], undefined)).toBe(false);
    expect(check('StringNotLike', ['a*'], undefined)).toBe(true);
    expect(check('StringEqualsIfExists', ['a'], undefined)).toBe(true);
    expect(check('Null', ['true'], undefined)).toBe(true);
    expect(check('Null', ['false'], undefined)).toBe(false);
    expect(check('Null', ['false'], ['x'])).toBe(true);
  });

  it('set operators on multi-valued keys', () => {
    expect(check('ForAnyValue:StringEquals', ['Encrypt'], ['Decrypt', 'Encrypt'])).toBe(true);
    expect(check('ForAllValues:StringEquals', ['Encrypt', 'Decrypt'], ['Decrypt', 'Encrypt'])).toBe(true);
    expect(check('ForAllValues:StringEquals', ['Encrypt'], ['Decrypt', 'Encrypt'])).toBe(false);
    // IAM's documented quirk: ForAllValues is true for an empty or missing set.
    expect(check('ForAllValues:StringEquals', ['Encrypt'], undefined)).toBe(true);
    expect(check('ForAnyValue:StringEquals', ['Encrypt'], undefined)).toBe(false);
  });

  it('numeric, date, bool and ARN operators', () => {
    expect(check('NumericLessThan', ['30'], ['7'])).toBe(true);
    expect(check('NumericLessThanEquals', ['7'], ['7'])).toBe(true);
    expect(check('NumericGreaterThan', ['7'], ['x'])).toBe(false);
    expect(check('DateLessThan', ['2027-01-01T00:00:00Z'], ['2026-06-01T00:00:00Z'])).toBe(true);
    expect(check('DateGreaterThan', ['2027-01-01T00:00:00Z'], ['1780000000'])).toBe(false);
    expect(check('Bool', ['true'], ['true'])).toBe(true);
    expect(check('Bool', ['true'], ['false'])).toBe(false);
    expect(check('ArnLike', ['arn:aws:iam::111122223333:role/App*'], ['arn:aws:iam::111122223333:role/AppServer'])).toBe(true);
    expect(check('ArnEquals', ['arn:aws:iam::111122223333:role/App'], ['arn:aws:iam::111122223333:role/AppServer'])).toBe(false);
    expect(check('ArnNotLike', ['arn:aws:iam::*:role/Admin'], ['arn:aws:iam::111122223333:user/alice'])).toBe(true);
  });

  it('wildcards: actions ignore case; ArnLike does not let * cross ARN parts', () => {
    expect(wildcardMatch('kms:GenerateDataKey*', 'kms:generatedatakeypair', { ignoreCase: true })).toBe(true);
    expect(wildcardMatch('kms:Get*', 'kms:Encrypt', { ignoreCase: true })).toBe(false);
    expect(wildcardMatch('a.b', 'axb')).toBe(false);
    expect(arnLikeMatch('arn:aws:kms:*:111122223333:key/*', 'arn:aws:kms:eu-west-1:111122223333:key/abc')).toBe(true);
    expect(arnLikeMatch('arn:aws:kms:*:key/*', 'arn:aws:kms:eu-west-1:111122223333:key/abc')).toBe(false);
  });
});
