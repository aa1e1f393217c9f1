/**
 * The access layer the simulator plugs in (see src/kms/access-hooks.ts): IAM principals, key policy
 * evaluation, grants, key policy validation and the audit trail, behind the core's hooks. The parts
 * live in their own modules; this file wires them to one simulator and persists IAM.
 */
import type { AccessCore, AccessLayer, RequestRecord } from '../access-hooks';
import { ROOT_SECRET_ACCESS_KEY, ROOT_ACCESS_KEY_ID } from '../ids';
import { AUDIT_ID_SEED, nextAuditIdSeed, serviceEventRecord, toAuditRecord } from './audit-event';
import { AuditTrail } from './audit-trail';
import { PolicyAuthorizer } from './authorizer';
import { CallerCache } from './callers';
import { GrantStore } from './grant-store';
import { createIam, type Iam, type IamState } from './iam';
import { KeyPolicyCache } from './key-policies';
import { createGrantOperations } from './operations';
import { validatePolicyHook } from './policy-validation';

/** Options for {@link createAccessLayer}. */
export interface AccessLayerOptions {
  /** Audit trail size bound. Default 500. */
  maxAuditEvents?: number;
}

const IAM_COLLECTION = 'iam';

/** Persists IAM on every change, except while a change comes from loading or resetting it. */
function persistIam(core: AccessCore, iam: Iam) {
  let quiet = false;
  iam.subscribe(() => {
    if (!quiet) void core.store.put(IAM_COLLECTION, 'state', iam.exportState());
  });
  const withoutPersisting = (change: () => void) => {
    quiet = true;
    try {
      change();
    } finally {
      quiet = false;
    }
  };
  return {
    async load() {
      const rows = await core.store.getAll(IAM_COLLECTION);
      const state = rows.find((r) => r.id === 'state')?.value as IamState | undefined;
      withoutPersisting(() => iam.importState(state));
    },
    reset: () => withoutPersisting(() => iam.reset()),
  };
}

/**
 * Builds the access layer for a simulator instance.
 * `createKms({ access: createAccessLayer })` wires it; `kms.iam` and `kms.audit` then expose
 * {@link Iam} and {@link AuditTrail}.
 */
export function createAccessLayer(core: AccessCore, options: AccessLayerOptions = {}): AccessLayer<Iam, AuditTrail> {
  const iam = createIam({
    accountId: core.accountId,
    rootAccessKeyId: ROOT_ACCESS_KEY_ID,
    rootSecretAccessKey: ROOT_SECRET_ACCESS_KEY,
    random: (b) => core.random(b),
    now: () => core.now(),
  });
  const grants = new GrantStore({ store: core.store, random: (b) => core.random(b), now: () => core.now() });
  const auditTrail = new AuditTrail({ store: core.store, maxEvents: options.maxAuditEvents ?? 500 });
  const iamStorage = persistIam(core, iam);
  const callers = new CallerCache(iam);
  const keyPolicies = new KeyPolicyCache();
  const authorizer = new PolicyAuthorizer({ iam, callers, keyPolicies, grants, now: () => core.now() });
  let idSeed = AUDIT_ID_SEED;

  return {
    resolvePrincipal: (accessKeyId) => callers.principal(accessKeyId),
    authorizer,
    audit: {
      record(record: RequestRecord) {
        // The compact record is redacted now; the CloudTrail-shaped event is built when read.
        const entry = toAuditRecord(record);
        entry.idSeed = idSeed;
        idSeed = nextAuditIdSeed(idSeed);
        auditTrail.addRecord(entry);
      },
      recordServiceEvent(event) {
        const entry = serviceEventRecord(event);
        entry.idSeed = idSeed;
        idSeed = nextAuditIdSeed(idSeed);
        auditTrail.addRecord(entry);
      },
    },
    operations: createGrantOperations({ grants, iam }),
    async load() {
      await iamStorage.load();
      await grants.load();
      await auditTrail.load();
      // Continue the ID sequence after the newest stored event: restarting it at every page load gave
      // new events the IDs of stored ones (duplicate React keys, cards that never left the filters).
      const newest = auditTrail.newestIdSeed();
      if (newest !== undefined) idSeed = nextAuditIdSeed(newest);
    },
    async reset() {
      iamStorage.reset();
      grants.reset();
      auditTrail.reset();
      keyPolicies.clear();
      authorizer.decisions.clear();
    },
    validatePolicy: (check) => validatePolicyHook(iam, keyPolicies, core.now(), check),
    onKeyDeleted(key) {
      grants.removeForKey(key.arn);
    },
    iam,
    auditTrail,
  };
}
