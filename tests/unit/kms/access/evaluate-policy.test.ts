import { describe, expect, it } from 'vitest';
import { evaluateAccess, type EvaluationInput } from '@/kms/access/evaluate-policy';
import type { GrantRecord } from '@/kms/access/grant-model';
import { validateKeyPolicy, LOCKOUT_MESSAGE, INVALID_PRINCIPALS_MESSAGE } from '@/kms/access/validate-key-policy';
import { ACCOUNT, DEFAULT_POLICY, KEY_ARN, OTHER, REGION, key, makeIam, policy, principalOf } from './helpers';

const NOW = Date.UTC(2026, 0, 1);
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;

function setup() {
  const iam = makeIam();
  const alice = iam.createUser({ userName: 'alice' });
  return { iam, alice, principal: principalOf(iam, alice.arn) };
}

function run(partial: Partial<EvaluationInput> & Pick<EvaluationInput, 'principal' | 'action'>) {
  return evaluateAccess({
    operation: partial.action.replace('kms:', ''),
    resource: KEY_ARN,
    region: REGION,
    request: {},
    identityPolicies: [],
    now: NOW,
    ...partial,
  });
}

const allowIdentity = (actions: string[] | string, extra: object = {}) =>
  policy(
    { Version: '2012-10-17', Statement: [{ Sid: 'UseKey', Effect: 'Allow', Action: actions, Resource: KEY_ARN, ...extra }] },
    'identity',
  );

describe('evaluateAccess', () => {
  it('default policy alone does not let a user in: no identity-based policy allows', () => {
    const { principal } = setup();
    const d = run({ principal, action: 'kms:Decrypt', key: key(DEFAULT_POLICY) });
    expect(d.allowed).toBe(false);
    expect(d.outcome).toBe('implicit-deny');
    expect(d.message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: kms:Decrypt on resource: ${KEY_ARN} because no identity-based policy allows the kms:Decrypt action`,
    );
  });

  it('default policy + IAM allow: both statements are named', () => {
    const { principal } = setup();
    const d = run({
      principal,
      action: 'kms:Encrypt',
      key: key(DEFAULT_POLICY),
      identityPolicies: [{ policyName: 'UseKey', document: allowIdentity('kms:Encrypt') }],
    });
    expect(d.allowed).toBe(true);
    expect(d.outcome).toBe('allowed-by-key-policy-and-iam');
    expect(d.allowedBy.map((r) => [r.source.kind, r.sid])).toEqual([
      ['key-policy', 'Enable IAM User Permissions'],
      ['identity-policy', 'UseKey'],
    ]);
    expect(d.explanation).toContain('identity policy "UseKey"');
  });

  it('root is allowed by the account statement without any identity policy', () => {
    const iam = makeIam();
    const d = run({ principal: principalOf(iam, ROOT), action: 'kms:ScheduleKeyDeletion', key: key(DEFAULT_POLICY) });
    expect(d.outcome).toBe('allowed-by-root');
  });

  it('wildcard actions: kms:GenerateDataKey* covers GenerateDataKeyWithoutPlaintext but not Decrypt', () => {
    const { principal } = setup();
    const identityPolicies = [{ policyName: 'p', document: allowIdentity('kms:GenerateDataKey*') }];
    expect(run({ principal, action: 'kms:GenerateDataKeyWithoutPlaintext', key: key(DEFAULT_POLICY), identityPolicies }).allowed).toBe(
      true,
    );
    expect(run({ principal, action: 'kms:Decrypt', key: key(DEFAULT_POLICY), identityPolicies }).allowed).toBe(false);
  });

  it('an identity policy for another key ARN does not match', () => {
    const { principal } = setup();
    const other = policy(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: `arn:aws:kms:${REGION}:${ACCOUNT}:key/other` }] },
      'identity',
    );
    expect(
      run({ principal, action: 'kms:Encrypt', key: key(DEFAULT_POLICY), identityPolicies: [{ policyName: 'p', document: other }] }).allowed,
    ).toBe(false);
  });

  it('explicit deny in an identity policy beats the key policy allow', () => {
    const { principal } = setup();
    const deny = policy(
      { Version: '2012-10-17', Statement: [{ Sid: 'NoDecrypt', Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' }] },
      'identity',
    );
    const keyPolicy = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AliceAll', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` }, Action: 'kms:*', Resource: '*' },
      ],
    };
    const d = run({ principal, action: 'kms:Decrypt', key: key(keyPolicy), identityPolicies: [{ policyName: 'Guard', document: deny }] });
    expect(d.outcome).toBe('explicit-deny');
    expect(d.deniedBy[0]?.sid).toBe('NoDecrypt');
    expect(d.message).toMatch(/with an explicit deny in an identity-based policy$/);
  });

  it('a Deny naming the account in the key policy covers its users (resource-based)', () => {
    const { principal } = setup();
    const keyPolicy = {
      Version: '2012-10-17',
      Statement: [
        ...DEFAULT_POLICY.Statement,
        { Sid: 'NoDisable', Effect: 'Deny', Principal: { AWS: ROOT }, Action: 'kms:DisableKey', Resource: '*' },
      ],
    };
    const d = run({
      principal,
      action: 'kms:DisableKey',
      key: key(keyPolicy),
      identityPolicies: [{ policyName: 'p', document: allowIdentity('kms:*') }],
    });
    expect(d.outcome).toBe('explicit-deny');
    expect(d.message).toMatch(/with an explicit deny in a resource-based policy$/);
  });

  it('kms:ViaService: allowed through S3, denied directly, with the failed condition explained', () => {
    const { principal } = setup();
    const keyPolicy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'OnlyViaS3',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` },
          Action: ['kms:Encrypt', 'kms:GenerateDataKey*', 'kms:Decrypt'],
          Resource: '*',
          Condition: { StringEquals: { 'kms:ViaService': `s3.${REGION}.amazonaws.com` } },
        },
      ],
    };
    expect(run({ principal, action: 'kms:GenerateDataKey', key: key(keyPolicy), viaService: `s3.${REGION}.amazonaws.com` }).outcome).toBe(
      'allowed-by-key-policy',
    );
    const direct = run({ principal, action: 'kms:GenerateDataKey', key: key(keyPolicy) });
    expect(direct.allowed).toBe(false);
    expect(direct.message).toContain('because no resource-based policy allows the kms:GenerateDataKey action');
    expect(direct.nearMisses[0]?.failedConditions[0]).toMatchObject({ key: 'kms:ViaService', actual: undefined });
    expect(direct.explanation).toContain('kms:ViaService "s3.us-east-1.amazonaws.com" (the request has no such key)');
    expect(run({ principal, action: 'kms:GenerateDataKey', key: key(keyPolicy), viaService: `ebs.${REGION}.amazonaws.com` }).allowed).toBe(
      false,
    );
  });

  it('encryption context conditions: StringEquals on a pair, ForAllValues on keys, case-insensitive context key name', () => {
    const { principal } = setup();
    const keyPolicy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AppOnly',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` },
          Action: 'kms:Decrypt',
          Resource: '*',
          Condition: {
            StringEquals: { 'kms:EncryptionContext:AppName': 'ExampleApp' },
            'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['AppName', 'FilePath'] },
          },
        },
      ],
    };
    const k = key(keyPolicy);
    const ok = (ctx: Record<string, string>) =>
      run({ principal, action: 'kms:Decrypt', key: k, request: { EncryptionContext: ctx } }).allowed;
    expect(ok({ AppName: 'ExampleApp' })).toBe(true);
    expect(ok({ AppName: 'ExampleApp', FilePath: '/a' })).toBe(true);
    expect(ok({ appname: 'ExampleApp' })).toBe(false); // key name matches, but ForAllValues on keys is case-sensitive
    expect(ok({ AppName: 'exampleapp' })).toBe(false); // values are case-sensitive
    expect(ok({ AppName: 'ExampleApp', Extra: 'x' })).toBe(false);
    expect(ok({})).toBe(false);
  });

  it('a key policy without the account statement makes IAM policies useless', () => {
    const { principal } = setup();
    const keyPolicy = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'BobOnly', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:PutKeyPolicy', Resource: '*' }],
    };
    const d = run({
      principal,
      action: 'kms:Encrypt',
      key: key(keyPolicy),
      identityPolicies: [{ policyName: 'All', document: allowIdentity('kms:*') }],
    });
    expect(d.allowed).toBe(false);
    expect(d.message).toContain('because no resource-based policy allows the kms:Encrypt action');
    expect(d.explanation).toContain('IAM policies alone cannot give access');
  });

  it('cross-account needs the key policy and the caller account IAM policy', () => {
    const iam = makeIam();
    const bob = iam.createUser({ userName: 'bob', accountId: OTHER });
    const principal = principalOf(iam, bob.arn);
    const trusting = {
      Version: '2012-10-17',
      Statement: [
        ...DEFAULT_POLICY.Statement,
        {
          Sid: 'AllowOther',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
          Action: ['kms:Encrypt', 'kms:Decrypt'],
          Resource: '*',
        },
      ],
    };
    const iamAllow = [{ policyName: 'UseShared', document: allowIdentity(['kms:Encrypt', 'kms:Decrypt']) }];
    const both = run({ principal, action: 'kms:Encrypt', key: key(trusting), identityPolicies: iamAllow });
    expect(both.allowed).toBe(true);
    expect(both.explanation).toContain('Allowed across accounts');
    const onlyKey = run({ principal, action: 'kms:Encrypt', key: key(trusting) });
    expect(onlyKey.message).toContain('because no identity-based policy allows');
    expect(onlyKey.explanation).toContain('Cross-account use needs both');
    const onlyIam = run({ principal, action: 'kms:Encrypt', key: key(DEFAULT_POLICY), identityPolicies: iamAllow });
    expect(onlyIam.message).toContain('because no resource-based policy allows');
    // The other account's root needs only the key policy.
    expect(run({ principal: principalOf(iam, `arn:aws:iam::${OTHER}:root`), action: 'kms:Encrypt', key: key(trusting) }).allowed).toBe(
      true,
    );
  });

  it('account-level actions are IAM only', () => {
    const { iam, principal } = setup();
    expect(run({ principal: principalOf(iam, ROOT), action: 'kms:CreateKey', resource: '*' }).outcome).toBe('allowed-by-root');
    const denied = run({ principal, action: 'kms:CreateKey', resource: '*' });
    expect(denied.message).toBe(
      `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: kms:CreateKey on resource: * because no identity-based policy allows the kms:CreateKey action`,
    );
    const create = policy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:CreateKey', Resource: '*' }] }, 'identity');
    expect(
      run({ principal, action: 'kms:CreateKey', resource: '*', identityPolicies: [{ policyName: 'c', document: create }] }).outcome,
    ).toBe('allowed-by-iam');
  });

  it('aws:PrincipalArn with ArnLike matches a role (not its session ARN)', () => {
    const iam = makeIam();
    const role = iam.createRole({ roleName: 'AppRole' });
    const principal = principalOf(iam, role.roleArn);
    expect(principal.arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/AppRole/kmslab-session`);
    const keyPolicy = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 'kms:Encrypt',
          Resource: '*',
          Condition: {
            ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/App*` },
            StringEquals: { 'kms:CallerAccount': ACCOUNT },
          },
        },
      ],
    };
    expect(run({ principal, action: 'kms:Encrypt', key: key(keyPolicy) }).outcome).toBe('allowed-by-key-policy');
    const alice = principalOf(iam, iam.createUser({ userName: 'alice' }).arn);
    expect(run({ principal: alice, action: 'kms:Encrypt', key: key(keyPolicy) }).allowed).toBe(false);
  });

  it('kms:KeySpec / kms:KeyUsage / NumericLessThan / Bool conditions', () => {
    const { principal } = setup();
    const cond = (condition: object) =>
      key({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` },
            Action: 'kms:*',
            Resource: '*',
            Condition: condition,
          },
        ],
      });
    expect(
      run({
        principal,
        action: 'kms:Encrypt',
        key: cond({ StringEquals: { 'kms:KeySpec': 'SYMMETRIC_DEFAULT', 'kms:KeyUsage': 'ENCRYPT_DECRYPT' } }),
      }).allowed,
    ).toBe(true);
    expect(run({ principal, action: 'kms:Encrypt', key: cond({ StringEquals: { 'kms:KeySpec': 'RSA_2048' } }) }).allowed).toBe(false);
    const window = cond({ NumericLessThan: { 'kms:ScheduleKeyDeletionPendingWindowInDays': 20 } });
    expect(run({ principal, action: 'kms:ScheduleKeyDeletion', key: window, request: { PendingWindowInDays: 7 } }).allowed).toBe(true);
    expect(run({ principal, action: 'kms:ScheduleKeyDeletion', key: window, request: { PendingWindowInDays: 30 } }).allowed).toBe(false);
    const aws = cond({ Bool: { 'kms:GrantIsForAWSResource': true } });
    expect(run({ principal, action: 'kms:CreateGrant', key: aws, viaService: `ebs.${REGION}.amazonaws.com` }).allowed).toBe(true);
    expect(run({ principal, action: 'kms:CreateGrant', key: aws }).allowed).toBe(false);
    const alias = cond({ 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/finance' } });
    expect(run({ principal, action: 'kms:Encrypt', key: alias, keyAliases: ['alias/finance', 'alias/x'] }).allowed).toBe(true);
    expect(run({ principal, action: 'kms:Encrypt', key: alias, keyAliases: [] }).allowed).toBe(false);
    const req = cond({ StringLike: { 'kms:RequestAlias': 'alias/app-*' } });
    expect(run({ principal, action: 'kms:Encrypt', key: req, request: { KeyId: 'alias/app-prod' } }).allowed).toBe(true);
    expect(run({ principal, action: 'kms:Encrypt', key: req, request: { KeyId: KEY_ARN } }).allowed).toBe(false);
  });

  it('IfExists and negated operators treat a missing key as satisfied', () => {
    const { principal } = setup();
    const cond = (condition: object) =>
      key({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` },
            Action: 'kms:*',
            Resource: '*',
            Condition: condition,
          },
        ],
      });
    const ifExists = cond({ StringEqualsIfExists: { 'kms:ViaService': `s3.${REGION}.amazonaws.com` } });
    expect(run({ principal, action: 'kms:Encrypt', key: ifExists }).allowed).toBe(true);
    expect(run({ principal, action: 'kms:Encrypt', key: ifExists, viaService: `rds.${REGION}.amazonaws.com` }).allowed).toBe(false);
    const notEq = cond({ StringNotEquals: { 'kms:ViaService': `lambda.${REGION}.amazonaws.com` } });
    expect(run({ principal, action: 'kms:Encrypt', key: notEq }).allowed).toBe(true);
    expect(run({ principal, action: 'kms:Encrypt', key: notEq, viaService: `lambda.${REGION}.amazonaws.com` }).allowed).toBe(false);
  });
});

describe('validateKeyPolicy', () => {
  const facts = {
    arn: KEY_ARN,
    accountId: ACCOUNT,
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    keyManager: 'CUSTOMER',
    multiRegion: false,
  };
  it('rejects unknown principals with the AWS sentence and a hint', () => {
    const iam = makeIam();
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        ...DEFAULT_POLICY.Statement,
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/ghost` }, Action: 'kms:*', Resource: '*' },
      ],
    });
    const r = validateKeyPolicy({ text, iam, caller: principalOf(iam, ROOT), key: facts, region: REGION, now: NOW });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.message.startsWith(INVALID_PRINCIPALS_MESSAGE)).toBe(true);
      expect(r.problem.message).toContain('user/ghost');
    }
  });

  it('runs the lockout safety check unless bypassed', () => {
    const iam = makeIam();
    const alice = iam.createUser({ userName: 'alice' });
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: alice.arn }, Action: 'kms:Encrypt', Resource: '*' }],
    });
    const r = validateKeyPolicy({ text, iam, caller: principalOf(iam, ROOT), key: facts, region: REGION, now: NOW });
    expect(!r.ok && r.problem.message.startsWith(LOCKOUT_MESSAGE)).toBe(true);
    expect(
      validateKeyPolicy({
        text,
        iam,
        caller: principalOf(iam, ROOT),
        key: facts,
        region: REGION,
        now: NOW,
        bypassPolicyLockoutSafetyCheck: true,
      }).ok,
    ).toBe(true);
    expect(
      validateKeyPolicy({ text: JSON.stringify(DEFAULT_POLICY), iam, caller: principalOf(iam, ROOT), key: facts, region: REGION, now: NOW })
        .ok,
    ).toBe(true);
  });
});

describe('grant-related and caller conditions', () => {
  it('kms:GrantOperations limits which grants a principal may create; kms:CallerAccount with Principal "*"', () => {
    const iam = makeIam();
    const principal = principalOf(iam, iam.createUser({ userName: 'alice' }).arn);
    const k = key({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'OnlyDecryptGrants',
          Effect: 'Allow',
          Principal: '*',
          Action: 'kms:CreateGrant',
          Resource: '*',
          Condition: {
            'ForAllValues:StringEquals': { 'kms:GrantOperations': ['Decrypt', 'RetireGrant'] },
            StringEquals: { 'kms:CallerAccount': ACCOUNT },
          },
        },
      ],
    });
    const grant = (ops: string[]) =>
      run({ principal, action: 'kms:CreateGrant', key: k, request: { Operations: ops, GranteePrincipal: principal.arn } });
    expect(grant(['Decrypt']).allowed).toBe(true);
    expect(grant(['Decrypt', 'RetireGrant']).allowed).toBe(true);
    const wide = grant(['Decrypt', 'Encrypt']);
    expect(wide.allowed).toBe(false);
    expect(wide.nearMisses[0]?.failedConditions[0]?.key).toBe('kms:GrantOperations');
    const outsider = principalOf(iam, iam.createUser({ userName: 'x', accountId: OTHER }).arn);
    expect(
      run({
        principal: outsider,
        action: 'kms:CreateGrant',
        key: k,
        request: { Operations: ['Decrypt'] },
        identityPolicies: [{ policyName: 'p', document: allowIdentity('kms:*') }],
      }).allowed,
    ).toBe(false);
  });
});

describe('grants in evaluation', () => {
  const grant = (over: Partial<GrantRecord> = {}): GrantRecord => ({
    grantId: 'a'.repeat(64),
    grantToken: 'tok',
    keyArn: KEY_ARN,
    keyAccountId: ACCOUNT,
    region: REGION,
    granteePrincipal: `arn:aws:iam::${ACCOUNT}:user/alice`,
    issuingAccount: ROOT,
    operations: ['Decrypt', 'DescribeKey'],
    constraints: { EncryptionContextEquals: { Dept: 'IT' } },
    creationDate: NOW,
    ...over,
  });

  it('constraints apply to Decrypt (keys case-insensitive) but not to DescribeKey; an explicit deny still wins', () => {
    const { principal } = setup();
    const k = key(DEFAULT_POLICY);
    const decrypt = (ctx: Record<string, string> | undefined) =>
      run({ principal, action: 'kms:Decrypt', key: k, grants: [grant()], request: ctx ? { EncryptionContext: ctx } : {} });
    expect(decrypt({ dept: 'IT' }).outcome).toBe('allowed-by-grant');
    expect(decrypt({ Dept: 'it' }).allowed).toBe(false);
    expect(decrypt({ Dept: 'IT', More: 'x' }).allowed).toBe(false);
    expect(decrypt(undefined).grantNotes[0]).toContain('requires EncryptionContextEquals {"Dept":"IT"}');
    expect(run({ principal, action: 'kms:DescribeKey', key: k, grants: [grant()] }).outcome).toBe('allowed-by-grant');
    expect(run({ principal, action: 'kms:Encrypt', key: k, grants: [grant()] }).allowed).toBe(false);
    const deny = policy({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'kms:*', Resource: '*' }] }, 'identity');
    const d = run({
      principal,
      action: 'kms:DescribeKey',
      key: k,
      grants: [grant()],
      identityPolicies: [{ policyName: 'Quarantine', document: deny }],
    });
    expect(d.outcome).toBe('explicit-deny');
  });

  it('a grant for a role covers its session; a grant for another key does not apply', () => {
    const iam = makeIam();
    const role = iam.createRole({ roleName: 'Worker' });
    const session = principalOf(iam, role.roleArn);
    const k = key(DEFAULT_POLICY);
    expect(
      run({ principal: session, action: 'kms:DescribeKey', key: k, grants: [grant({ granteePrincipal: role.roleArn })] }).allowed,
    ).toBe(true);
    expect(
      run({
        principal: session,
        action: 'kms:DescribeKey',
        key: k,
        grants: [grant({ granteePrincipal: role.roleArn, keyArn: `${KEY_ARN}x` })],
      }).allowed,
    ).toBe(false);
  });
});

describe('validateKeyPolicy: groups', () => {
  it('rejects an IAM group as principal with InvalidArnException', () => {
    const iam = makeIam();
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        ...DEFAULT_POLICY.Statement,
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:group/admins` }, Action: 'kms:*', Resource: '*' },
      ],
    });
    const facts = {
      arn: KEY_ARN,
      accountId: ACCOUNT,
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      origin: 'AWS_KMS',
      keyManager: 'CUSTOMER',
      multiRegion: false,
    };
    const r = validateKeyPolicy({ text, iam, caller: principalOf(iam, ROOT), key: facts, region: REGION, now: NOW });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.name).toBe('InvalidArnException');
      expect(r.problem.message).toContain('Groups cannot be principals');
    }
  });
});

describe('policy variables', () => {
  it('${aws:username} in a condition value ties the encryption context to the caller', () => {
    const iam = makeIam();
    const alice = principalOf(iam, iam.createUser({ userName: 'alice' }).arn);
    const own = policy(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'kms:Decrypt',
            Resource: '*',
            Condition: { StringEquals: { 'kms:EncryptionContext:Owner': '${aws:username}' } },
          },
        ],
      },
      'identity',
    );
    const dec = (owner: string) =>
      run({
        principal: alice,
        action: 'kms:Decrypt',
        key: key(DEFAULT_POLICY),
        request: { EncryptionContext: { Owner: owner } },
        identityPolicies: [{ policyName: 'Own', document: own }],
      });
    expect(dec('alice').allowed).toBe(true);
    expect(dec('bob').allowed).toBe(false);
    // In a 2008-10-17 policy a variable is literal text, so it never equals the context value.
    const legacy = policy(
      {
        Version: '2008-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'kms:Decrypt',
            Resource: '*',
            Condition: { StringEquals: { 'kms:EncryptionContext:Owner': '${aws:username}' } },
          },
        ],
      },
      'identity',
    );
    expect(
      run({
        principal: alice,
        action: 'kms:Decrypt',
        key: key(DEFAULT_POLICY),
        request: { EncryptionContext: { Owner: 'alice' } },
        identityPolicies: [{ policyName: 'Old', document: legacy }],
      }).allowed,
    ).toBe(false);
  });
});
