/**
 * Policy evaluation for one KMS permission check, the way AWS describes it
 * (https://docs.aws.amazon.com/kms/latest/developerguide/determining-access.html, docs/kms-facts.md §10):
 *
 * 1. An explicit Deny in the key policy or the caller's identity policies wins.
 * 2. Otherwise the key policy must allow: either the caller directly (its ARN or `*`), or the
 *    caller's account (`arn:aws:iam::<acct>:root`), which delegates to IAM: then an identity policy
 *    must allow too. A caller from another account always needs both.
 * 3. Otherwise a grant for the caller that lists the operation allows it.
 * 4. Otherwise: implicit deny.
 *
 * The result explains itself: the statement (policy, index, Sid) or grant that allowed, the deny that
 * blocked, or the statements that came close and why they did not apply.
 */
import { accountRootArn } from './arn';
import { buildConditionContext, type ConditionContext, type ConditionKeyFacts } from './condition-context';
import { evaluateConditionOperator } from './condition-operators';
import { grantAllows, isGrantee, type GrantRecord } from './grant-model';
import type { IamPrincipal } from './iam';
import type { ConditionClause, PolicyDocument, PolicyStatement, PrincipalSet } from './policy-document';
import { wildcardMatch } from './wildcard';

/** Which policy a statement came from. */
export type PolicySource = { kind: 'key-policy'; keyArn: string } | { kind: 'identity-policy'; policyName: string; principalArn: string };

/** A statement that mattered to the decision. */
export interface StatementRef {
  source: PolicySource;
  /** Zero-based position in the policy's Statement list. */
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  /** For key policy Allows: whether it names the caller (or `*`) or the caller's account. */
  principalMatch?: 'caller' | 'any' | 'account';
}

/** A statement that matched principal, action and resource but whose conditions failed. */
export interface NearMiss {
  statement: StatementRef;
  failedConditions: Array<{ operator: string; key: string; expected: string[]; actual: string[] | undefined }>;
}

/** How the check ended. */
export type DecisionOutcome =
  | 'explicit-deny'
  | 'allowed-by-key-policy'
  | 'allowed-by-key-policy-and-iam'
  | 'allowed-by-iam'
  | 'allowed-by-root'
  | 'allowed-by-grant'
  | 'implicit-deny';

/** The decision for one permission check, with its explanation. Also an `AuthorizationDecision`. */
export interface AccessDecision {
  allowed: boolean;
  outcome: DecisionOutcome;
  action: string;
  /** Key ARN, alias ARN or `*`. */
  resource: string;
  principalArn: string;
  /** Statements that allowed (key policy and/or identity policy). */
  allowedBy: StatementRef[];
  /** The grant that allowed, when outcome is `allowed-by-grant`. */
  grant?: { grantId: string; name?: string; operations: string[] };
  /** Every explicit Deny that matched. */
  deniedBy: StatementRef[];
  /** For denials: which kind of policy was missing an Allow or had the Deny. */
  denialKind?: 'resource-based' | 'identity-based';
  /** Statements and grants that almost applied, and why not. */
  nearMisses: NearMiss[];
  grantNotes: string[];
  /** One or two sentences a learner can read. */
  explanation: string;
  /** AccessDeniedException message in AWS's shape (only when denied). */
  message?: string;
}

/** The key as evaluation sees it. */
export interface EvaluationKey extends ConditionKeyFacts {
  policy: PolicyDocument;
  /** Unique IDs of the users and roles the policy named when saved, by ARN (see KeyRecord.policyPrincipalIds). */
  principalIds?: Readonly<Record<string, string>> | undefined;
}

/** The caller's IAM unique ID: AIDA... for a user, the AROA... part of a role session's id. */
function uniqueIdOf(principal: IamPrincipal): string {
  return principal.principalId.split(':')[0]!;
}

/** Inputs for {@link evaluateAccess}. */
export interface EvaluationInput {
  principal: IamPrincipal;
  action: string;
  operation: string;
  /** Key ARN, alias ARN (alias checks are IAM-only) or `*` (account-level actions). */
  resource: string;
  region: string;
  request: Record<string, unknown>;
  key?: EvaluationKey | undefined;
  identityPolicies: Array<{ policyName: string; document: PolicyDocument }>;
  grants?: GrantRecord[];
  /** Lazy alternative to `grants`: called only when the decision reaches the grant check. */
  grantsOf?: () => GrantRecord[];
  viaService?: string | undefined;
  keyAliases?: string[];
  /** Lazy alternative to `keyAliases`: called only if a condition needs the context. */
  keyAliasesOf?: () => string[];
  now: number;
  /** Precomputed context (tests and the lockout check pass their own). */
  context?: ConditionContext;
}

/** What evaluation reads from a condition context: lookups by lower-cased key. */
type ContextLookup = Pick<ConditionContext, 'get'>;

/**
 * A condition context built on its first lookup. Most checks never look anything up (the default key
 * policy has no Condition and no policy variable), and building the full context was the largest
 * single cost of a permission check.
 */
function lazyContext(input: EvaluationInput): ContextLookup {
  let built: ConditionContext | undefined;
  return {
    get: (name: string) =>
      (built ??= buildConditionContext({
        principal: input.principal,
        action: input.action,
        operation: input.operation,
        region: input.region,
        request: input.request,
        key: input.key,
        viaService: input.viaService,
        keyAliases: input.keyAliases ?? input.keyAliasesOf?.() ?? [],
        now: input.now,
      })).get(name),
  };
}

/**
 * Per-statement facts derived once per parsed statement (parsed documents are cached per policy text,
 * so this is once per policy): whether Resource entries use policy variables, and memoised answers for
 * action and resource matches, which depend only on the statement and the action or resource.
 */
interface CompiledStatement {
  actions: Map<string, boolean>;
  /** Only for statements without policy variables in Resource/NotResource. */
  resources: Map<string, boolean> | undefined;
}

const compiledStatements = new WeakMap<PolicyStatement, CompiledStatement>();
/** Bound on memoised answers per statement (actions are few; resources grow with keys). */
const MEMO_LIMIT = 256;

function compiled(st: PolicyStatement): CompiledStatement {
  let c = compiledStatements.get(st);
  if (!c) {
    const patterns = st.resource ?? st.notResource ?? [];
    c = { actions: new Map(), resources: patterns.some((p) => p.includes('${')) ? undefined : new Map() };
    compiledStatements.set(st, c);
  }
  return c;
}

function memo(map: Map<string, boolean>, key: string, compute: () => boolean): boolean {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

type PrincipalBindings = EvaluationKey['principalIds'];

/** The ARN the key policy names for the caller's name but bound to another (deleted) principal, if any. */
function earlierNamesake(key: EvaluationKey, principal: IamPrincipal): { arn: string; uniqueId: string } | undefined {
  if (principal.type === 'Root' || !key.principalIds) return undefined;
  for (const arn of [principal.arn, principal.policyArn]) {
    const bound = key.principalIds[arn];
    if (bound !== undefined && bound !== uniqueIdOf(principal)) return { arn, uniqueId: bound };
  }
  return undefined;
}

function principalSetMatch(
  set: PrincipalSet,
  principal: IamPrincipal,
  rootArn: string,
  bound: PrincipalBindings,
): 'caller' | 'any' | 'account' | undefined {
  if (set.any) return 'any';
  // Root *is* the account, so for root a match is reported as the account principal. A user or role
  // matches by ARN and, when the policy recorded one, by the unique ID it had when the policy was saved.
  const names = (name: string) =>
    (name === principal.arn || name === principal.policyArn) && (bound?.[name] === undefined || bound[name] === uniqueIdOf(principal));
  if (principal.type !== 'Root' && set.aws.some(names)) return 'caller';
  if (set.aws.includes(rootArn)) return 'account';
  return undefined;
}

function statementPrincipal(
  st: PolicyStatement,
  principal: IamPrincipal,
  rootArn: string,
  bound?: PrincipalBindings,
): 'caller' | 'any' | 'account' | undefined {
  if (st.principal) return principalSetMatch(st.principal, principal, rootArn, bound);
  if (st.notPrincipal) return principalSetMatch(st.notPrincipal, principal, rootArn, bound) ? undefined : 'any';
  return undefined;
}

function actionMatchesUncached(st: PolicyStatement, action: string): boolean {
  if (st.action) return st.action.some((pattern) => wildcardMatch(pattern, action, { ignoreCase: true }));
  if (st.notAction) return !st.notAction.some((pattern) => wildcardMatch(pattern, action, { ignoreCase: true }));
  return false;
}

function actionMatches(st: PolicyStatement, action: string): boolean {
  const actions = compiled(st).actions;
  const hit = actions.get(action);
  return hit !== undefined ? hit : memo(actions, action, () => actionMatchesUncached(st, action));
}

type Substitute = (text: string) => string | undefined;

/**
 * IAM policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`, escapes `${*}` `${?}` `${$}`)
 * in Resource and condition values, for policies with Version 2012-10-17. A variable the request has
 * no value for makes the text unusable (it matches nothing), as IAM documents.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
function substituter(version: string, ctx: ContextLookup): Substitute {
  if (version !== '2012-10-17') return (text) => text;
  return (text) => {
    if (!text.includes('${')) return text;
    let missing = false;
    const out = text.replace(/\$\{([^}]+)\}/g, (_, name: string) => {
      if (name === '*' || name === '?' || name === '$') return name;
      const value = ctx.get(name.trim().toLowerCase());
      if (!value || value.length !== 1) {
        missing = true;
        return '';
      }
      return value[0]!;
    });
    return missing ? undefined : out;
  };
}

function resourceMatchesUncached(st: PolicyStatement, target: string, sub: Substitute): boolean {
  const match = (pattern: string): boolean => {
    const p = sub(pattern);
    return p !== undefined && wildcardMatch(p, target);
  };
  if (st.resource) return st.resource.some(match);
  if (st.notResource) return !st.notResource.some(match);
  return false;
}

function resourceMatches(
  st: PolicyStatement,
  resource: string,
  inKeyPolicy: boolean,
  keyArn: string | undefined,
  sub: Substitute,
): boolean {
  // In a key policy, "Resource": "*" means "this key"; a named ARN must be this key's ARN.
  const target = inKeyPolicy && keyArn ? keyArn : resource;
  // Without policy variables the answer depends only on the statement and the target.
  const memoised = compiled(st).resources;
  if (!memoised) return resourceMatchesUncached(st, target, sub);
  const hit = memoised.get(target);
  return hit !== undefined ? hit : memo(memoised, target, () => resourceMatchesUncached(st, target, sub));
}

/** Shared "no failures" result (never mutated: only non-empty lists are kept as near misses). */
const NO_FAILURES: NearMiss['failedConditions'] = [];

function conditionFailures(clauses: ConditionClause[], ctx: ContextLookup, sub: Substitute): NearMiss['failedConditions'] {
  if (clauses.length === 0) return NO_FAILURES;
  const failed: NearMiss['failedConditions'] = [];
  for (const clause of clauses) {
    const actual = ctx.get(clause.key.toLowerCase());
    const values = clause.values.map(sub).filter((v): v is string => v !== undefined);
    if (!evaluateConditionOperator(clause.operator, values, actual)) {
      failed.push({ operator: clause.operator.name, key: clause.key, expected: clause.values, actual });
    }
  }
  return failed;
}

interface Matched {
  ref: StatementRef;
  failed: NearMiss['failedConditions'];
}

function scanKeyPolicy(key: EvaluationKey, input: EvaluationInput, ctx: ContextLookup): Matched[] {
  const out: Matched[] = [];
  const sub = substituter(key.policy.version, ctx);
  const rootArn = accountRootArn(input.principal.accountId);
  for (const st of key.policy.statements) {
    const principalMatch = statementPrincipal(st, input.principal, rootArn, key.principalIds);
    if (!principalMatch) continue;
    if (!actionMatches(st, input.action) || !resourceMatches(st, input.resource, true, key.arn, sub)) continue;
    const ref: StatementRef = { source: { kind: 'key-policy', keyArn: key.arn }, index: st.index, effect: st.effect, principalMatch };
    if (st.sid !== undefined) ref.sid = st.sid;
    out.push({ ref, failed: conditionFailures(st.conditions, ctx, sub) });
  }
  return out;
}

function scanIdentityPolicies(input: EvaluationInput, ctx: ContextLookup): Matched[] {
  const out: Matched[] = [];
  for (const { policyName, document } of input.identityPolicies) {
    const sub = substituter(document.version, ctx);
    for (const st of document.statements) {
      if (!actionMatches(st, input.action) || !resourceMatches(st, input.resource, false, undefined, sub)) continue;
      const ref: StatementRef = {
        source: { kind: 'identity-policy', policyName, principalArn: input.principal.policyArn },
        index: st.index,
        effect: st.effect,
      };
      if (st.sid !== undefined) ref.sid = st.sid;
      out.push({ ref, failed: conditionFailures(st.conditions, ctx, sub) });
    }
  }
  return out;
}

/** "statement 1 (Sid "Enable IAM User Permissions") of the key policy" */
export function describeStatementRef(ref: StatementRef): string {
  const which = `statement ${ref.index + 1}${ref.sid ? ` (Sid "${ref.sid}")` : ''}`;
  return ref.source.kind === 'key-policy' ? `${which} of the key policy` : `${which} of identity policy "${ref.source.policyName}"`;
}

function describeFailure(f: NearMiss['failedConditions'][number]): string {
  const actual =
    f.actual === undefined || f.actual.length === 0
      ? 'the request has no such key'
      : `the request has ${JSON.stringify(f.actual.length === 1 ? f.actual[0] : f.actual)}`;
  const expected = f.expected.length === 1 ? JSON.stringify(f.expected[0]) : JSON.stringify(f.expected);
  return `${f.operator} ${f.key} ${expected} (${actual})`;
}

/** Human sentence for a near miss. */
export function describeNearMiss(miss: NearMiss): string {
  return `${describeStatementRef(miss.statement)} would ${miss.statement.effect === 'Allow' ? 'allow' : 'deny'} this, but its condition is not met: ${miss.failedConditions.map(describeFailure).join('; ')}`;
}

/** The AccessDeniedException message in AWS's shape. */
export function accessDeniedMessage(
  principalArn: string,
  action: string,
  resource: string,
  reason: { kind: 'resource-based' | 'identity-based'; explicit: boolean },
): string {
  const tail = reason.explicit
    ? `with an explicit deny in ${reason.kind === 'resource-based' ? 'a resource-based' : 'an identity-based'} policy`
    : `because no ${reason.kind} policy allows the ${action} action`;
  return `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource} ${tail}`;
}

/** Statements with this effect whose conditions all held. */
function applying(matches: Matched[], effect: 'Allow' | 'Deny'): StatementRef[] {
  const out: StatementRef[] = [];
  for (const m of matches) if (m.failed.length === 0 && m.ref.effect === effect) out.push(m.ref);
  return out;
}

/** The fields every decision of one check shares. */
type DecisionBase = Pick<AccessDecision, 'action' | 'resource' | 'principalArn' | 'nearMisses' | 'grantNotes'>;

/**
 * Builds a decision with one fixed shape. (Spreading a shared base into each result literal made V8
 * build every decision the slow way; this was the largest cost left in a permission check.)
 */
function decision(base: DecisionBase, parts: Omit<AccessDecision, keyof DecisionBase> & { grantNotes?: string[] }): AccessDecision {
  const d: AccessDecision = {
    allowed: parts.allowed,
    outcome: parts.outcome,
    action: base.action,
    resource: base.resource,
    principalArn: base.principalArn,
    allowedBy: parts.allowedBy,
    deniedBy: parts.deniedBy,
    nearMisses: base.nearMisses,
    grantNotes: parts.grantNotes ?? base.grantNotes,
    explanation: parts.explanation,
  };
  if (parts.grant !== undefined) d.grant = parts.grant;
  if (parts.denialKind !== undefined) d.denialKind = parts.denialKind;
  if (parts.message !== undefined) d.message = parts.message;
  return d;
}

/**
 * Decides one permission check. Pure: same input, same decision.
 */
export function evaluateAccess(input: EvaluationInput): AccessDecision {
  const { principal, action, resource, key } = input;
  const ctx: ContextLookup = input.context ?? lazyContext(input);
  const isAliasResource = /^arn:aws:kms:[^:]*:\d{12}:alias\//.test(resource);
  // Alias permissions are checked against IAM only; the key policy governs the key.
  const keyPolicyApplies = key !== undefined && !isAliasResource;
  const keyMatches = keyPolicyApplies ? scanKeyPolicy(key, input, ctx) : [];
  const idMatches = input.identityPolicies.length > 0 ? scanIdentityPolicies(input, ctx) : [];
  const nearMisses: NearMiss[] = [];
  for (const m of keyMatches) if (m.failed.length > 0) nearMisses.push({ statement: m.ref, failedConditions: m.failed });
  for (const m of idMatches) if (m.failed.length > 0) nearMisses.push({ statement: m.ref, failedConditions: m.failed });
  const base: DecisionBase = { action, resource, principalArn: principal.arn, nearMisses, grantNotes: [] };

  // 1. Explicit deny anywhere wins. An account principal in a Deny covers every identity of the account.
  const keyDenies = applying(keyMatches, 'Deny');
  const idDenies = applying(idMatches, 'Deny');
  if (keyDenies.length > 0 || idDenies.length > 0) {
    const kind = keyDenies.length > 0 ? 'resource-based' : 'identity-based';
    const first = (keyDenies[0] ?? idDenies[0])!;
    return decision(base, {
      allowed: false,
      outcome: 'explicit-deny',
      allowedBy: [],
      deniedBy: [...keyDenies, ...idDenies],
      denialKind: kind,
      explanation: `Denied: ${describeStatementRef(first)} explicitly denies ${action}. An explicit Deny overrides every Allow.`,
      message: accessDeniedMessage(principal.arn, action, resource, { kind, explicit: true }),
    });
  }

  const crossAccount = key !== undefined && key.accountId !== principal.accountId;
  const isRoot = principal.type === 'Root';
  const keyAllows = applying(keyMatches, 'Allow');
  const idAllows = applying(idMatches, 'Allow');
  const directAllow = keyAllows.find((r) => r.principalMatch === 'caller' || r.principalMatch === 'any');
  const accountAllow = keyAllows.find((r) => r.principalMatch === 'account');
  // Root is the account itself: it needs no identity policy in its own account.
  const identityOk = isRoot || idAllows.length > 0;

  if (keyPolicyApplies) {
    if (directAllow && !crossAccount) {
      return decision(base, {
        allowed: true,
        outcome: 'allowed-by-key-policy',
        allowedBy: [directAllow],
        deniedBy: [],
        explanation: `Allowed by ${describeStatementRef(directAllow)}, which names ${directAllow.principalMatch === 'any' ? 'any principal ("*")' : 'this principal'}.`,
      });
    }
    if (accountAllow && !crossAccount && isRoot) {
      return decision(base, {
        allowed: true,
        outcome: 'allowed-by-root',
        allowedBy: [accountAllow],
        deniedBy: [],
        explanation: `Allowed by ${describeStatementRef(accountAllow)}: it names the account, and the caller is the account's root user.`,
      });
    }
    const keyOk = directAllow ?? accountAllow;
    if (keyOk && identityOk) {
      const idRef = idAllows[0];
      return decision(base, {
        allowed: true,
        outcome: 'allowed-by-key-policy-and-iam',
        allowedBy: idRef ? [keyOk, idRef] : [keyOk],
        deniedBy: [],
        explanation: crossAccount
          ? `Allowed across accounts: ${describeStatementRef(keyOk)} allows account ${principal.accountId}${idRef ? `, and ${describeStatementRef(idRef)} in that account allows the caller` : " and the caller is that account's root user"}.`
          : `Allowed: ${describeStatementRef(keyOk)} lets the account use IAM policies, and ${describeStatementRef(idRef!)} allows ${action}.`,
      });
    }
    // 3. Grants.
    const grantResult = checkGrants(input);
    if (grantResult.grant) {
      const g = grantResult.grant;
      const grant: AccessDecision['grant'] = { grantId: g.grantId, operations: [...g.operations] };
      if (g.name) grant.name = g.name;
      return decision(base, {
        grantNotes: grantResult.notes,
        allowed: true,
        outcome: 'allowed-by-grant',
        allowedBy: [],
        grant,
        deniedBy: [],
        explanation: `Allowed by grant ${g.name ? `"${g.name}" ` : ''}${g.grantId}, which gives ${g.granteePrincipal} ${g.operations.join(', ')} on this key.`,
      });
    }
    // 4. Implicit deny: say which half was missing.
    const kind: 'resource-based' | 'identity-based' = keyOk ? 'identity-based' : 'resource-based';
    let explanation: string;
    if (keyOk && crossAccount) {
      explanation = `Denied: ${describeStatementRef(keyOk)} allows account ${principal.accountId}, but no identity policy of ${principal.arn} in that account allows ${action}. Cross-account use needs both.`;
    } else if (keyOk) {
      explanation = `Denied: ${describeStatementRef(keyOk)} lets the account delegate with IAM, but no identity policy of ${principal.arn} allows ${action} on this key.`;
    } else if (idAllows.length > 0) {
      explanation = `Denied: ${describeStatementRef(idAllows[0]!)} allows ${action}, but the key policy neither allows this principal nor enables IAM policies for account ${principal.accountId}${crossAccount ? ' (the key belongs to another account)' : ''}. IAM policies alone cannot give access to a KMS key.`;
    } else {
      explanation = `Denied: no statement in the key policy allows ${principal.arn} to perform ${action}, and no grant does.`;
    }
    const earlier = earlierNamesake(key, principal);
    if (earlier) {
      explanation += ` The key policy names ${earlier.arn}, but it was saved when that name belonged to an earlier ${principal.type === 'IAMUser' ? 'user' : 'role'} (unique ID ${earlier.uniqueId}). A user or role deleted and created again is a new principal; save the key policy again (PutKeyPolicy) to name this one.`;
    }
    return decision(base, {
      grantNotes: grantResult.notes,
      allowed: false,
      outcome: 'implicit-deny',
      allowedBy: [],
      deniedBy: [],
      denialKind: kind,
      explanation: withNearMisses(explanation, nearMisses, grantResult.notes),
      message: accessDeniedMessage(principal.arn, action, resource, { kind, explicit: false }),
    });
  }

  // Account-level actions (CreateKey, ListKeys, GenerateRandom, ...) and alias resources: IAM only.
  if (isRoot) {
    return decision(base, {
      allowed: true,
      outcome: 'allowed-by-root',
      allowedBy: [],
      deniedBy: [],
      explanation: `Allowed: ${action} on ${resource} is controlled by IAM only, and the root user of account ${principal.accountId} has every IAM permission.`,
    });
  }
  if (idAllows.length > 0) {
    return decision(base, {
      allowed: true,
      outcome: 'allowed-by-iam',
      allowedBy: [idAllows[0]!],
      deniedBy: [],
      explanation: `Allowed by ${describeStatementRef(idAllows[0]!)}. ${action} on ${resource} is controlled by IAM policies only.`,
    });
  }
  return decision(base, {
    allowed: false,
    outcome: 'implicit-deny',
    allowedBy: [],
    deniedBy: [],
    denialKind: 'identity-based',
    explanation: withNearMisses(
      `Denied: ${action} on ${resource} needs an IAM policy that allows it, and no identity policy of ${principal.arn} does.`,
      nearMisses,
      [],
    ),
    message: accessDeniedMessage(principal.arn, action, resource, { kind: 'identity-based', explicit: false }),
  });
}

function withNearMisses(text: string, misses: NearMiss[], grantNotes: string[]): string {
  const extra = [...misses.filter((m) => m.statement.effect === 'Allow').map(describeNearMiss), ...grantNotes];
  return extra.length > 0 ? `${text} Close: ${extra.join('. ')}.` : text;
}

function checkGrants(input: EvaluationInput): { grant?: GrantRecord; notes: string[] } {
  const notes: string[] = [];
  for (const grant of input.grants ?? input.grantsOf?.() ?? []) {
    if (input.key && grant.keyArn !== input.key.arn) continue;
    if (!isGrantee(grant, input.principal)) continue;
    const check = grantAllows(grant, input.principal, input.action, input.request);
    if (check.allows) return { grant, notes };
    if (check.reason) notes.push(check.reason);
  }
  return { notes };
}
