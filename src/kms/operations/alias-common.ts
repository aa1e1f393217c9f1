/** Alias name rules (docs/kms-facts.md §1.2, API-CreateAlias). */
import { errors, validationError } from '../errors';
import { checkLength, requireMember } from './shared';

/** Per-key alias quota. */
export const MAX_ALIASES_PER_KEY = 50;

/** Validates an AliasName member. */
export function validateAliasName(input: Record<string, unknown>, opts: { allowReserved: boolean }): void {
  requireMember(input, 'AliasName');
  checkLength(input, 'AliasName', 1, 256);
  const name = input.AliasName as string;
  if (!/^[a-zA-Z0-9:/_-]+$/.test(name))
    throw validationError('aliasName', 'Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$', name);
  if (!name.startsWith('alias/') || name.length === 'alias/'.length)
    throw errors.invalidAlias('Alias must start with the prefix "alias/" followed by a name, e.g. alias/my-app-key.');
  if (!opts.allowReserved && name.startsWith('alias/aws/'))
    throw errors.invalidAlias(`${name}: alias names beginning with alias/aws/ are reserved for AWS managed keys. Choose another name.`);
}

/** Services whose AWS managed key aliases exist (without a key) before first use. */
export const PREDEFINED_AWS_ALIASES = ['alias/aws/ebs', 'alias/aws/rds', 'alias/aws/s3', 'alias/aws/secretsmanager'];
