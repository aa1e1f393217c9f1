/**
 * `createKms` as the app uses it: the core with the access layer (IAM, key policies, grants, audit)
 * plugged in by default. `createBareKms` is the core alone (allow-all authorizer, no audit), for tests
 * that isolate core behaviour.
 */
import { createAccessLayer } from './access';
import type { AuditTrail, Iam } from './access';
import type { AccessCore, AccessLayer } from './access-hooks';
import { createKms as createCoreKms, type CreateKmsOptions as CoreOptions, type Kms as CoreKms } from './create-kms';

/** A simulator with IAM (`kms.iam`) and the audit trail (`kms.audit`). */
export type Kms<TIam = Iam, TAudit = AuditTrail> = CoreKms<TIam, TAudit>;

/** Options for {@link createKms}; `access` defaults to the built-in access layer. */
export type CreateKmsOptions<TIam = Iam, TAudit = AuditTrail> = CoreOptions<TIam, TAudit>;

/** Creates a simulated KMS with access control (src/kms/access) unless `options.access` replaces it. */
export function createKms<TIam = Iam, TAudit = AuditTrail>(options: CreateKmsOptions<TIam, TAudit> = {}): Kms<TIam, TAudit> {
  const defaultAccess = (core: AccessCore) => createAccessLayer(core) as unknown as AccessLayer<TIam, TAudit>;
  return createCoreKms<TIam, TAudit>({ access: defaultAccess, ...options });
}

/** The core simulator without access control (everything allowed, nothing audited). */
export function createBareKms(options: Omit<CoreOptions, 'access'> = {}): CoreKms {
  return createCoreKms(options);
}
