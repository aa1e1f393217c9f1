/**
 * Small helpers for the ARN shapes access control reasons about (IAM principals and KMS keys).
 * Kept separate from policy code so the IAM simulator, the evaluator and the audit trail agree
 * on one parser.
 */

/** The partition every simulated account lives in. */
export const PARTITION = 'aws';

/** A parsed ARN: `arn:<partition>:<service>:<region>:<account>:<resource>`. */
export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  accountId: string;
  resource: string;
}

/** Parses an ARN, or returns undefined when the text is not ARN-shaped. */
export function parseArn(arn: string): ParsedArn | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition = '', service = '', region = '', accountId = ''] = parts;
  // The resource part may itself contain colons (rarely, but e.g. in some service ARNs).
  const resource = parts.slice(5).join(':');
  if (!partition || !service || !resource) return undefined;
  return { partition, service, region, accountId, resource };
}

/** True for a 12-digit AWS account ID. */
export function isAccountId(text: string): boolean {
  return /^\d{12}$/.test(text);
}

/** `arn:aws:iam::<account>:root`: the account principal ("the account and its administrators"). */
export function accountRootArn(accountId: string): string {
  return `arn:${PARTITION}:iam::${accountId}:root`;
}

/** `arn:aws:iam::<account>:user/<name>`. */
export function userArn(accountId: string, userName: string): string {
  return `arn:${PARTITION}:iam::${accountId}:user/${userName}`;
}

/** `arn:aws:iam::<account>:role/<name>`. */
export function roleArn(accountId: string, roleName: string): string {
  return `arn:${PARTITION}:iam::${accountId}:role/${roleName}`;
}

/** `arn:aws:sts::<account>:assumed-role/<role>/<session>`: who a role's temporary credentials are. */
export function assumedRoleArn(accountId: string, roleName: string, sessionName: string): string {
  return `arn:${PARTITION}:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
}
