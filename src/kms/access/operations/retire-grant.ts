/**
 * RetireGrant: deletes a grant, typically by the principal that used it when it is done.
 * Who may retire is decided by the grant, not by policies: its retiring principal, its grantee when
 * the grant lists RetireGrant, or the account that created it (the access layer's authorizer applies
 * this rule). https://docs.aws.amazon.com/kms/latest/APIReference/API_RetireGrant.html
 */
import { errors } from '../../errors';
import { KEY_STATES } from '../../key-state';
import { apiDoc, checkLength } from '../../operations/shared';
import type { OperationDefinition } from '../../operations/types';
import type { GrantOperationDeps } from './deps';
import { findGrantById, findGrantByToken } from './find-grant';

interface RetireGrantInput {
  GrantToken?: string;
  KeyId?: string;
  GrantId?: string;
  DryRun?: boolean;
}

/** Builds the RetireGrant operation. */
export function retireGrantOperation(deps: GrantOperationDeps): OperationDefinition<RetireGrantInput> {
  return {
    name: 'RetireGrant',
    docUrl: apiDoc('RetireGrant'),
    description: 'Deletes a grant; done by its retiring principal, or by its grantee when the grant allows RetireGrant.',
    action: 'kms:RetireGrant',
    target: { kind: 'custom' },
    keyStates: KEY_STATES.any,
    mutates: true,
    validate(input) {
      const raw = input as unknown as Record<string, unknown>;
      checkLength(raw, 'GrantToken', 1, 8192);
      checkLength(raw, 'KeyId', 1, 2048);
      checkLength(raw, 'GrantId', 1, 128);
      if (input.GrantToken === undefined && (input.KeyId === undefined || input.GrantId === undefined)) {
        throw errors.validation('Identify the grant with GrantToken, or with both KeyId and GrantId.');
      }
    },
    resolveKey(ctx) {
      const { GrantToken, KeyId, GrantId } = ctx.input;
      if (GrantToken !== undefined) {
        const grant = findGrantByToken(deps.grants, GrantToken);
        ctx.scratch.grant = grant;
        return ctx.resolveKey(grant.keyArn, 'idOrArn');
      }
      const key = ctx.resolveKey(KeyId!, 'idOrArn');
      ctx.scratch.grant = findGrantById(deps.grants, key.arn, GrantId!);
      return key;
    },
    run(ctx) {
      const grant = ctx.scratch.grant as { grantId: string };
      if (ctx.input.DryRun) throw errors.dryRun();
      deps.grants.remove(grant.grantId);
      return {};
    },
  };
}
