/**
 * Alias name rules of CreateAlias, UpdateAlias and DeleteAlias (docs/kms-facts.md §1.2, API-CreateAlias),
 * with the exceptions and messages AWS returns. Sources for the messages: a recorded AWS response for the
 * missing prefix (LocalStack's AWS-validated snapshot `test_create_alias`, 2023), Moto's AWS-derived
 * tests for the colon, the pattern, the reserved prefix (NotAuthorizedException with an empty message)
 * and an alias as the target. KMS Lab's own advice travels as the error's explanation.
 */
import { errors, validationError } from '../errors';
import { checkLength } from './shared';

/** Per-key alias quota. */
export const MAX_ALIASES_PER_KEY = 50;

const ALIAS_DOC = 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html';
const PATTERN = '^[a-zA-Z0-9:/_-]+$';

/** ValidationException for a name without the `alias/` prefix, as AWS words it. */
const missingPrefix = () =>
  errors
    .validation(`Alias must start with the prefix "alias/". Please see ${ALIAS_DOC}`)
    .explained('An alias name is alias/ followed by a name, for example alias/my-app-key.');

/**
 * Validates an AliasName member (already known to be present), in the order AWS applies the rules: the
 * API model's length and pattern first (model validation precedes the service's own checks), then the
 * prefix, the reserved `alias/aws/` prefix, and the colon (the model's pattern allows it, the service
 * does not).
 */
export function validateAliasName(name: string): void {
  checkLength({ AliasName: name }, 'AliasName', 1, 256);
  if (!new RegExp(PATTERN).test(name))
    throw validationError('aliasName', `Member must satisfy regular expression pattern: ${PATTERN}`, name);
  if (!name.startsWith('alias/')) throw missingPrefix();
  if (name.startsWith('alias/aws/'))
    throw errors
      .notAuthorized()
      .explained('Alias names beginning with alias/aws/ are reserved for AWS managed keys: AWS creates and deletes them, you cannot.');
  if (name.includes(':'))
    throw errors
      .validation(`${name} contains invalid characters for an alias`)
      .explained('An alias may contain only letters, digits, forward slashes (/), underscores (_) and dashes (-).');
}

/** True when a key identifier names an alias (alias name or alias ARN) rather than a key. */
export const isAliasIdentifier = (id: string) => id.startsWith('alias/') || /^arn:[^:]+:kms:[^:]*:[^:]*:alias\//.test(id);

/** CreateAlias and UpdateAlias point an alias at a key, never at another alias. */
export function validateAliasTarget(targetKeyId: string): void {
  if (isAliasIdentifier(targetKeyId))
    throw errors
      .validation('Aliases must refer to keys. Not aliases')
      .explained('TargetKeyId takes the key ID or key ARN of a customer managed key. Look the key up with DescribeKey first.');
}

/** Services whose AWS managed key aliases exist (without a key) before first use. */
export const PREDEFINED_AWS_ALIASES = ['alias/aws/ebs', 'alias/aws/rds', 'alias/aws/s3', 'alias/aws/secretsmanager'];
