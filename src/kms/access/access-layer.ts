/**
 * The access layer the simulator plugs in (see src/kms/access-hooks.ts): IAM principals, key policy
 * evaluation, grants, key policy validation and the audit trail, behind the core's hooks.
 */
import type { AccessCore, AccessLayer, AuthorizationDecision, AuthorizationRequest, Principal, RequestRecord } from '../access-hooks';
import { KmsError } from '../errors';
import { ROOT_SECRET_ACCESS_KEY, ROOT_ACCESS_KEY_ID } from '../ids';
import type { KeyRecord } from '../model';
import { accountRootArn } from './arn';
import { AUDIT_ID_SEED, nextAuditIdSeed, toAuditRecord } from './audit-event';
import { AuditTrail } from './audit-trail';
import { evaluateAccess, type AccessDecision, type EvaluationKey } from './evaluate-policy';
import { isGrantee, type GrantRecord } from './grant-model';
import { GrantStore } from './grant-store';
import { createIam, type Iam, type IamPrincipal, type IamState } from './iam';
import { createGrantOperations } from './operations';
import { parsePolicyDocument, type PolicyDocument } from './policy-document';
import { validateKeyPolicy } from './validate-key-policy';

/** Options for {@link createAccessLayer}. */
export interface AccessLayerOptions {
  /** Audit trail size bound. Default 500. */
  maxAuditEvents?: number;
}

const IAM_COLLECTION = 'iam';
const EMPTY_POLICY: PolicyDocument = { version: '2012-10-17', statements: [] };

function toCorePrincipal(p: IamPrincipal, accessKeyId: string): Principal {
  return {
    type: p.type === 'Root' ? 'root' : p.type === 'IAMUser' ? 'user' : 'role',
    arn: p.arn,
    accountId: p.accountId,
    accessKeyId,
    name: p.name,
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
  let idSeed = AUDIT_ID_SEED;
  let suppressPersist = false;
  iam.subscribe(() => {
    if (!suppressPersist) void core.store.put(IAM_COLLECTION, 'state', iam.exportState());
  });

  const policyCache = new Map<string, PolicyDocument>();
  const parsedKeyPolicy = (text: string): PolicyDocument => {
    let doc = policyCache.get(text);
    if (!doc) {
      const r = parsePolicyDocument(text, 'key');
      // A stored policy was validated when set; if it somehow is not parseable it allows nothing.
      doc = r.ok ? r.document : EMPTY_POLICY;
      if (policyCache.size > 500) policyCache.clear();
      policyCache.set(text, doc);
    }
    return doc;
  };

  const evaluationKey = (key: KeyRecord, policy = parsedKeyPolicy(key.policy)): EvaluationKey => ({
    arn: key.arn,
    accountId: key.accountId,
    keySpec: key.keySpec,
    keyUsage: key.keyUsage,
    origin: key.origin,
    keyManager: key.keyManager,
    multiRegion: key.multiRegion,
    multiRegionRole: key.multiRegionRole,
    tags: key.tags,
    policy,
    principalIds: key.policyPrincipalIds,
  });

  const resolveIamPrincipal = (p: Principal): IamPrincipal =>
    iam.resolveAccessKey(p.accessKeyId) ??
    iam.principalForArn(p.arn) ?? {
      type: p.type === 'root' ? 'Root' : p.type === 'user' ? 'IAMUser' : 'AssumedRole',
      arn: p.arn,
      policyArn: p.arn,
      accountId: p.accountId,
      name: p.name,
      principalId: p.accountId,
    };

  // What every request derives from IAM (the caller, its parsed identity policies) is cached until IAM
  // changes (iam.revision), instead of being rebuilt for each permission check and audit record.
  let cachedRevision = -1;
  const principalCache = new Map<string, { arn: string; principal: IamPrincipal }>();
  let identityPolicyCache = new WeakMap<IamPrincipal, Array<{ policyName: string; document: PolicyDocument }>>();
  const syncCaches = (): void => {
    if (cachedRevision === iam.revision) return;
    principalCache.clear();
    identityPolicyCache = new WeakMap();
    cachedRevision = iam.revision;
  };
  const principalOf = (p: Principal): IamPrincipal => {
    syncCaches();
    const hit = principalCache.get(p.accessKeyId);
    if (hit && hit.arn === p.arn) return hit.principal;
    const principal = resolveIamPrincipal(p);
    if (principalCache.size >= 1000) principalCache.clear();
    principalCache.set(p.accessKeyId, { arn: p.arn, principal });
    return principal;
  };
  const identityPoliciesOf = (principal: IamPrincipal): Array<{ policyName: string; document: PolicyDocument }> => {
    // Keyed by the principal object, which principalOf caches for the same IAM revision.
    syncCaches();
    let policies = identityPolicyCache.get(principal);
    if (!policies) {
      policies = iam.identityPolicies(principal);
      identityPolicyCache.set(principal, policies);
    }
    return policies;
  };

  /** Grant tokens must be ones this simulator issued (AWS: InvalidGrantTokenException). */
  /**
   * Decisions reused for identical checks. A decision that evaluated no Condition or policy variable and
   * consulted no grant depends only on the caller (a principal object, replaced when IAM changes, with
   * its identity policies), the action, the resource and the key (its parsed policy object, replaced
   * when the policy text changes, the principal IDs saved with it, ARN and account), so the same check
   * gets the same decision object.
   * This is the common case: the default key policy has no Condition.
   */
  type CachedDecision = {
    policy: PolicyDocument | undefined;
    bindings: KeyRecord['policyPrincipalIds'];
    keyArn: string | undefined;
    keyAccountId: string | undefined;
    decision: AccessDecision;
  };
  let decisionCache = new WeakMap<IamPrincipal, Map<string, Map<string, CachedDecision>>>();

  const checkGrantTokens = (tokens: string[]): void => {
    for (const token of tokens) {
      if (typeof token !== 'string' || !grants.isKnownToken(token)) {
        throw new KmsError(
          'InvalidGrantTokenException',
          'A grant token in GrantTokens is not valid. Use a GrantToken returned by CreateGrant.',
        );
      }
    }
  };

  /** RetireGrant is decided by the grant itself (retiring principal, grantee with RetireGrant, issuing account). */
  const retireDecision = (req: AuthorizationRequest, principal: IamPrincipal): AccessDecision | undefined => {
    const { GrantToken, GrantId } = req.request as { GrantToken?: string; GrantId?: string };
    const grant: GrantRecord | undefined = GrantToken ? grants.byToken(GrantToken) : GrantId ? grants.get(GrantId) : undefined;
    if (!grant) return undefined;
    const base = {
      action: req.action,
      resource: req.resource,
      principalArn: principal.arn,
      allowedBy: [],
      deniedBy: [],
      nearMisses: [],
      grantNotes: [],
    };
    const grantInfo = { grantId: grant.grantId, operations: [...grant.operations], ...(grant.name ? { name: grant.name } : {}) };
    if (grant.retiringPrincipal && (grant.retiringPrincipal === principal.arn || grant.retiringPrincipal === principal.policyArn)) {
      return {
        ...base,
        allowed: true,
        outcome: 'allowed-by-grant',
        grant: grantInfo,
        explanation: `Allowed: ${principal.arn} is the retiring principal of grant ${grant.grantId}.`,
      };
    }
    if (isGrantee(grant, principal) && grant.operations.includes('RetireGrant')) {
      return {
        ...base,
        allowed: true,
        outcome: 'allowed-by-grant',
        grant: grantInfo,
        explanation: `Allowed: grant ${grant.grantId} lists RetireGrant for its grantee ${principal.arn}.`,
      };
    }
    if (principal.type === 'Root' && accountRootArn(principal.accountId) === grant.issuingAccount) {
      return {
        ...base,
        allowed: true,
        outcome: 'allowed-by-root',
        grant: grantInfo,
        explanation: `Allowed: the root user of ${principal.accountId}, the account that created grant ${grant.grantId}, may retire it.`,
      };
    }
    return undefined;
  };

  const authorize = (req: AuthorizationRequest): AuthorizationDecision => {
    checkGrantTokens(req.grantTokens);
    const principal = principalOf(req.principal);
    if (req.action === 'kms:RetireGrant') {
      const special = retireDecision(req, principal);
      if (special) return special;
    }
    const record = req.key;
    const policy = record ? parsedKeyPolicy(record.policy) : undefined;
    let byResource = decisionCache.get(principal)?.get(req.action);
    const hit = byResource?.get(req.resource);
    if (
      hit &&
      hit.policy === policy &&
      hit.bindings === record?.policyPrincipalIds &&
      hit.keyArn === record?.arn &&
      hit.keyAccountId === record?.accountId
    )
      return hit.decision;

    // Grants and the key's aliases are looked up only if the decision needs them (most checks end at
    // the key policy, and only a condition on kms:ResourceAliases reads the aliases). Either lookup
    // marks the decision as depending on the request or on grants, so it is not reused.
    let dynamic = false;
    const decision = evaluateAccess({
      principal,
      action: req.action,
      operation: req.operation,
      resource: req.resource,
      region: req.region,
      request: req.request,
      key: record ? evaluationKey(record, policy) : undefined,
      identityPolicies: identityPoliciesOf(principal),
      grantsOf: () => {
        dynamic = true;
        return record ? grants.forKey(record.arn) : [];
      },
      viaService: req.viaService,
      // evaluateAccess reads this exactly when it builds the condition context (a Condition or a
      // policy variable was evaluated): then the decision depends on the request.
      keyAliasesOf: () => {
        dynamic = true;
        return req.keyAliases;
      },
      now: core.now(),
    });
    if (!dynamic) {
      let byAction = decisionCache.get(principal);
      if (!byAction) decisionCache.set(principal, (byAction = new Map<string, Map<string, CachedDecision>>()));
      if (!byResource) byAction.set(req.action, (byResource = new Map<string, CachedDecision>()));
      if (byResource.size >= 256) byResource.clear();
      byResource.set(req.resource, {
        policy,
        bindings: record?.policyPrincipalIds,
        keyArn: record?.arn,
        keyAccountId: record?.accountId,
        decision,
      });
    }
    return decision;
  };

  const layer: AccessLayer<Iam, AuditTrail> = {
    resolvePrincipal(accessKeyId) {
      const p = iam.resolveAccessKey(accessKeyId);
      return p ? toCorePrincipal(p, accessKeyId) : undefined;
    },
    authorizer: { authorize },
    audit: {
      record(record: RequestRecord) {
        const principal = record.principal ? principalOf(record.principal) : undefined;
        // The compact record is redacted now; the CloudTrail-shaped event is built when read.
        const entry = toAuditRecord(record, principal);
        entry.idSeed = idSeed;
        idSeed = nextAuditIdSeed(idSeed);
        auditTrail.addRecord(entry);
      },
    },
    operations: createGrantOperations({ grants, iam }),
    async load() {
      const rows = await core.store.getAll(IAM_COLLECTION);
      const state = rows.find((r) => r.id === 'state')?.value as IamState | undefined;
      suppressPersist = true;
      try {
        iam.importState(state);
      } finally {
        suppressPersist = false;
      }
      await grants.load();
      await auditTrail.load();
    },
    async reset() {
      suppressPersist = true;
      try {
        iam.reset();
      } finally {
        suppressPersist = false;
      }
      grants.reset();
      auditTrail.reset();
      policyCache.clear();
      decisionCache = new WeakMap();
    },
    // PutKeyPolicy passes the key, so a policy naming its ARN is checked against the right resource.
    validatePolicy(args) {
      const caller = principalOf(args.principal);
      const keyFacts = args.key
        ? evaluationKey(args.key)
        : {
            // CreateKey: the key does not exist yet; "Resource": "*" in a key policy means this key.
            arn: `arn:aws:kms:${args.region ?? 'us-east-1'}:${args.accountId}:key/new-key`,
            accountId: args.accountId,
            keySpec: 'SYMMETRIC_DEFAULT',
            keyUsage: 'ENCRYPT_DECRYPT',
            origin: 'AWS_KMS',
            keyManager: 'CUSTOMER',
            multiRegion: false,
          };
      const result = validateKeyPolicy({
        text: args.policy,
        iam,
        caller,
        key: keyFacts,
        region: args.region ?? 'us-east-1',
        now: core.now(),
        bypassPolicyLockoutSafetyCheck: args.bypassLockoutCheck,
      });
      if (!result.ok) throw new KmsError(result.problem.name, result.problem.message);
      // As AWS does when it saves a policy: each user or role named is bound to its unique ID, so a
      // principal deleted and created again with the same name is not the one the policy names.
      const ids: Record<string, string> = {};
      for (const st of result.document.statements) {
        for (const name of [...(st.principal?.aws ?? []), ...(st.notPrincipal?.aws ?? [])]) {
          const id = iam.uniqueIdOf(name);
          if (id) ids[name] = id;
        }
      }
      return Object.keys(ids).length ? ids : undefined;
    },
    onKeyDeleted(key) {
      grants.removeForKey(key.arn);
    },
    iam,
    auditTrail,
  };
  return layer;
}
