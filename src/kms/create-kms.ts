/**
 * Builds a simulator instance: engine (state), operation registry, dispatcher, wire handler, simulated
 * AWS services, and the access layer (policies, IAM, grants, audit) when one is supplied.
 */
import type { AccessCore, AccessLayer } from './access-hooks';
import { Dispatcher, resolvePrincipal } from './dispatch';
import { Engine } from './engine';
import { KmsError, errors } from './errors';
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from './ids';
import type { InputOf, KmsOperationName, OutputOf } from './operation-types';
import { CORE_OPERATIONS } from './operations/registry';
import type { OperationDefinition, OperationInput, OperationOutput } from './operations/types';
import { systemRandom } from './random';
import { createSimulatedServices, type SimulatedServices } from './services/services';
import { createMemoryStore } from './store/memory-store';
import type { KmsStore } from './store/types';
import { errorResponse, okResponse, parseWireRequest, type WireRequest, type WireResponse } from './wire';

/** Options for {@link createKms}. */
export interface CreateKmsOptions<TIam = unknown, TAudit = unknown> {
  /** Account of the root credentials. Default '111122223333'. */
  accountId?: string;
  /** Clock in epoch ms; drives rotation and deletion. Default Date.now. */
  now?: () => number;
  /** Fills bytes with randomness. Default crypto.getRandomValues; see createSeededRandom for replay. */
  random?: (bytes: Uint8Array) => void;
  /** Persistence. Default in-memory; createIndexedDbStore() in the app. */
  store?: KmsStore;
  /** Builds the access layer (src/kms/access). Default: the access layer of this build, if present. */
  access?: (core: AccessCore) => AccessLayer<TIam, TAudit>;
}

/** Where a direct call comes from. */
export interface CallContext {
  /** Region, e.g. 'us-east-1'. */
  region: string;
  /** Access key id of the caller. Default: the root of the default account. */
  accessKeyId?: string;
  /** Set by simulated services, e.g. 's3.us-east-1.amazonaws.com'. */
  viaService?: string;
}

/** The SDK-compatible request handler (`new KMSClient({ requestHandler: kms.requestHandler, ... })`). */
export interface KmsRequestHandler {
  handle(request: WireRequest, options?: unknown): Promise<{ response: WireResponse }>;
  updateHttpClientConfig(key: never, value: never): void;
  httpHandlerConfigs(): Record<string, never>;
}

/** A simulated AWS KMS. */
export interface Kms<TIam = unknown, TAudit = unknown> {
  /** Plug into `new KMSClient({ requestHandler: kms.requestHandler, region, credentials, maxAttempts: 1 })`. */
  readonly requestHandler: KmsRequestHandler;
  /** Typed direct API; same implementation as the wire path. Throws {@link KmsError}. */
  call<Op extends KmsOperationName>(op: Op, input: InputOf<Op>, ctx: CallContext): Promise<OutputOf<Op>>;
  /** Untyped call by operation name (used by consoles that take JSON input). */
  callRaw(op: string, input: OperationInput, ctx: CallContext): Promise<OperationOutput>;
  /** Loads persisted state; await before first use in the app. */
  ready(): Promise<void>;
  /** Resolves when all state changes have been written to the store. */
  flush(): Promise<void>;
  /** Deletes every key, alias, IAM user, grant and audit event. */
  reset(): Promise<void>;
  /** Simulated AWS services that call KMS on a caller's behalf (AWS managed keys). */
  readonly services: SimulatedServices;
  /** IAM (from the access layer). */
  readonly iam: TIam;
  /** Audit trail (from the access layer). */
  readonly audit: TAudit;
  /** Every operation this instance serves (core + access layer), by name. */
  readonly operations: ReadonlyMap<string, OperationDefinition>;
  /** Account of the root credentials. */
  readonly accountId: string;
}

/** An SDK input shape as the dispatcher holds it: a plain record (SDK interfaces declare no index signature). */
function operationInput(input: object): OperationInput {
  return input as OperationInput;
}

/** The view of the engine the access layer gets. */
function accessCore(engine: Engine): AccessCore {
  return {
    accountId: engine.accountId,
    now: () => engine.now(),
    random: (b) => engine.random(b),
    store: engine.store,
    getKey: (a, r, k) => engine.getKey(a, r, k),
    listKeys: (a, r) => engine.listKeys(a, r),
    listAliases: (a, r) => engine.listAliases(a, r),
    rootPrincipal: (a) => engine.rootPrincipal(a),
  };
}

/** A request id in AWS's shape (a random UUID-like string; not part of the simulator's replayable state). */
function requestId(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return [...b].map((x, i) => ([4, 6, 8, 10].includes(i) ? '-' : '') + x.toString(16).padStart(2, '0')).join('');
}

/** The SDK-facing request handler over a call function. */
function wireHandler(callRaw: Kms['callRaw']): KmsRequestHandler {
  return {
    async handle(request) {
      const id = requestId();
      try {
        const parsed = parseWireRequest(request);
        const output = await callRaw(parsed.operation, parsed.input, { region: parsed.region, accessKeyId: parsed.accessKeyId ?? '' });
        return { response: okResponse(output, id) };
      } catch (e) {
        const err = e instanceof KmsError ? e : errors.internal(String(e));
        return { response: errorResponse(err, id) };
      }
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
}

/** Creates a simulator. See {@link CreateKmsOptions}. */
export function createKms<TIam = unknown, TAudit = unknown>(options: CreateKmsOptions<TIam, TAudit> = {}): Kms<TIam, TAudit> {
  const engine = new Engine({
    accountId: options.accountId ?? DEFAULT_ACCOUNT_ID,
    now: options.now ?? Date.now,
    random: options.random ?? systemRandom,
    store: options.store ?? createMemoryStore(),
  });
  const access = options.access?.(accessCore(engine));
  engine.onKeyDeleted = access?.onKeyDeleted?.bind(access);
  engine.onServiceEvent = access?.audit.recordServiceEvent?.bind(access.audit);

  const registry = new Map<string, OperationDefinition>();
  for (const op of CORE_OPERATIONS) registry.set(op.name, op);
  for (const op of access?.operations ?? []) registry.set(op.name, op);
  const dispatcher = new Dispatcher(engine, access, registry);

  let loaded: Promise<void> | undefined;
  const ready = () =>
    (loaded ??= (async () => {
      await engine.load();
      await access?.load();
    })());

  const callRaw = async (op: string, input: OperationInput, ctx: CallContext) => {
    if (loaded) await loaded;
    return dispatcher.dispatch(op, input, {
      region: ctx.region ?? DEFAULT_REGION,
      accessKeyId: ctx.accessKeyId,
      viaService: ctx.viaService,
    });
  };
  // The direct API's inputs and outputs are the SDK's shapes; the dispatcher holds them as plain records.
  async function call<Op extends KmsOperationName>(op: Op, input: InputOf<Op>, ctx: CallContext): Promise<OutputOf<Op>> {
    return await callRaw(op, operationInput(input), ctx);
  }
  const services = createSimulatedServices(engine, callRaw, (id) => resolvePrincipal(engine, access, id));

  return {
    requestHandler: wireHandler(callRaw),
    call,
    callRaw,
    ready,
    flush: () => engine.flush(),
    async reset() {
      await engine.reset();
      await access?.reset();
      services.clear();
    },
    services,
    iam: access?.iam as TIam,
    audit: access?.auditTrail as TAudit,
    operations: registry,
    accountId: engine.accountId,
  };
}
