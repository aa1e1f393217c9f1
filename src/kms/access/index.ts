/**
 * Access control for the simulated KMS: IAM principals, key policies, grants and the audit trail.
 * `createAccessLayer` is what `createKms` plugs into its hooks; the rest is exported for the console,
 * scenarios and tests (explanations, policy validation, CloudTrail-shaped events).
 */
export { createAccessLayer, type AccessLayerOptions } from './access-layer';
export {
  Iam,
  IamError,
  SECOND_ACCOUNT_ID,
  rootAccessKeyIdFor,
  rootSecretFor,
  type AttachedPolicy,
  type CreateRoleOptions,
  type CreateUserOptions,
  type IamCredentials,
  type IamPrincipal,
  type RoleCredentials,
} from './iam';
export { AuditTrail, type AuditFilter } from './audit-trail';
export type { AuditEvent, AuditAccessDecision, AuditCheck, AuditUserIdentity } from './audit-event';
export {
  evaluateAccess,
  accessDeniedMessage,
  describeStatementRef,
  describeNearMiss,
  type AccessDecision,
  type DecisionOutcome,
  type EvaluationInput,
  type NearMiss,
  type StatementRef,
} from './evaluate-policy';
export {
  parsePolicyDocument,
  KEY_POLICY_MAX_BYTES,
  type PolicyDocument,
  type PolicyParseResult,
  type PolicyProblem,
} from './policy-document';
export { validateKeyPolicy, LOCKOUT_MESSAGE, INVALID_PRINCIPALS_MESSAGE } from './validate-key-policy';
export { GRANT_OPERATIONS, type GrantOperation, type GrantRecord, type GrantConstraints } from './grant-model';
