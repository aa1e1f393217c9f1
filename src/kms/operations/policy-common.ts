/** Key policy name rules (API-ListKeyPolicies: the only valid name is `default`). */
import { KmsError } from '../errors';

/** The only valid key policy name. */
export const POLICY_NAME = 'default';

/** NotFoundException for a policy name other than `default` (AWS's exact wording is unconfirmed). */
export function checkPolicyName(name: string | undefined): void {
  if (name !== undefined && name !== POLICY_NAME)
    throw new KmsError('NotFoundException', `Key policy '${name}' does not exist.`).explained(
      'Every KMS key has exactly one key policy, named "default".',
    );
}
