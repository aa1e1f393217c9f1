/**
 * The decision cache owns its whole key: a decision is reused only for a check whose every input is
 * the same. Each input listed in DecisionInputs is changed in turn and must miss; the variation tables
 * are typed by DecisionInputs, so an input added later without a case here does not compile.
 */
import { KMSClient, EncryptCommand, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { createKms, createSeededRandom, ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY } from '@/kms';
import { DecisionCache, type DecisionInputs } from '@/kms/access/decision-cache';
import type { AccessDecision } from '@/kms/access/evaluate-policy';
import { parsePolicyDocument, type PolicyDocument } from '@/kms/access/policy-document';
import { DEFAULT_POLICY, KEY_ARN } from './helpers';

const parse = (doc: object): PolicyDocument => {
  const r = parsePolicyDocument(JSON.stringify(doc), 'key');
  if (!r.ok) throw new Error(r.problem.message);
  return r.document;
};

const policy = parse(DEFAULT_POLICY);
const otherPolicy = parse({ ...DEFAULT_POLICY, Statement: [{ ...DEFAULT_POLICY.Statement[0], Sid: 'Other' }] });
const bindings = { 'arn:aws:iam::111122223333:user/alice': 'AIDAEXAMPLE000000001' };

type KeyFacts = NonNullable<DecisionInputs['key']>;

const base: DecisionInputs = {
  iamRevision: 3,
  principal: { arn: 'arn:aws:iam::111122223333:user/alice', principalId: 'AIDAEXAMPLE000000001' },
  action: 'kms:Encrypt',
  resource: KEY_ARN,
  key: { arn: KEY_ARN, accountId: '111122223333', policy, principalIds: bindings },
};
const baseKey = base.key!;

/** One changed value per input. */
const topLevel: { [K in Exclude<keyof DecisionInputs, 'principal' | 'key'>]: DecisionInputs[K] } = {
  iamRevision: 4,
  action: 'kms:Decrypt',
  resource: 'arn:aws:kms:us-east-1:111122223333:alias/app',
};
const principalChanges: { [K in keyof DecisionInputs['principal']]: string } = {
  arn: 'arn:aws:iam::111122223333:user/bob',
  // alice deleted and created again: same ARN, new unique ID.
  principalId: 'AIDAEXAMPLE000000002',
};
const keyChanges: { [K in keyof KeyFacts]: KeyFacts[K] } = {
  arn: 'arn:aws:kms:us-east-1:111122223333:key/2222abcd-12ab-34cd-56ef-1234567890ab',
  accountId: '444455556666',
  policy: otherPolicy,
  principalIds: undefined,
};

function variants(): Array<[string, DecisionInputs]> {
  const out: Array<[string, DecisionInputs]> = [];
  for (const [k, v] of Object.entries(topLevel)) out.push([k, { ...base, [k]: v }]);
  for (const [k, v] of Object.entries(principalChanges))
    out.push([`principal.${k}`, { ...base, principal: { ...base.principal, [k]: v } }]);
  for (const [k, v] of Object.entries(keyChanges)) out.push([`key.${k}`, { ...base, key: { ...baseKey, [k]: v } }]);
  out.push(['key (none: an account-level check)', { ...base, key: undefined }]);
  out.push(['key.principalIds (same content, saved again)', { ...base, key: { ...baseKey, principalIds: { ...bindings } } }]);
  return out;
}

const decision = { allowed: true, outcome: 'allowed-by-root' } as AccessDecision;

describe('DecisionCache', () => {
  it('an identical check hits: equal strings and the same policy and bindings objects', () => {
    const cache = new DecisionCache();
    cache.set(cache.key(base), decision);
    const copy: DecisionInputs = { ...base, principal: { ...base.principal }, key: { ...baseKey } };
    expect(cache.get(cache.key(copy))).toBe(decision);
  });

  it.each(variants())('changing %s misses', (_, changed) => {
    const cache = new DecisionCache();
    cache.set(cache.key(base), decision);
    expect(cache.key(changed)).not.toBe(cache.key(base));
    expect(cache.get(cache.key(changed))).toBeUndefined();
  });

  it('every input is covered by a variation', () => {
    const names = variants().map(([n]) => n.split(' ')[0]);
    for (const k of Object.keys(base)) {
      if (k === 'principal' || k === 'key') continue;
      expect(names).toContain(k);
    }
    for (const k of Object.keys(base.principal)) expect(names).toContain(`principal.${k}`);
    for (const k of Object.keys(baseKey)) expect(names).toContain(`key.${k}`);
  });
});

describe('cached decisions through the SDK', () => {
  it('a key policy change is seen at once: Encrypt allowed, then denied by the new policy, then allowed again', async () => {
    const kms = createKms({ random: createSeededRandom('decision-cache') });
    await kms.ready();
    const alice = kms.iam.createUser({
      userName: 'alice',
      policies: { Use: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' }] } },
    });
    const client = (credentials: { accessKeyId: string; secretAccessKey: string }) =>
      new KMSClient({ region: 'us-east-1', maxAttempts: 1, requestHandler: kms.requestHandler, credentials });
    const root = client({ accessKeyId: ROOT_ACCESS_KEY_ID, secretAccessKey: ROOT_SECRET_ACCESS_KEY });
    const asAlice = client(alice);
    const keyId = (await kms.call('CreateKey', {}, { region: 'us-east-1' })).KeyMetadata!.KeyId!;
    const encrypt = () => asAlice.send(new EncryptCommand({ KeyId: keyId, Plaintext: new Uint8Array([1]) }));

    await encrypt();
    await encrypt(); // the second check is answered from the cache
    const denyAlice = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Admin', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
        { Sid: 'NoAlice', Effect: 'Deny', Principal: { AWS: alice.arn }, Action: 'kms:Encrypt', Resource: '*' },
      ],
    };
    await root.send(new PutKeyPolicyCommand({ KeyId: keyId, Policy: JSON.stringify(denyAlice) }));
    await expect(encrypt()).rejects.toMatchObject({ name: 'AccessDeniedException' });
    await root.send(new PutKeyPolicyCommand({ KeyId: keyId, Policy: JSON.stringify(DEFAULT_POLICY) }));
    await expect(encrypt()).resolves.toMatchObject({ KeyId: expect.stringContaining(keyId) });
  });
});
