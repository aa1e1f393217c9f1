/**
 * Who is calling: the one principal model of the simulator, shared by the core (which resolves the
 * caller of each request), IAM (which issues credentials) and the access layer (which decides and
 * audits). Types are named as CloudTrail's `userIdentity.type`.
 */
import { rootArn } from './ids';

/** Kinds of caller, as CloudTrail names them in `userIdentity.type`. */
export type PrincipalType = 'Root' | 'IAMUser' | 'AssumedRole';

/** A caller. A second account's root or users are principals with another `accountId`. */
export interface Principal {
  type: PrincipalType;
  /** Who made the request: root ARN, user ARN or assumed-role session ARN. */
  arn: string;
  /** The ARN policies name: root ARN, user ARN or role ARN. */
  policyArn: string;
  /** 12-digit account the principal belongs to (keys it creates live there). */
  accountId: string;
  /** `root`, the user name or the role name. */
  name: string;
  /** CloudTrail's principalId: AIDA... for users, AROA...:session for role sessions, the account ID for root. */
  principalId: string;
  /** Role session name, for assumed roles. */
  sessionName?: string;
}

/** The root principal of an account (`arn:aws:iam::<account>:root`). */
export function rootPrincipal(accountId: string): Principal {
  const arn = rootArn(accountId);
  return { type: 'Root', arn, policyArn: arn, accountId, name: 'root', principalId: accountId };
}
