/**
 * Full validation of a key policy for CreateKey and PutKeyPolicy: structure (policy-document.ts),
 * principals that exist, and the lockout safety check.
 *
 * AWS's wording kept where it is well known ("Policy contains a statement with one or more invalid
 * principals.", "The new key policy will not allow you to update the key policy in the future."),
 * followed by our own hint about what to change.
 * Sources: docs/kms-facts.md §10 (API-CreateKey: BypassPolicyLockoutSafetyCheck; principals must exist).
 */
import { accountRootArn, parseArn } from './arn';
import type { ConditionKeyFacts } from './condition-context';
import { evaluateAccess } from './evaluate-policy';
import type { Iam, IamPrincipal } from './iam';
import { parsePolicyDocument, type PolicyDocument, type PolicyParseResult } from './policy-document';

/** Inputs for {@link validateKeyPolicy}. */
export interface ValidateKeyPolicyInput {
  text: string;
  iam: Iam;
  /** Who is setting the policy (the lockout check is about this principal). */
  caller: IamPrincipal;
  /** The key (for CreateKey: the key about to be created). */
  key: ConditionKeyFacts;
  region: string;
  now: number;
  bypassPolicyLockoutSafetyCheck?: boolean;
}

/** Message AWS returns when the lockout safety check fails. */
export const LOCKOUT_MESSAGE = 'The new key policy will not allow you to update the key policy in the future.';
/** Message AWS returns for an ARN KMS cannot use as a principal (e.g. an IAM group). */
export const INVALID_ARN_MESSAGE = 'An ARN in the specified key policy is invalid.';
/** Message AWS returns when a policy names a principal that does not exist. */
export const INVALID_PRINCIPALS_MESSAGE = 'Policy contains a statement with one or more invalid principals.';

const SERVICE_PRINCIPAL = /^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/;

/** IAM groups are not principals: KMS answers InvalidArnException (seen in aws-cdk issue #573). */
function groupPrincipal(document: PolicyDocument): string | undefined {
  for (const st of document.statements) {
    for (const name of [...(st.principal?.aws ?? []), ...(st.notPrincipal?.aws ?? [])]) {
      if (/^arn:aws:iam::\d{12}:group\//.test(name)) {
        return `Statement ${st.index + 1} names the IAM group ${name}. Groups cannot be principals in a key policy; name the users or roles, or allow the account and grant the group access with an IAM policy.`;
      }
    }
  }
  return undefined;
}

function invalidPrincipal(document: PolicyDocument, iam: Iam): string | undefined {
  for (const st of document.statements) {
    for (const set of [st.principal, st.notPrincipal]) {
      if (!set) continue;
      for (const name of set.aws) {
        const parsed = parseArn(name);
        const where = `Statement ${st.index + 1}${st.sid ? ` (Sid "${st.sid}")` : ''}`;
        if (!parsed || (parsed.service !== 'iam' && parsed.service !== 'sts')) {
          return `${where} names "${name}", which is not a principal. Use an account ID, or the ARN of the account root, a user or a role.`;
        }
        if (name.includes('*') || name.includes('?')) {
          return `${where} uses a wildcard in "${name}". Principals cannot contain wildcards; use "*" with an aws:PrincipalArn condition instead.`;
        }
        if (!iam.principalExists(name)) {
          const account = parsed.accountId;
          const hint = iam.hasAccount(account)
            ? `Create it first (kms.iam.createUser / createRole) or fix the name.`
            : `Account ${account} is not simulated; use one of ${iam.accounts().join(', ')}.`;
          return `${where} names ${name}, which does not exist. ${hint}`;
        }
      }
      for (const name of set.service) {
        if (!SERVICE_PRINCIPAL.test(name)) {
          return `Statement ${st.index + 1}: "${name}" is not a service principal (they look like "s3.amazonaws.com").`;
        }
      }
    }
  }
  return undefined;
}

/**
 * Validates a key policy as CreateKey/PutKeyPolicy would. On failure nothing should be changed: the
 * caller raises `problem.name` with `problem.message`.
 */
export function validateKeyPolicy(input: ValidateKeyPolicyInput): PolicyParseResult {
  const parsed = parsePolicyDocument(input.text, 'key');
  if (!parsed.ok) return parsed;
  const group = groupPrincipal(parsed.document);
  if (group) return { ok: false, problem: { name: 'InvalidArnException', message: `${INVALID_ARN_MESSAGE} ${group}` } };
  const bad = invalidPrincipal(parsed.document, input.iam);
  if (bad) return { ok: false, problem: { name: 'MalformedPolicyDocumentException', message: `${INVALID_PRINCIPALS_MESSAGE} ${bad}` } };
  if (!input.bypassPolicyLockoutSafetyCheck) {
    const decision = evaluateAccess({
      principal: input.caller,
      action: 'kms:PutKeyPolicy',
      operation: 'PutKeyPolicy',
      resource: input.key.arn,
      region: input.region,
      request: {},
      key: { ...input.key, policy: parsed.document },
      identityPolicies: input.iam.identityPolicies(input.caller),
      now: input.now,
    });
    if (!decision.allowed) {
      const who = input.caller.type === 'Root' ? 'the account root' : input.caller.arn;
      return {
        ok: false,
        problem: {
          name: 'MalformedPolicyDocumentException',
          message:
            `${LOCKOUT_MESSAGE} With this policy ${who} could not call PutKeyPolicy on the key. ` +
            `Keep a statement that allows kms:PutKeyPolicy for ${who} (for example the default "Enable IAM User Permissions" statement for ${accountRootArn(input.key.accountId)}), ` +
            'or set BypassPolicyLockoutSafetyCheck if you really mean it.',
        },
      };
    }
  }
  return parsed;
}
