/**
 * CreateGrant: lets a grantee principal use a key for a list of operations, optionally only with a
 * given encryption context. https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html
 */
import { errors, validationError } from '../../errors';
import { KEY_STATES } from '../../key-state';
import { apiDoc, checkGrantTokens, checkLength, requireMember } from '../../operations/shared';
import type { OperationDefinition } from '../../operations/types';
import { accountRootArn, parseArn } from '../arn';
import { GRANT_OPERATIONS, grantOperationsForKeyUsage, type GrantConstraints, type GrantOperation } from '../grant-model';
import type { GrantOperationDeps } from './deps';

/** Grants per key (docs/kms-facts.md §1.4). */
export const MAX_GRANTS_PER_KEY = 50_000;
const NAME_RE = /^[a-zA-Z0-9:/_-]+$/;
const SERVICE_PRINCIPAL = /^[a-z0-9.-]+\.amazonaws\.com$/;

interface CreateGrantInput {
  KeyId: string;
  GranteePrincipal: string;
  RetiringPrincipal?: string;
  Operations: string[];
  Constraints?: GrantConstraints;
  GrantTokens?: string[];
  Name?: string;
  DryRun?: boolean;
}

function checkConstraintMap(map: unknown, field: string): Record<string, string> | undefined {
  if (map === undefined || map === null) return undefined;
  if (typeof map !== 'object' || Array.isArray(map)) throw errors.serialization(`'${field}' must be a map of strings.`);
  const entries = Object.entries(map as Record<string, unknown>);
  // Each constraint holds at most 8 pairs, values up to 384 characters (API-CreateGrant Constraints).
  if (entries.length > 8) throw errors.validation(`The ${field} grant constraint can have at most 8 encryption context pairs.`);
  for (const [, v] of entries) {
    if (typeof v !== 'string') throw errors.serialization(`Values of '${field}' must be strings.`);
    if (v.length > 384) throw errors.validation(`An encryption context value in ${field} is longer than 384 characters.`);
  }
  return map as Record<string, string>;
}

/** Builds the CreateGrant operation. */
export function createGrantOperation(deps: GrantOperationDeps): OperationDefinition<CreateGrantInput> {
  return {
    name: 'CreateGrant',
    docUrl: apiDoc('CreateGrant'),
    description:
      'Gives a grantee principal permission to use a key for specific operations, optionally only with a given encryption context.',
    action: 'kms:CreateGrant',
    target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
    keyStates: KEY_STATES.use,
    customerManagedOnly: false,
    mutates: true,
    validate(input) {
      requireMember(input as unknown as Record<string, unknown>, 'KeyId');
      requireMember(input as unknown as Record<string, unknown>, 'GranteePrincipal');
      requireMember(input as unknown as Record<string, unknown>, 'Operations');
      const raw = input as unknown as Record<string, unknown>;
      checkLength(raw, 'KeyId', 1, 2048);
      checkLength(raw, 'GranteePrincipal', 1, 256);
      checkLength(raw, 'RetiringPrincipal', 1, 256);
      checkLength(raw, 'Name', 1, 256);
      checkGrantTokens(raw);
      if (!Array.isArray(input.Operations)) throw errors.serialization("'Operations' must be a list of strings.");
      if (input.Operations.length === 0) throw errors.validation('Operations must list at least one grant operation.');
      input.Operations.forEach((op, i) => {
        if (!(GRANT_OPERATIONS as readonly string[]).includes(op)) {
          throw validationError(
            `operations.${i + 1}.member`,
            `Member must satisfy enum value set: [${GRANT_OPERATIONS.join(', ')}]`,
            String(op),
          );
        }
      });
      if (input.Operations.every((op) => op === 'CreateGrant')) {
        // AWS's wording for this case (reported by botocore users).
        throw errors.validation('Grants must not contain only the CreateGrant operation.');
      }
      if (input.Name !== undefined && !NAME_RE.test(input.Name)) {
        throw validationError('name', 'Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$', input.Name);
      }
      if (input.Constraints !== undefined) {
        const eq = checkConstraintMap(input.Constraints?.EncryptionContextEquals, 'EncryptionContextEquals');
        const sub = checkConstraintMap(input.Constraints?.EncryptionContextSubset, 'EncryptionContextSubset');
        if (eq && sub) throw errors.validation('Specify only one grant constraint: EncryptionContextEquals or EncryptionContextSubset.');
      }
    },
    run(ctx) {
      const input = ctx.input;
      const key = ctx.key!;
      for (const [field, principal] of [
        ['GranteePrincipal', input.GranteePrincipal],
        ['RetiringPrincipal', input.RetiringPrincipal],
      ] as const) {
        if (principal === undefined) continue;
        if (SERVICE_PRINCIPAL.test(principal)) continue;
        const arn = parseArn(principal);
        if (!arn || (arn.service !== 'iam' && arn.service !== 'sts')) {
          throw errors.invalidArn(`${field} "${principal}" is not a valid principal ARN. Use the ARN of a user, role or account root.`);
        }
        if (!deps.iam.principalExists(principal)) {
          throw errors.validation(`${field} ${principal} does not exist. Create the user or role first (kms.iam.createUser / createRole).`);
        }
      }
      const allowed = grantOperationsForKeyUsage(key.keyUsage, key.keySpec);
      const unsupported = input.Operations.filter((op) => !allowed.has(op));
      if (unsupported.length > 0) {
        throw errors.validation(
          `Grant operations ${unsupported.join(', ')} are not valid for a ${key.keySpec} key with key usage ${key.keyUsage}. Valid: ${[...allowed].join(', ')}.`,
        );
      }
      const eq = input.Constraints?.EncryptionContextEquals;
      const sub = input.Constraints?.EncryptionContextSubset;
      const constraints: GrantConstraints | undefined = eq
        ? { EncryptionContextEquals: { ...eq } }
        : sub
          ? { EncryptionContextSubset: { ...sub } }
          : undefined;
      if (constraints && key.keySpec !== 'SYMMETRIC_DEFAULT') {
        throw errors.validation(
          'Encryption context grant constraints are only supported for symmetric encryption keys; asymmetric and HMAC keys take no encryption context.',
        );
      }
      if (deps.grants.forKey(key.arn).length >= MAX_GRANTS_PER_KEY) {
        throw errors.limitExceeded(
          `The key already has ${MAX_GRANTS_PER_KEY} grants, the quota per key. Retire or revoke grants you no longer need.`,
        );
      }
      if (input.DryRun) throw errors.dryRun();
      const newGrant: Parameters<typeof deps.grants.create>[0] = {
        keyArn: key.arn,
        keyAccountId: key.accountId,
        region: key.region,
        granteePrincipal: input.GranteePrincipal,
        issuingAccount: accountRootArn(ctx.principal.accountId),
        operations: [...new Set(input.Operations)] as GrantOperation[],
      };
      if (input.RetiringPrincipal) newGrant.retiringPrincipal = input.RetiringPrincipal;
      if (constraints) newGrant.constraints = constraints;
      if (input.Name) newGrant.name = input.Name;
      const { grant } = deps.grants.create(newGrant);
      return { GrantToken: grant.grantToken, GrantId: grant.grantId };
    },
  };
}
