/** Shared fixtures for the access-control unit tests: a simulated IAM and keys with chosen policies. */
import { createIam, type Iam, type IamPrincipal } from '@/kms/access/iam';
import { parsePolicyDocument, type PolicyDocument } from '@/kms/access/policy-document';
import type { EvaluationKey } from '@/kms/access/evaluate-policy';

export const ACCOUNT = '111122223333';
export const OTHER = '444455556666';
export const REGION = 'us-east-1';
export const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

/** Deterministic counter-based random so access key ids are stable in a test. */
export function counterRandom(): (b: Uint8Array) => void {
  let n = 0;
  return (b) => {
    for (let i = 0; i < b.length; i++) b[i] = (n++ * 37 + 11) & 0xff;
  };
}

export function makeIam(): Iam {
  return createIam({
    accountId: ACCOUNT,
    rootAccessKeyId: 'AKIAKMSLABROOT0000001',
    rootSecretAccessKey: 'secret',
    random: counterRandom(),
    now: () => Date.UTC(2026, 0, 1),
  });
}

export function policy(doc: object, kind: 'key' | 'identity' = 'key'): PolicyDocument {
  const result = parsePolicyDocument(JSON.stringify(doc), kind);
  if (!result.ok) throw new Error(result.problem.message);
  return result.document;
}

export function key(doc: object, overrides: Partial<EvaluationKey> = {}): EvaluationKey {
  return {
    arn: KEY_ARN,
    accountId: ACCOUNT,
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    keyManager: 'CUSTOMER',
    multiRegion: false,
    policy: policy(doc),
    ...overrides,
  };
}

export function principalOf(iam: Iam, arn: string): IamPrincipal {
  const p = iam.principalForArn(arn);
  if (!p) throw new Error(`no principal ${arn}`);
  return p;
}

export const DEFAULT_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
};
