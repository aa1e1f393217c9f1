/** Looks up the grant a RetireGrant/RevokeGrant request names, with AWS's errors. */
import { KmsError } from '../../errors';
import type { GrantRecord } from '../grant-model';
import type { GrantStore } from '../grant-store';

const GRANT_ID_RE = /^[0-9a-f]{64}$/;

/** Throws InvalidGrantIdException for a malformed ID, NotFoundException when there is no such grant on the key. */
export function findGrantById(grants: GrantStore, keyArn: string, grantId: string): GrantRecord {
  if (!GRANT_ID_RE.test(grantId))
    throw new KmsError('InvalidGrantIdException', `Grant ID ${grantId} is not valid.`).explained(
      'Grant IDs are 64 hexadecimal characters; ListGrants shows them.',
    );
  const grant = grants.get(grantId);
  if (!grant || grant.keyArn !== keyArn)
    throw new KmsError('NotFoundException', `Grant ID ${grantId} not found for ${keyArn}.`).explained(
      'The grant may have been retired or revoked already, or belong to another key.',
    );
  return grant;
}

/** Throws InvalidGrantTokenException for a token the simulator never issued, NotFoundException when its grant is gone. */
export function findGrantByToken(grants: GrantStore, token: string): GrantRecord {
  if (!grants.isKnownToken(token))
    throw new KmsError('InvalidGrantTokenException', 'The grant token is not valid.').explained(
      'Use the GrantToken that CreateGrant returned.',
    );
  const grant = grants.byToken(token);
  if (!grant)
    throw new KmsError('NotFoundException', 'The grant for this grant token was not found.').explained(
      'The grant was retired or revoked; its token no longer names a grant.',
    );
  return grant;
}
