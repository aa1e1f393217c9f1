/**
 * CreateGrant: lets a grantee principal use a key for a list of operations, optionally only with a
 * given encryption context. https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html
 */
import type { CreateGrantRequest, GrantConstraints as SdkGrantConstraints } from '@aws-sdk/client-kms';
import { errors, validationError } from '../../errors';
import { KEY_STATES } from '../../key-state';
import type { KeyRecord } from '../../model';
import { apiDoc, checkGrantTokens, checkLength } from '../../operations/shared';
import { defineKeyOperation, type OperationDefinition } from '../../operations/types';
import { accountRootArn, parseArn } from '../arn';
import { GRANT_OPERATIONS, grantOperationsForKeyUsage, isGrantOperation, type GrantConstraints, type GrantOperation } from '../grant-model';
import type { GrantOperationDeps } from './deps';

/** Grants per key (docs/kms-facts.md §1.4). */
export const MAX_GRANTS_PER_KEY = 50_000;
const NAME_RE = /^[a-zA-Z0-9:/_-]+$/;
const SERVICE_PRINCIPAL = /^[a-z0-9.-]+\.amazonaws\.com$/;

function checkConstraintMap(map: unknown, field: string): Record<string, string> | undefined {
  if (map === undefined || map === null) return undefined;
  if (typeof map !== 'object' || Array.isArray(map)) throw errors.serialization(`'${field}' must be a map of strings.`);
  const entries = Object.entries(map as Record<string, unknown>);
  // Each constraint holds at most 8 pairs, values up to 384 characters (API-CreateGrant Constraints).
  if (entries.length > 8)
    throw errors.validation(`${field} has more than 8 encryption context pairs.`).explained('A grant constraint holds at most 8 pairs.');
  for (const [, v] of entries) {
    if (typeof v !== 'string') throw errors.serialization(`Values of '${field}' must be strings.`);
    if (v.length > 384)
      throw errors
        .validation(`An encryption context value in ${field} is longer than 384 characters.`)
        .explained('Values in a grant constraint are at most 384 characters.');
  }
  return map as Record<string, string>;
}

/** Request validation (KeyId, GranteePrincipal and Operations were checked present by the dispatcher). */
function validateCreateGrant(input: CreateGrantRequest): void {
  checkLength(input, 'KeyId', 1, 2048);
  checkLength(input, 'GranteePrincipal', 1, 256);
  checkLength(input, 'RetiringPrincipal', 1, 256);
  checkLength(input, 'Name', 1, 256);
  checkGrantTokens(input);
  const operations: unknown = input.Operations;
  if (!Array.isArray(operations)) throw errors.serialization("'Operations' must be a list of strings.");
  if (operations.length === 0) throw validationError('operations', 'Member must have length greater than or equal to 1');
  operations.forEach((op: unknown, i) => {
    if (!isGrantOperation(op)) {
      throw validationError(
        `operations.${i + 1}.member`,
        `Member must satisfy enum value set: [${GRANT_OPERATIONS.join(', ')}]`,
        String(op),
      );
    }
  });
  if (operations.every((op: unknown) => op === 'CreateGrant')) {
    // AWS's wording for this case (reported by botocore users).
    throw errors
      .validation('Grants must not contain only the CreateGrant operation.')
      .explained('A grant that allows only CreateGrant could never be used; add the operations the grantee needs.');
  }
  if (input.Name !== undefined && !NAME_RE.test(input.Name)) {
    throw validationError('name', 'Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$', input.Name);
  }
  if (input.Constraints !== undefined) {
    const eq = checkConstraintMap(input.Constraints.EncryptionContextEquals, 'EncryptionContextEquals');
    const sub = checkConstraintMap(input.Constraints.EncryptionContextSubset, 'EncryptionContextSubset');
    if (eq && sub)
      throw errors
        .validation('Only one of EncryptionContextEquals and EncryptionContextSubset may be specified.')
        .explained('A grant has one kind of encryption context constraint: an exact match (Equals) or a subset (Subset).');
  }
}

/** The grantee and retiring principal must be service principals or existing IAM principals. */
function checkPrincipals(deps: GrantOperationDeps, input: { GranteePrincipal: string; RetiringPrincipal?: string | undefined }): void {
  for (const [field, principal] of [
    ['GranteePrincipal', input.GranteePrincipal],
    ['RetiringPrincipal', input.RetiringPrincipal],
  ] as const) {
    if (principal === undefined) continue;
    if (SERVICE_PRINCIPAL.test(principal)) continue;
    const arn = parseArn(principal);
    if (!arn || (arn.service !== 'iam' && arn.service !== 'sts')) {
      throw errors
        .invalidArn(`${principal} is not a valid ARN.`)
        .explained(`${field} takes the ARN of a user, a role, a role session or an account root, or an AWS service principal.`);
    }
    if (!deps.iam.principalExists(principal)) {
      throw errors
        .validation(`Invalid ${field}: ${principal}`)
        .explained(
          `${principal} does not exist in the simulated IAM. Create the user or role first (Principals tab, or kms.iam.createUser / createRole).`,
        );
    }
  }
}

/** The operations must suit the key, and only symmetric keys take encryption context constraints. */
function grantConstraints(
  key: KeyRecord,
  operations: readonly GrantOperation[],
  given: SdkGrantConstraints | undefined,
): GrantConstraints | undefined {
  const allowed = grantOperationsForKeyUsage(key.keyUsage, key.keySpec);
  const unsupported = operations.filter((op) => !allowed.has(op));
  if (unsupported.length > 0) {
    throw errors
      .validation(`Grant operations ${unsupported.join(', ')} are not valid for ${key.arn}.`)
      .explained(`A ${key.keySpec} key with key usage ${key.keyUsage} takes the grant operations ${[...allowed].join(', ')}.`);
  }
  const eq = given?.EncryptionContextEquals;
  const sub = given?.EncryptionContextSubset;
  const constraints: GrantConstraints | undefined = eq
    ? { EncryptionContextEquals: { ...eq } }
    : sub
      ? { EncryptionContextSubset: { ...sub } }
      : undefined;
  if (constraints && key.keySpec !== 'SYMMETRIC_DEFAULT') {
    throw errors
      .validation(`Grant constraints are not valid for ${key.arn}.`)
      .explained(
        'Encryption context constraints apply only to symmetric encryption keys; asymmetric and HMAC keys take no encryption context.',
      );
  }
  return constraints;
}

/** Builds the CreateGrant operation. */
export function createGrantOperation(deps: GrantOperationDeps): OperationDefinition {
  return defineKeyOperation({
    name: 'CreateGrant',
    docUrl: apiDoc('CreateGrant'),
    description:
      'Gives a grantee principal permission to use a key for specific operations, optionally only with a given encryption context.',
    action: 'kms:CreateGrant',
    required: ['KeyId', 'GranteePrincipal', 'Operations'],
    key: { param: 'KeyId', forms: 'idOrArn' },
    keyStates: KEY_STATES.use,
    mutates: true,
    validate: validateCreateGrant,
    run({ input, key, principal }) {
      checkPrincipals(deps, input);
      // validate() let only grant operations through.
      const operations = [...new Set(input.Operations.filter(isGrantOperation))];
      const constraints = grantConstraints(key, operations, input.Constraints);
      if (deps.grants.forKey(key.arn).length >= MAX_GRANTS_PER_KEY) {
        throw errors
          .limitExceeded(`Grants per key quota exceeded for ${key.arn}.`)
          .explained(`A key can have at most ${MAX_GRANTS_PER_KEY} grants. Retire or revoke grants you no longer need.`);
      }
      if (input.DryRun) throw errors.dryRun();
      const newGrant: Parameters<typeof deps.grants.create>[0] = {
        keyArn: key.arn,
        keyAccountId: key.accountId,
        region: key.region,
        granteePrincipal: input.GranteePrincipal,
        issuingAccount: accountRootArn(principal.accountId),
        operations,
      };
      if (input.RetiringPrincipal) newGrant.retiringPrincipal = input.RetiringPrincipal;
      if (constraints) newGrant.constraints = constraints;
      if (input.Name) newGrant.name = input.Name;
      const { grant } = deps.grants.create(newGrant);
      return { GrantToken: grant.grantToken, GrantId: grant.grantId };
    },
  });
}
