/**
 * A small simulated IAM: accounts with a root principal, users and roles with access keys, and
 * identity policies attached to them. It exists so the simulated KMS can tell callers apart by the
 * access key id of each request, exactly as the real service does with SigV4 credentials.
 *
 * Roles are simplified: creating a role also creates one session of it (as if AssumeRole had been
 * called), whose temporary access key the caller uses. The session's ARN is
 * `arn:aws:sts::<account>:assumed-role/<role>/<session>`; policies name the role ARN.
 */
import { accountRootArn, assumedRoleArn, isAccountId, roleArn, userArn } from './arn';
import { parsePolicyDocument, type PolicyDocument } from './policy-document';

/** A second simulated account for cross-account exercises (AWS's documentation uses it too). */
export const SECOND_ACCOUNT_ID = '444455556666';

/** Kinds of caller, named as CloudTrail's `userIdentity.type`. */
export type IamPrincipalType = 'Root' | 'IAMUser' | 'AssumedRole';

/** An identity policy attached to a user or role. */
export interface AttachedPolicy {
  policyName: string;
  /** The JSON text as given. */
  document: string;
}

/** A caller as IAM knows it. */
export interface IamPrincipal {
  type: IamPrincipalType;
  /** Who made the request: root ARN, user ARN or assumed-role session ARN. */
  arn: string;
  /** The ARN policies name: root ARN, user ARN or role ARN. */
  policyArn: string;
  accountId: string;
  /** `root`, the user name or the role name. */
  name: string;
  /** CloudTrail's principalId: AIDA... for users, AROA...:session for role sessions, the account ID for root. */
  principalId: string;
  /** Role session name, for assumed roles. */
  sessionName?: string;
}

/** What createUser / createRole / createAccessKey return: the credentials to give an SDK client. */
export interface IamCredentials {
  /** The caller ARN (for a role: its session ARN). */
  arn: string;
  accountId: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** Credentials of a new role: also returns the role ARN that policies should name. */
export interface RoleCredentials extends IamCredentials {
  roleArn: string;
  sessionArn: string;
}

/** Options for {@link Iam.createUser}. */
export interface CreateUserOptions {
  userName: string;
  /** Defaults to the simulator's main account. */
  accountId?: string;
  /** Identity policies to attach right away: name -> JSON text or object. */
  policies?: Record<string, string | object>;
}

/** Options for {@link Iam.createRole}. */
export interface CreateRoleOptions {
  roleName: string;
  accountId?: string;
  /** Session name of the simulated AssumeRole; default `kmslab-session`. */
  sessionName?: string;
  policies?: Record<string, string | object>;
}

/** Error from the IAM simulator, named like IAM's own error codes. */
export class IamError extends Error {
  override readonly name: string;
  constructor(code: 'NoSuchEntity' | 'EntityAlreadyExists' | 'MalformedPolicyDocument' | 'ValidationError', message: string) {
    super(message);
    this.name = code;
  }
}

interface IdentityRecord {
  type: 'IAMUser' | 'Role';
  accountId: string;
  name: string;
  arn: string;
  uniqueId: string;
  sessionName?: string;
  policies: AttachedPolicy[];
  createDate: number;
}

interface AccessKeyRecord {
  accessKeyId: string;
  secretAccessKey: string;
  /** ARN of the user/role (policy ARN), or the root ARN. */
  ownerArn: string;
}

/** The serialisable IAM state (persisted by the access layer). */
export interface IamState {
  version: 1;
  identities: IdentityRecord[];
  accessKeys: AccessKeyRecord[];
}

/** Options for {@link createIam}. */
export interface IamOptions {
  /** Main account (root credentials are the core's ROOT_ACCESS_KEY_ID). */
  accountId: string;
  rootAccessKeyId: string;
  rootSecretAccessKey: string;
  /** Extra accounts; default [{@link SECOND_ACCOUNT_ID}]. */
  otherAccounts?: string[];
  random: (bytes: Uint8Array) => void;
  now: () => number;
}

const NAME_RE = /^[\w+=,.@-]{1,64}$/;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Access key id of an extra account's root. Deterministic so scenarios and docs can quote it:
 * `AKIAKMSLABROOT` + the last 7 digits of the account ID (444455556666 -> AKIAKMSLABROOT5556666).
 */
export function rootAccessKeyIdFor(accountId: string): string {
  return `AKIAKMSLABROOT${accountId.slice(-7)}`;
}

/** Secret paired with {@link rootAccessKeyIdFor}; never checked, it only lets the SDK sign. */
export function rootSecretFor(accountId: string): string {
  return `kmslab/root/${accountId}/EXAMPLEKEY000000000000`;
}

/** The simulated IAM. Exposed as `kms.iam`. */
export class Iam {
  readonly accountId: string;
  private readonly accountIds: string[];
  private readonly identities = new Map<string, IdentityRecord>();
  private readonly accessKeys = new Map<string, AccessKeyRecord>();
  private readonly parsed = new Map<string, PolicyDocument>();
  private changes = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: IamOptions) {
    this.accountId = options.accountId;
    this.accountIds = [options.accountId, ...(options.otherAccounts ?? [SECOND_ACCOUNT_ID])].filter((id, i, all) => all.indexOf(id) === i);
    this.installRootKeys();
  }

  /** Every simulated account, main account first. */
  accounts(): string[] {
    return [...this.accountIds];
  }

  /** True when the account exists in the simulation. */
  hasAccount(accountId: string): boolean {
    return this.accountIds.includes(accountId);
  }

  /** Root credentials of any simulated account (the main account's are ROOT_ACCESS_KEY_ID). */
  rootCredentials(accountId: string = this.accountId): IamCredentials {
    this.requireAccount(accountId);
    const record = [...this.accessKeys.values()].find((k) => k.ownerArn === accountRootArn(accountId));
    if (!record) throw new IamError('NoSuchEntity', `No root credentials for account ${accountId}.`);
    return { arn: accountRootArn(accountId), accountId, accessKeyId: record.accessKeyId, secretAccessKey: record.secretAccessKey };
  }

  /**
   * Creates an IAM user with one access key and optional identity policies.
   * @example
   * const alice = kms.iam.createUser({ userName: 'alice', policies: { UseKeys: { Version: '2012-10-17', Statement: [...] } } });
   * new KMSClient({ credentials: { accessKeyId: alice.accessKeyId, secretAccessKey: alice.secretAccessKey }, ... });
   */
  createUser(options: CreateUserOptions): IamCredentials {
    const accountId = options.accountId ?? this.accountId;
    this.requireAccount(accountId);
    this.requireName(options.userName, 'userName');
    const arn = userArn(accountId, options.userName);
    if (this.identities.has(arn)) {
      throw new IamError('EntityAlreadyExists', `User with name ${options.userName} already exists in account ${accountId}.`);
    }
    const pending = this.preparePolicies(options.policies);
    this.identities.set(arn, {
      type: 'IAMUser',
      accountId,
      name: options.userName,
      arn,
      uniqueId: `AIDA${this.randomString(17, BASE32)}`,
      policies: pending,
      createDate: this.options.now(),
    });
    const key = this.issueKey(arn);
    this.changed();
    return { arn, accountId, accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey };
  }

  /** Creates a role plus one assumed-role session with temporary credentials. */
  createRole(options: CreateRoleOptions): RoleCredentials {
    const accountId = options.accountId ?? this.accountId;
    this.requireAccount(accountId);
    this.requireName(options.roleName, 'roleName');
    const sessionName = options.sessionName ?? 'kmslab-session';
    this.requireName(sessionName, 'sessionName');
    const arn = roleArn(accountId, options.roleName);
    if (this.identities.has(arn)) {
      throw new IamError('EntityAlreadyExists', `Role with name ${options.roleName} already exists in account ${accountId}.`);
    }
    const pending = this.preparePolicies(options.policies);
    this.identities.set(arn, {
      type: 'Role',
      accountId,
      name: options.roleName,
      arn,
      uniqueId: `AROA${this.randomString(17, BASE32)}`,
      sessionName,
      policies: pending,
      createDate: this.options.now(),
    });
    // Temporary credentials start with ASIA in AWS.
    const key = this.issueKey(arn, 'ASIA');
    this.changed();
    const sessionArn = assumedRoleArn(accountId, options.roleName, sessionName);
    return { arn: sessionArn, roleArn: arn, sessionArn, accountId, accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey };
  }

  /**
   * Credentials of an existing principal (its first access key), e.g. to build an SDK client for a
   * user picked in the console. Works for roots (any simulated account), users and roles.
   */
  credentialsFor(principalArn: string): IamCredentials {
    const root = this.accountIds.find((id) => principalArn === accountRootArn(id));
    if (root) return this.rootCredentials(root);
    const identity = this.requireIdentity(principalArn);
    const key = [...this.accessKeys.values()].find((k) => k.ownerArn === identity.arn);
    if (!key) throw new IamError('NoSuchEntity', `${identity.arn} has no access key. Create one with createAccessKey.`);
    return {
      arn: this.callerArn(identity),
      accountId: identity.accountId,
      accessKeyId: key.accessKeyId,
      secretAccessKey: key.secretAccessKey,
    };
  }

  /** Issues another access key for an existing user or role (by ARN). */
  createAccessKey(principalArn: string): IamCredentials {
    const identity = this.requireIdentity(principalArn);
    const key = this.issueKey(identity.arn, identity.type === 'Role' ? 'ASIA' : 'AKIA');
    this.changed();
    return {
      arn: this.callerArn(identity),
      accountId: identity.accountId,
      accessKeyId: key.accessKeyId,
      secretAccessKey: key.secretAccessKey,
    };
  }

  /** Deletes a user or role, its access keys and its policies. */
  deleteIdentity(principalArn: string): void {
    const identity = this.requireIdentity(principalArn);
    this.identities.delete(identity.arn);
    for (const [id, key] of this.accessKeys) if (key.ownerArn === identity.arn) this.accessKeys.delete(id);
    this.changed();
  }

  /**
   * Attaches (or replaces) an identity policy on a user or role. The document is validated as IAM
   * does: no Principal, every statement has Effect, Action and Resource.
   * @throws IamError `MalformedPolicyDocument` with the problem and where it is.
   */
  attachPolicy(principalArn: string, policyName: string, document: string | object): void {
    const identity = this.requireIdentity(principalArn);
    this.requireName(policyName, 'policyName', 128);
    const [policy] = this.preparePolicies({ [policyName]: document });
    identity.policies = [...identity.policies.filter((p) => p.policyName !== policyName), policy!];
    this.changed();
  }

  /** Removes an identity policy by name. */
  detachPolicy(principalArn: string, policyName: string): void {
    const identity = this.requireIdentity(principalArn);
    const before = identity.policies.length;
    identity.policies = identity.policies.filter((p) => p.policyName !== policyName);
    if (identity.policies.length === before) {
      throw new IamError('NoSuchEntity', `${identity.arn} has no policy named ${policyName}.`);
    }
    this.changed();
  }

  /** Identity policies attached to a user or role (root has none: it is never limited by IAM policies). */
  listPolicies(principalArn: string): AttachedPolicy[] {
    const identity = this.identities.get(principalArn) ?? this.identityOfSession(principalArn);
    return identity ? identity.policies.map((p) => ({ ...p })) : [];
  }

  /** Parsed identity policies of a caller, for evaluation. */
  identityPolicies(principal: IamPrincipal): Array<{ policyName: string; document: PolicyDocument }> {
    if (principal.type === 'Root') return [];
    const identity = this.identities.get(principal.policyArn);
    if (!identity) return [];
    return identity.policies.map((p) => ({ policyName: p.policyName, document: this.parse(p.document) }));
  }

  /** Users and roles, optionally of one account. */
  listIdentities(
    accountId?: string,
  ): Array<{ type: 'IAMUser' | 'Role'; arn: string; name: string; accountId: string; policies: string[]; accessKeyIds: string[] }> {
    return [...this.identities.values()]
      .filter((i) => !accountId || i.accountId === accountId)
      .map((i) => ({
        type: i.type,
        arn: i.arn,
        name: i.name,
        accountId: i.accountId,
        policies: i.policies.map((p) => p.policyName),
        accessKeyIds: [...this.accessKeys.values()].filter((k) => k.ownerArn === i.arn).map((k) => k.accessKeyId),
      }));
  }

  /** Who owns an access key id, or undefined when IAM does not know it. */
  resolveAccessKey(accessKeyId: string): IamPrincipal | undefined {
    const key = this.accessKeys.get(accessKeyId);
    if (!key) return undefined;
    return this.principalForArn(key.ownerArn);
  }

  /** The principal for a root, user or role ARN (a role resolves to its session). */
  principalForArn(arn: string): IamPrincipal | undefined {
    for (const accountId of this.accountIds) {
      if (arn === accountRootArn(accountId)) {
        return { type: 'Root', arn, policyArn: arn, accountId, name: 'root', principalId: accountId };
      }
    }
    const identity = this.identities.get(arn) ?? this.identityOfSession(arn);
    if (!identity) return undefined;
    if (identity.type === 'IAMUser') {
      return {
        type: 'IAMUser',
        arn: identity.arn,
        policyArn: identity.arn,
        accountId: identity.accountId,
        name: identity.name,
        principalId: identity.uniqueId,
      };
    }
    const sessionName = identity.sessionName ?? 'kmslab-session';
    return {
      type: 'AssumedRole',
      arn: assumedRoleArn(identity.accountId, identity.name, sessionName),
      policyArn: identity.arn,
      accountId: identity.accountId,
      name: identity.name,
      principalId: `${identity.uniqueId}:${sessionName}`,
      sessionName,
    };
  }

  /**
   * The unique ID (AIDA... for a user, AROA... for a role) of an existing user or role, by ARN;
   * undefined for roots, role sessions and names that do not exist. Key policies bind to it.
   */
  uniqueIdOf(arn: string): string | undefined {
    return this.identities.get(arn)?.uniqueId;
  }

  /**
   * True when a principal named in a policy exists and is visible to KMS: the root of a simulated
   * account, an existing user or role, or a session of an existing role.
   */
  principalExists(arn: string): boolean {
    if (this.accountIds.some((id) => arn === accountRootArn(id))) return true;
    return this.identities.has(arn) || this.identityOfSession(arn) !== undefined;
  }

  /**
   * Increases on every change to users, roles, access keys or policies, so callers can cache what they
   * derive from IAM (the access layer caches resolved principals and parsed identity policies).
   */
  get revision(): number {
    return this.changes;
  }

  /** Subscribes to changes (the access layer persists on change). Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Serialisable snapshot of users, roles, keys and policies. */
  exportState(): IamState {
    return {
      version: 1,
      identities: [...this.identities.values()].map((i) => ({ ...i, policies: i.policies.map((p) => ({ ...p })) })),
      accessKeys: [...this.accessKeys.values()].filter((k) => !this.isRootArn(k.ownerArn)).map((k) => ({ ...k })),
    };
  }

  /** Replaces the state with a snapshot from {@link exportState}. Unknown versions are ignored. */
  importState(state: IamState | undefined): void {
    this.identities.clear();
    this.accessKeys.clear();
    this.parsed.clear();
    this.installRootKeys();
    if (!state || state.version !== 1) {
      this.changed();
      return;
    }
    for (const i of state.identities) if (this.hasAccount(i.accountId)) this.identities.set(i.arn, { ...i, policies: [...i.policies] });
    for (const k of state.accessKeys) if (this.identities.has(k.ownerArn)) this.accessKeys.set(k.accessKeyId, { ...k });
    // Subscribers (principal pickers) refresh after a load; the access layer suppresses the write-back.
    this.changed();
  }

  /** Removes every user and role; roots remain. */
  reset(): void {
    this.importState(undefined);
  }

  private installRootKeys(): void {
    for (const accountId of this.accountIds) {
      const isMain = accountId === this.options.accountId;
      const accessKeyId = isMain ? this.options.rootAccessKeyId : rootAccessKeyIdFor(accountId);
      const secretAccessKey = isMain ? this.options.rootSecretAccessKey : rootSecretFor(accountId);
      this.accessKeys.set(accessKeyId, { accessKeyId, secretAccessKey, ownerArn: accountRootArn(accountId) });
    }
  }

  private isRootArn(arn: string): boolean {
    return this.accountIds.some((id) => arn === accountRootArn(id));
  }

  private identityOfSession(arn: string): IdentityRecord | undefined {
    const m = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\/([^/]+)$/.exec(arn);
    if (!m) return undefined;
    const identity = this.identities.get(roleArn(m[1]!, m[2]!));
    return identity && identity.sessionName === m[3] ? identity : undefined;
  }

  private callerArn(identity: IdentityRecord): string {
    return identity.type === 'Role'
      ? assumedRoleArn(identity.accountId, identity.name, identity.sessionName ?? 'kmslab-session')
      : identity.arn;
  }

  private preparePolicies(policies: Record<string, string | object> | undefined): AttachedPolicy[] {
    const out: AttachedPolicy[] = [];
    for (const [policyName, doc] of Object.entries(policies ?? {})) {
      this.requireName(policyName, 'policyName', 128);
      const text = typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2);
      const result = parsePolicyDocument(text, 'identity');
      if (!result.ok) throw new IamError('MalformedPolicyDocument', `Policy ${policyName}: ${result.problem.message}`);
      this.parsed.set(text, result.document);
      out.push({ policyName, document: text });
    }
    return out;
  }

  private parse(text: string): PolicyDocument {
    const cached = this.parsed.get(text);
    if (cached) return cached;
    const result = parsePolicyDocument(text, 'identity');
    // Stored policies were validated when attached; a bad one (edited storage) allows nothing.
    const document: PolicyDocument = result.ok ? result.document : { version: '2012-10-17', statements: [] };
    this.parsed.set(text, document);
    return document;
  }

  private requireAccount(accountId: string): void {
    if (!isAccountId(accountId) || !this.hasAccount(accountId)) {
      throw new IamError('NoSuchEntity', `Account ${accountId} is not simulated. Use one of: ${this.accountIds.join(', ')}.`);
    }
  }

  private requireName(name: string, field: string, max = 64): void {
    if (typeof name !== 'string' || !NAME_RE.test(name) || name.length > max) {
      throw new IamError(
        'ValidationError',
        `${field} "${String(name)}" is not valid: use 1-${max} letters, digits or + = , . @ _ - characters.`,
      );
    }
  }

  private requireIdentity(arn: string): IdentityRecord {
    const identity = this.identities.get(arn) ?? this.identityOfSession(arn);
    if (!identity) throw new IamError('NoSuchEntity', `No user or role ${arn}. Create it with createUser or createRole first.`);
    return identity;
  }

  private issueKey(ownerArn: string, prefix: 'AKIA' | 'ASIA' = 'AKIA'): AccessKeyRecord {
    let accessKeyId: string;
    do accessKeyId = `${prefix}${this.randomString(16, BASE32)}`;
    while (this.accessKeys.has(accessKeyId));
    const record = { accessKeyId, secretAccessKey: this.randomString(40, SECRET_CHARS), ownerArn };
    this.accessKeys.set(accessKeyId, record);
    return record;
  }

  private randomString(length: number, alphabet: string): string {
    const bytes = new Uint8Array(length);
    this.options.random(bytes);
    let out = '';
    for (const b of bytes) out += alphabet[b % alphabet.length];
    return out;
  }

  private changed(): void {
    this.changes++;
    for (const listener of this.listeners) listener();
  }
}

/** Creates the simulated IAM. */
export function createIam(options: IamOptions): Iam {
  return new Iam(options);
}
