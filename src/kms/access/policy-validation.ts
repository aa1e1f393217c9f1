/**
 * The key policy hook for CreateKey, PutKeyPolicy and ReplicateKey: the full validation of
 * validate-key-policy.ts (principals exist, lockout safety), and the unique IDs of the users and roles
 * the policy names, which the core saves with it (KeyRecord.policyPrincipalIds).
 */
import { KmsError } from '../errors';
import type { PolicyCheck } from '../operations/types';
import type { ConditionKeyFacts } from './condition-context';
import type { Iam } from './iam';
import { evaluationKey, type KeyPolicyCache } from './key-policies';
import { validateKeyPolicy } from './validate-key-policy';

/** Validates a key policy; throws MalformedPolicyDocumentException (or what validation names). */
export function validatePolicyHook(
  iam: Iam,
  keyPolicies: KeyPolicyCache,
  now: number,
  check: PolicyCheck,
): Record<string, string> | undefined {
  const region = check.region ?? 'us-east-1';
  // PutKeyPolicy passes the key, so a policy naming its ARN is checked against the right resource.
  const keyFacts: ConditionKeyFacts = check.key
    ? evaluationKey(check.key, keyPolicies.parsed(check.key.policy))
    : {
        // CreateKey: the key does not exist yet; "Resource": "*" in a key policy means this key.
        arn: `arn:aws:kms:${region}:${check.accountId}:key/new-key`,
        accountId: check.accountId,
        keySpec: 'SYMMETRIC_DEFAULT',
        keyUsage: 'ENCRYPT_DECRYPT',
        origin: 'AWS_KMS',
        keyManager: 'CUSTOMER',
        multiRegion: false,
      };
  const result = validateKeyPolicy({
    text: check.policy,
    iam,
    caller: check.principal,
    key: keyFacts,
    region,
    now,
    bypassPolicyLockoutSafetyCheck: check.bypassLockoutCheck,
  });
  if (!result.ok) throw new KmsError(result.problem.name, result.problem.message);
  // As AWS does when it saves a policy: each user or role named is bound to its unique ID, so a
  // principal deleted and created again with the same name is not the one the policy names.
  const ids: Record<string, string> = {};
  for (const st of result.document.statements) {
    for (const name of [...(st.principal?.aws ?? []), ...(st.notPrincipal?.aws ?? [])]) {
      const id = iam.uniqueIdOf(name);
      if (id) ids[name] = id;
    }
  }
  return Object.keys(ids).length ? ids : undefined;
}
