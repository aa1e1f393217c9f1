import { describe, expect, it } from 'vitest';
import { KEY_POLICY_MAX_BYTES, parsePolicyDocument } from '@/kms/access/policy-document';
import { defaultKeyPolicy } from '@/kms/policies';

function problem(text: string, kind: 'key' | 'identity' = 'key') {
  const r = parsePolicyDocument(text, kind);
  if (r.ok) throw new Error('expected a problem');
  return r.problem;
}

const stmt = (s: object) => JSON.stringify({ Version: '2012-10-17', Statement: [s] });
const ok = { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'kms:*', Resource: '*' };

describe('parsePolicyDocument', () => {
  it('parses the default key policy and normalises a bare account ID to the root ARN', () => {
    const r = parsePolicyDocument(defaultKeyPolicy('111122223333'), 'key');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.statements[0]?.sid).toBe('Enable IAM User Permissions');
    const bare = parsePolicyDocument(stmt(ok), 'key');
    expect(bare.ok && bare.document.statements[0]?.principal?.aws).toEqual(['arn:aws:iam::111122223333:root']);
  });

  it('reports malformed JSON with line and column', () => {
    const p = problem('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow" "Action": "kms:*"}\n  ]\n}');
    expect(p.name).toBe('MalformedPolicyDocumentException');
    expect(p.message).toMatch(/not valid JSON at line 4, column \d+/);
  });

  it('names the statement and the missing field', () => {
    expect(problem(stmt({ Sid: 'UseIt', Principal: '*', Action: 'kms:Encrypt', Resource: '*' })).message).toContain(
      'Statement 1 (Sid "UseIt"): "Effect" is missing',
    );
    expect(problem(stmt({ Effect: 'Allow', Principal: '*', Resource: '*' })).message).toContain('"Action" is missing');
    expect(problem(stmt({ Effect: 'Allow', Principal: '*', Action: 'kms:*' })).message).toContain('"Resource" is missing');
    expect(problem(stmt({ Effect: 'Allow', Action: 'kms:*', Resource: '*' })).message).toContain('"Principal" is missing');
    expect(problem(stmt({ ...ok, Effect: 'allow' })).message).toContain('"Effect" must be "Allow" or "Deny"');
  });

  it('rejects an unknown condition operator and a Principal in an identity policy', () => {
    expect(problem(stmt({ ...ok, Condition: { StringEqualz: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } })).message).toContain(
      '"StringEqualz" is not a condition operator',
    );
    expect(problem(stmt(ok), 'identity').message).toContain('identity policy cannot have "Principal"');
  });

  it('accepts IfExists and set qualifiers', () => {
    const r = parsePolicyDocument(
      stmt({
        ...ok,
        Condition: { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': ['a'] }, StringEqualsIfExists: { 'kms:ViaService': 'x' } },
      }),
      'key',
    );
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.document.statements[0]?.conditions.map((c) => c.operator.name)).toEqual([
        'ForAnyValue:StringEquals',
        'StringEqualsIfExists',
      ]);
  });

  it('enforces the 32 KB key policy limit with LimitExceededException', () => {
    const big = JSON.stringify({ Version: '2012-10-17', Statement: [{ ...ok, Sid: 'x'.repeat(KEY_POLICY_MAX_BYTES) }] });
    const p = problem(big);
    expect(p.name).toBe('LimitExceededException');
    expect(p.message).toContain('32768 bytes');
  });

  it('rejects characters outside printable ASCII/Latin-1 with their position', () => {
    expect(problem(stmt({ ...ok, Sid: 'emoji 🔑' })).message).toMatch(/U\+1F511\) at line 1, column \d+/);
  });

  it('warns about condition keys the simulator never sets and non-KMS actions', () => {
    const r = parsePolicyDocument(
      stmt({ ...ok, Action: ['kms:Encrypt', 's3:GetObject'], Condition: { StringEquals: { 'kms:Made-Up': 'x' } } }),
      'key',
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings.join(' ')).toContain('"s3:GetObject" is not a KMS action');
      expect(r.warnings.join(' ')).toContain('kms:Made-Up');
    }
  });
});
