/**
 * RetireGrant: deletes a grant, typically by the principal that used it when it is done.
 * Who may retire is decided by the grant, not by policies: its retiring principal, its grantee when
 * the grant lists RetireGrant, or the account that created it (the access layer's authorizer applies
 * this rule). https://docs.aws.amazon.com/kms/latest/APIReference/API_RetireGrant.html
 */
import { errors } from '../../errors';
import { KEY_STATES } from '../../key-state';
import type { KeyRecord } from '../../model';
import { apiDoc, checkLength } from '../../operations/shared';
import { defineResolvingOperation, type OperationDefinition } from '../../operations/types';
import type { GrantRecord } from '../grant-model';
import type { GrantOperationDeps } from './deps';
import { findGrantById, findGrantByToken } from './find-grant';

/** Builds the RetireGrant operation. */
export function retireGrantOperation(deps: GrantOperationDeps): OperationDefinition {
  return defineResolvingOperation({
    name: 'RetireGrant',
    docUrl: apiDoc('RetireGrant'),
    description: 'Deletes a grant; done by its retiring principal, or by its grantee when the grant allows RetireGrant.',
    action: 'kms:RetireGrant',
    required: [],
    keyStates: KEY_STATES.any,
    mutates: true,
    validate(input) {
      checkLength(input, 'GrantToken', 1, 8192);
      checkLength(input, 'KeyId', 1, 2048);
      checkLength(input, 'GrantId', 1, 128);
      if (input.GrantToken === undefined && (input.KeyId === undefined || input.GrantId === undefined)) {
        throw errors
          .validation('Grant token OR (grant ID, key ID) must be specified')
          .explained('Identify the grant with GrantToken, or with both KeyId and GrantId.');
      }
    },
    resolveKey(ctx): { key: KeyRecord; state: GrantRecord } {
      const { GrantToken, KeyId, GrantId } = ctx.input;
      if (GrantToken !== undefined) {
        const grant = findGrantByToken(deps.grants, GrantToken);
        return { key: ctx.resolveKey(grant.keyArn, 'idOrArn'), state: grant };
      }
      // validate() made sure KeyId and GrantId are both given when there is no token.
      const key = ctx.resolveKey(KeyId ?? '', 'idOrArn');
      return { key, state: findGrantById(deps.grants, key.arn, GrantId ?? '') };
    },
    run({ input, state: grant }) {
      if (input.DryRun) throw errors.dryRun();
      deps.grants.remove(grant.grantId);
      return {};
    },
  });
}
