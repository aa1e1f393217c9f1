/**
 * One request, start to finish: find the operation, resolve the caller, apply due lifecycle events,
 * check the required members, validate, resolve the target key, authorize, check the key state, run,
 * and record the request for the audit trail (success or error). The wire handler and the typed
 * `kms.call` both come through here.
 */
import { CROSS_ACCOUNT_OPERATIONS, crossAccountRefusal } from './cross-account';
import { ALLOW_ALL, type AccessLayer, type AuthorizationDecision, type AuthorizationRequest, type RequestRecord } from './access-hooks';
import type { Engine } from './engine';
import { errors, KmsError } from './errors';
import { aliasArn, keyArn, parseKeyIdentifier, ROOT_ACCESS_KEY_ID } from './ids';
import { checkKeyState } from './key-state';
import type { KeyRecord } from './model';
import { requireMember } from './operations/shared';
import type { KeyContext, KeyIdForms, OperationDefinition, OperationInput, OperationOutput, PolicyCheck } from './operations/types';
import type { Principal } from './principal';

/** Input members that are blobs: the direct API must get Uint8Array for them. */
const BLOB_MEMBERS = ['Plaintext', 'CiphertextBlob', 'Message', 'Signature', 'Mac', 'ImportToken', 'EncryptedKeyMaterial'] as const;

/** Where a request comes from. */
export interface DispatchContext {
  region: string;
  accessKeyId?: string;
  viaService?: string;
}

/** Resolves a KeyId parameter to a key in the caller's account (or the account named in an ARN). */
export function resolveKeyIdentifier(engine: Engine, raw: string, accountId: string, region: string, forms: KeyIdForms): KeyRecord {
  const id = parseKeyIdentifier(raw);
  switch (id.kind) {
    case 'id': {
      const key = engine.getKey(accountId, region, id.keyId);
      if (!key) throw errors.notFoundKey(keyArn(region, accountId, id.keyId));
      return key;
    }
    case 'keyArn': {
      const key = id.region === region ? engine.getKey(id.accountId, region, id.keyId) : undefined;
      if (!key) throw errors.notFoundKey(raw);
      return key;
    }
    case 'aliasName':
    case 'aliasArn': {
      if (forms === 'idOrArn') throw errors.invalidKeyId(raw);
      const acct = id.kind === 'aliasArn' ? id.accountId : accountId;
      const aliasRegion = id.kind === 'aliasArn' ? id.region : region;
      const alias = aliasRegion === region ? engine.getAlias(acct, region, id.aliasName) : undefined;
      if (!alias) throw errors.notFoundAlias(aliasArn(aliasRegion, acct, id.aliasName));
      const key = engine.getKey(acct, region, alias.targetKeyId);
      if (!key) throw errors.notFoundAlias(aliasArn(region, acct, id.aliasName));
      return key;
    }
    default:
      throw errors.invalidKeyId(raw);
  }
}

/** Aliases pointing at a key (for kms:ResourceAliases and DescribeKey consumers). */
export function aliasesOf(engine: Engine, key: KeyRecord): string[] {
  return engine
    .listAliases(key.accountId, key.region)
    .filter((a) => a.targetKeyId === key.keyId)
    .map((a) => a.aliasName);
}

/** Finds the principal for an access key id; throws UnrecognizedClientException for unknown ids. */
export function resolvePrincipal(engine: Engine, access: AccessLayer | undefined, accessKeyId: string): Principal {
  if (accessKeyId === ROOT_ACCESS_KEY_ID) return engine.rootPrincipal(engine.accountId);
  const p = access?.resolvePrincipal(accessKeyId);
  if (!p) throw errors.unrecognizedClient();
  return p;
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * One permission check's request. A class so every check has the same shape, with `keyAliases`
 * computed on first read: only kms:ResourceAliases conditions need it, and permission checks are on
 * the hot path of every request (an own accessor added per object made each one slow to build and read).
 */
class PermissionCheck implements AuthorizationRequest {
  readonly #engine: Engine;
  #aliases: string[] | undefined;
  constructor(
    engine: Engine,
    readonly principal: Principal,
    readonly action: string,
    readonly key: KeyRecord | undefined,
    readonly resource: string,
    readonly region: string,
    readonly operation: string,
    readonly request: OperationInput,
    readonly viaService: string | undefined,
    readonly grantTokens: string[],
  ) {
    this.#engine = engine;
  }

  get keyAliases(): string[] {
    return (this.#aliases ??= this.key ? aliasesOf(this.#engine, this.key) : []);
  }
}

/**
 * Everything one request's operation can use (its {@link KeyContext}), and the permission checks it
 * makes, each recorded for the audit trail. One object per request.
 */
class RequestScope implements KeyContext<OperationInput, unknown> {
  /** Set by the pipeline before `run` for operations on a key. */
  key!: KeyRecord;
  state: unknown = undefined;
  readonly #access: AccessLayer | undefined;
  readonly #record: RequestRecord;
  readonly #grantTokens: string[];

  constructor(
    readonly engine: Engine,
    access: AccessLayer | undefined,
    record: RequestRecord,
    readonly input: OperationInput,
    readonly principal: Principal,
    readonly region: string,
    readonly viaService: string | undefined,
    readonly now: number,
  ) {
    this.#access = access;
    this.#record = record;
    this.#grantTokens = Array.isArray(input.GrantTokens) ? (input.GrantTokens as string[]) : [];
  }

  get accountId(): string {
    return this.principal.accountId;
  }

  resolveKey(raw: string, forms: KeyIdForms = 'any'): KeyRecord {
    return resolveKeyIdentifier(this.engine, raw, this.principal.accountId, this.region, forms);
  }

  async authorize(action: string, key: KeyRecord | undefined, resource?: string): Promise<void> {
    await this.check(action, key, resource);
  }

  validatePolicy(check: PolicyCheck): Record<string, string> | undefined {
    return this.#access?.validatePolicy?.(check);
  }

  /**
   * One permission check. Synchronous when the authorizer answers synchronously (the built-in ones
   * do): awaiting a plain value still costs a turn of the microtask queue, twice per check, on every
   * request. An authorizer returning a promise is awaited.
   */
  check(action: string, key: KeyRecord | undefined, resource?: string): Promise<void> | undefined {
    const res = resource ?? key?.arn ?? '*';
    const authorizer = this.#access?.authorizer ?? ALLOW_ALL;
    const req = new PermissionCheck(
      this.engine,
      this.principal,
      action,
      key,
      res,
      this.region,
      this.#record.operation,
      this.input,
      this.viaService,
      this.#grantTokens,
    );
    const answer = authorizer.authorize(req);
    if (isThenable(answer)) return Promise.resolve(answer).then((decision) => this.settle(action, key, res, decision));
    this.settle(action, key, res, answer);
    return undefined;
  }

  private settle(action: string, key: KeyRecord | undefined, resource: string, decision: AuthorizationDecision): void {
    const record = this.#record;
    record.decisions.push({ action, resource, decision });
    if (key && !record.resources.includes(key.arn)) record.resources.push(key.arn);
    if (!decision.allowed) throw errors.accessDenied(decision.message ?? notAuthorized(this.principal, action, resource));
  }
}

/** AWS's AccessDeniedException wording when no policy allows the action. */
function notAuthorized(principal: Principal, action: string, resource: string): string {
  return `User: ${principal.arn} is not authorized to perform: ${action} on resource: ${resource} because no resource-based policy allows the ${action} action`;
}

/** The request body must be an object whose blob members are bytes (the SDK and the direct API send them so). */
function checkInputShape(input: OperationInput): void {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw errors.serialization('The request body must be a JSON object.');
  for (const member of BLOB_MEMBERS) {
    const v = input[member];
    if (v !== undefined && v !== null && !(v instanceof Uint8Array))
      throw errors.serialization(`'${member}' must be bytes (a Uint8Array; base64 on the wire).`);
  }
}

/** A resolving operation's answer: its key, with the state it hands to `run` kept on the scope. */
function adopt(scope: RequestScope, resolved: { key: KeyRecord; state: unknown } | undefined): KeyRecord | undefined {
  if (!resolved) return undefined;
  scope.state = resolved.state;
  return resolved.key;
}

/**
 * The operation's target key, resolved (and the state a resolving operation hands to `run`).
 * Synchronous unless the operation's resolver is async: an `async` function here would cost a promise
 * and a microtask turn on every request (Decrypt reads its key from the blob header synchronously).
 */
function resolveTarget(op: OperationDefinition, scope: RequestScope): KeyRecord | undefined | Promise<KeyRecord | undefined> {
  const target = op.target;
  if (target.kind === 'param') {
    const raw = scope.input[target.param];
    return scope.resolveKey(typeof raw === 'string' ? raw : JSON.stringify(raw), target.forms);
  }
  if (target.kind === 'custom') {
    const pending = op.resolveKey(scope);
    return isThenable(pending) ? Promise.resolve(pending).then((resolved) => adopt(scope, resolved)) : adopt(scope, pending);
  }
  return undefined;
}

/** Checks the key may take the operation (AWS managed keys, key state) and hands it to the scope. */
function admitKey(op: OperationDefinition, scope: RequestScope, key: KeyRecord | undefined): void {
  if (!key) return;
  if (op.customerManagedOnly && key.keyManager === 'AWS') throw errors.accessDenied(notAuthorized(scope.principal, op.action, key.arn));
  if (op.keyStates) checkKeyState(key, op.keyStates);
  scope.key = key;
}

/** Authorizes the operation's own action on its target and checks the key may take it; synchronous when the authorizer is. */
function admit(op: OperationDefinition, scope: RequestScope, key: KeyRecord | undefined): Promise<void> | undefined {
  const pending = scope.check(op.action, key, key ? undefined : '*');
  if (pending) return pending.then(() => admitKey(op, scope, key));
  admitKey(op, scope, key);
  return undefined;
}

/** The simulator's request pipeline, bound to one engine, access layer and operation registry. */
export class Dispatcher {
  constructor(
    private readonly engine: Engine,
    private readonly access: AccessLayer | undefined,
    private readonly registry: ReadonlyMap<string, OperationDefinition>,
  ) {}

  /** Runs one operation through the full pipeline. */
  async dispatch(operation: string, input: OperationInput, dctx: DispatchContext): Promise<OperationOutput> {
    const { engine, access } = this;
    const accessKeyId = dctx.accessKeyId ?? ROOT_ACCESS_KEY_ID;
    const now = engine.now();
    const record: RequestRecord = {
      time: now,
      operation,
      region: dctx.region,
      principal: undefined,
      accessKeyId,
      viaService: dctx.viaService,
      request: input,
      response: undefined,
      error: undefined,
      resources: [],
      decisions: [],
    };
    try {
      const op = this.registry.get(operation);
      if (!op) throw errors.unknownOperation();
      const principal = resolvePrincipal(engine, access, accessKeyId);
      record.principal = principal;
      if (engine.eventsDue(now)) await engine.advance(now);
      checkInputShape(input);
      for (const member of op.required) requireMember(input, member);
      op.validate(input);
      const scope = new RequestScope(engine, access, record, input, principal, dctx.region, dctx.viaService, now);
      const target = resolveTarget(op, scope);
      const key = isThenable(target) ? await target : target;
      if (key && key.accountId !== principal.accountId && !CROSS_ACCOUNT_OPERATIONS.has(op.name))
        throw crossAccountRefusal(op.name, key.arn, principal.accountId);
      if (key) record.resources.push(key.arn);
      const admitted = admit(op, scope, key);
      if (admitted) await admitted;
      const output = await op.run(scope);
      if (op.mutates) engine.planEvents();
      record.response = output;
      return output;
    } catch (e) {
      const err = e instanceof KmsError ? e : errors.internal(e instanceof Error ? e.message : String(e));
      record.error = err;
      throw err;
    } finally {
      try {
        access?.audit.record(record);
      } catch (auditError) {
        console.error('KMS Lab: audit hook failed', auditError);
      }
    }
  }
}
