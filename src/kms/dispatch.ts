/**
 * One request, start to finish: find the operation, resolve the caller, apply due lifecycle events,
 * validate, resolve the target key, authorize, check the key state, run, and record the request for
 * the audit trail (success or error). The wire handler and the typed `kms.call` both come through here.
 */
import { ALLOW_ALL, type AuthorizationDecision, type AuthorizationRequest, type Principal, type RequestRecord } from './access-hooks';
import type { Engine } from './engine';
import { errors, KmsError } from './errors';
import { aliasArn, keyArn, parseKeyIdentifier, ROOT_ACCESS_KEY_ID } from './ids';
import { checkKeyState } from './key-state';
import type { KeyRecord } from './model';
import type { KeyIdForms, OperationContext, OperationDefinition } from './operations/types';

/** Input members that are blobs: the direct API must get Uint8Array for them. */
const BLOB_MEMBERS = ['Plaintext', 'CiphertextBlob', 'Message', 'Signature', 'Mac'] as const;

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
    readonly request: Record<string, unknown>,
    readonly viaService: string | undefined,
    readonly grantTokens: string[],
  ) {
    this.#engine = engine;
  }

  get keyAliases(): string[] {
    return (this.#aliases ??= this.key ? aliasesOf(this.#engine, this.key) : []);
  }
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

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
export function resolvePrincipal(engine: Engine, accessKeyId: string): Principal {
  if (accessKeyId === ROOT_ACCESS_KEY_ID) return engine.rootPrincipal(engine.accountId, accessKeyId);
  const p = engine.access?.resolvePrincipal(accessKeyId);
  if (!p) throw errors.unrecognizedClient();
  return p;
}

/** Runs one operation through the full pipeline. */
export async function dispatch(
  engine: Engine,
  registry: ReadonlyMap<string, OperationDefinition>,
  operation: string,
  input: Record<string, unknown>,
  dctx: DispatchContext,
): Promise<Record<string, unknown>> {
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
    const op = registry.get(operation);
    if (!op) throw errors.unknownOperation();
    const principal = resolvePrincipal(engine, accessKeyId);
    record.principal = principal;
    if (engine.eventsDue(now)) await engine.advance(now);
    if (input === null || typeof input !== 'object' || Array.isArray(input))
      throw errors.serialization('The request body must be a JSON object.');
    for (const member of BLOB_MEMBERS) {
      const v = input[member];
      if (v !== undefined && v !== null && !(v instanceof Uint8Array))
        throw errors.serialization(`'${member}' must be bytes (a Uint8Array; base64 on the wire).`);
    }
    op.validate?.(input);

    const authorizer = engine.access?.authorizer ?? ALLOW_ALL;
    const grantTokens = Array.isArray(input.GrantTokens) ? (input.GrantTokens as string[]) : [];
    const settle = (action: string, key: KeyRecord | undefined, res: string, decision: AuthorizationDecision): void => {
      record.decisions.push({ action, resource: res, decision });
      if (key && !record.resources.includes(key.arn)) record.resources.push(key.arn);
      if (!decision.allowed) {
        throw errors.accessDenied(
          decision.message ??
            `User: ${principal.arn} is not authorized to perform: ${action} on resource: ${res} because no resource-based policy allows the ${action} action`,
        );
      }
    };
    /**
     * One permission check. Synchronous when the authorizer answers synchronously (the built-in ones
     * do): awaiting a plain value still costs a turn of the microtask queue, twice per check, on every
     * request. An authorizer returning a promise is awaited as before.
     */
    const check = (action: string, key: KeyRecord | undefined, resource?: string): Promise<void> | undefined => {
      const res = resource ?? key?.arn ?? '*';
      const req = new PermissionCheck(engine, principal, action, key, res, dctx.region, operation, input, dctx.viaService, grantTokens);
      const answer = authorizer.authorize(req);
      if (isThenable(answer)) return Promise.resolve(answer).then((decision) => settle(action, key, res, decision));
      settle(action, key, res, answer);
      return undefined;
    };
    const authorize = async (action: string, key: KeyRecord | undefined, resource?: string): Promise<void> => {
      await check(action, key, resource);
    };

    const ctx: OperationContext = {
      input,
      principal,
      region: dctx.region,
      accountId: principal.accountId,
      viaService: dctx.viaService,
      now,
      engine,
      key: undefined,
      scratch: {},
      resolveKey: (raw, forms = 'any') => resolveKeyIdentifier(engine, raw, principal.accountId, dctx.region, forms),
      authorize,
    };

    let key: KeyRecord | undefined;
    const target = op.target;
    if (target.kind === 'param') {
      const raw = input[target.param];
      if (raw !== undefined && raw !== null) key = ctx.resolveKey(typeof raw === 'string' ? raw : JSON.stringify(raw), target.forms);
    } else if (target.kind === 'custom') {
      // Most resolvers are synchronous (Decrypt reads the key from the ciphertext header): no await then.
      const resolved = op.resolveKey?.(ctx);
      key = isThenable(resolved) ? await resolved : resolved;
    }
    if (key) record.resources.push(key.arn);
    const pending = check(op.action, key, key ? undefined : '*');
    if (pending) await pending;
    if (key) {
      if (op.customerManagedOnly && key.keyManager === 'AWS') {
        // AWS managed key policies never allow management actions, for any principal (docs/kms-facts.md §6).
        throw errors.accessDenied(
          `User: ${principal.arn} is not authorized to perform: ${op.action} on resource: ${key.arn} because no resource-based policy allows the ${op.action} action`,
        );
      }
      if (op.keyStates) checkKeyState(key, op.keyStates);
    }
    ctx.key = key;
    const output = await op.run(ctx);
    if (op.mutates) engine.planEvents();
    record.response = output;
    return output;
  } catch (e) {
    const err = e instanceof KmsError ? e : errors.internal(e instanceof Error ? e.message : String(e));
    record.error = err;
    throw err;
  } finally {
    try {
      engine.access?.audit.record(record);
    } catch (auditError) {
      console.error('KMS Lab: audit hook failed', auditError);
    }
  }
}
