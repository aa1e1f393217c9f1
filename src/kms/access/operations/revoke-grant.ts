/**
 * RevokeGrant: deletes a grant; needs kms:RevokeGrant on the key (key policy / IAM), typically a key
 * administrator's permission. https://docs.aws.amazon.com/kms/latest/APIReference/API_RevokeGrant.html
 */
import { errors } from '../../errors';
import { KEY_STATES } from '../../key-state';
import { apiDoc, checkLength, requireMember } from '../../operations/shared';
import type { OperationDefinition } from '../../operations/types';
import type { GrantOperationDeps } from './deps';
import { findGrantById } from './find-grant';

interface RevokeGrantInput {
  KeyId: string;
  GrantId: string;
  DryRun?: boolean;
}

/** Builds the RevokeGrant operation. */
export function revokeGrantOperation(deps: GrantOperationDeps): OperationDefinition<RevokeGrantInput> {
  return {
    name: 'RevokeGrant',
    docUrl: apiDoc('RevokeGrant'),
    description: 'Deletes a grant on a key; needs kms:RevokeGrant permission in the key policy or IAM.',
    action: 'kms:RevokeGrant',
    target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
    keyStates: KEY_STATES.any,
    mutates: true,
    validate(input) {
      const raw = input as unknown as Record<string, unknown>;
      requireMember(raw, 'KeyId');
      requireMember(raw, 'GrantId');
      checkLength(raw, 'KeyId', 1, 2048);
      checkLength(raw, 'GrantId', 1, 128);
    },
    run(ctx) {
      const grant = findGrantById(deps.grants, ctx.key!.arn, ctx.input.GrantId);
      if (ctx.input.DryRun) throw errors.dryRun();
      deps.grants.remove(grant.grantId);
      return {};
    },
  };
}
