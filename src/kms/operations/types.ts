/**
 * The operation contract. Each operation is described once, with its AWS name, documentation URL, IAM
 * action, required members, target key and allowed key states, and an implementation typed from the
 * SDK's own command input and output (`EncryptCommandInput` ...). The dispatcher does the common work
 * (principal, required members, key resolution, authorization, key state, audit), so `run` holds only
 * the operation's own logic, and gets what the pipeline established as types:
 *
 * - an account-level operation ({@link defineAccountOperation}) gets no key;
 * - a keyed operation ({@link defineKeyOperation}) gets `ctx.key`, never undefined;
 * - an operation that finds its key itself ({@link defineResolvingOperation}: Decrypt reads it from the
 *   ciphertext) also gets `ctx.state`, whatever its `resolveKey` handed over, typed.
 *
 * Required members (`required`) are checked by the dispatcher before `validate`, in the order listed,
 * and are non-optional in `ctx.input`. The list must name every member the SDK marks as required
 * (a missing one is a type error), and may add members AWS requires that the SDK does not mark.
 */
import type { Engine } from '../engine';
import type { KeyStatePolicy } from '../key-state';
import type { KeyRecord } from '../model';
import type { InputOf, KmsOperationName, OutputOf } from '../operation-types';
import type { Principal } from '../principal';

/** Which forms of key identifier a parameter accepts. */
export type KeyIdForms = 'any' | 'idOrArn';

/** Where an operation's target key comes from (the registry's view; see the define helpers). */
export type OperationTarget =
  /** Account-level action (CreateKey, ListKeys, GenerateRandom, ...): resource `*`. */
  | { kind: 'none' }
  /** A key named by a required input member, e.g. `KeyId`. */
  | { kind: 'param'; param: string; forms: KeyIdForms }
  /** The operation resolves the key itself in `resolveKey` (Decrypt/ReEncrypt read it from the ciphertext). */
  | { kind: 'custom' };

/** What the access layer's key policy check gets (CreateKey, PutKeyPolicy, ReplicateKey). */
export interface PolicyCheck {
  policy: string;
  principal: Principal;
  accountId: string;
  bypassLockoutCheck: boolean;
  /** The key whose policy is replaced (PutKeyPolicy); absent for a new key. */
  key?: KeyRecord;
  region?: string;
}

/** What every running operation can use. */
export interface RequestContext<I> {
  readonly input: I;
  readonly principal: Principal;
  /** Region of the request. */
  readonly region: string;
  /** Account of the caller (where CreateKey puts keys, where aliases are looked up). */
  readonly accountId: string;
  readonly viaService: string | undefined;
  /** Injected clock, read once per request. */
  readonly now: number;
  readonly engine: Engine;
  /** Resolves a key identifier in this request's account and Region (NotFoundException when absent). */
  resolveKey(keyId: string, forms?: KeyIdForms): KeyRecord;
  /** Runs one more permission check (ReEncryptTo on the destination key, alias checks); throws AccessDeniedException. */
  authorize(action: string, key: KeyRecord | undefined, resource?: string): Promise<void>;
  /**
   * The access layer's semantic checks of a key policy (principals exist, lockout safety). Throws
   * MalformedPolicyDocumentException; returns the unique IDs of the users and roles it names, if any.
   */
  validatePolicy(check: PolicyCheck): Record<string, string> | undefined;
}

/** The context of an operation on a key: the key resolved, authorized and in an allowed state. */
export interface KeyContext<I, S = undefined> extends RequestContext<I> {
  readonly key: KeyRecord;
  /** What `resolveKey` handed over (undefined for operations whose key is a parameter). */
  readonly state: S;
}

/** A value or a promise of it. */
type Awaitable<T> = T | Promise<T>;

/** Members the SDK marks as required (`KeyId: string | undefined`, not `KeyId?:`). */
export type SdkRequiredMember<Op extends KmsOperationName> = {
  [K in keyof InputOf<Op>]-?: object extends Pick<InputOf<Op>, K> ? never : K;
}[keyof InputOf<Op>];

/** An operation's input once its required members (`R`) were checked: those are present. */
export type CheckedInput<Op extends KmsOperationName, R extends keyof InputOf<Op>> = Omit<InputOf<Op>, R> & {
  readonly [P in R]-?: Exclude<InputOf<Op>[P], undefined>;
};

/** A member list naming every SDK-required member; otherwise a type that says which one is missing. */
type CompleteRequired<Op extends KmsOperationName, L extends readonly (keyof InputOf<Op>)[]> = [
  Exclude<SdkRequiredMember<Op>, L[number]>,
] extends [never]
  ? unknown
  : { required: { missingRequiredMember: Exclude<SdkRequiredMember<Op>, L[number]> } };

/** String members an operation can take its key from. */
type KeyParam<Op extends KmsOperationName, L extends readonly (keyof InputOf<Op>)[]> = {
  [K in L[number]]: Exclude<InputOf<Op>[K], undefined> extends string ? K : never;
}[L[number]];

/** Fields every operation has. */
interface OperationSpecBase<Op extends KmsOperationName, L extends readonly (keyof InputOf<Op>)[]> {
  /** AWS operation name, e.g. `Encrypt`. */
  name: Op;
  /** AWS API Reference page. */
  docUrl: string;
  /** One-line description for the console, diagrams and quiz explanations. */
  description: string;
  /** IAM permission checked against the target key (or `*`), e.g. `kms:Encrypt`. */
  action: string;
  /** Extra permissions the operation checks itself (documentation only), e.g. `kms:ReEncryptTo`. */
  extraActions?: readonly string[];
  /** Members that must be present (ValidationException "Member must not be null" otherwise), in check order. */
  required: L;
  /**
   * True when the operation cannot be used on AWS managed keys (management operations): AWS's policy on
   * those keys never allows them, so the request fails with AccessDeniedException.
   */
  customerManagedOnly?: boolean;
  /** True when the operation changes state (the core re-plans lifecycle events after it). */
  mutates?: boolean;
  /** Request validation (ValidationException etc.), after the required members, before key resolution. */
  validate?(input: CheckedInput<Op, L[number]>): void;
}

/** An account-level operation (resource `*`). */
export interface AccountOperationSpec<Op extends KmsOperationName, L extends readonly (keyof InputOf<Op>)[]> extends OperationSpecBase<
  Op,
  L
> {
  run(ctx: RequestContext<CheckedInput<Op, L[number]>>): Awaitable<OutputOf<Op>>;
}

/** An operation on the key a required member names. */
export interface KeyOperationSpec<Op extends KmsOperationName, L extends readonly (keyof InputOf<Op>)[]> extends OperationSpecBase<Op, L> {
  /** The member naming the key, and the identifier forms it accepts (aliases or not). */
  key: { param: KeyParam<Op, L>; forms: KeyIdForms };
  /** Outcome for every key state (src/kms/key-state.ts). */
  keyStates: KeyStatePolicy;
  run(ctx: KeyContext<CheckedInput<Op, L[number]>>): Awaitable<OutputOf<Op>>;
}

/** An operation that finds its key itself and hands state to `run`. */
export interface ResolvingOperationSpec<Op extends KmsOperationName, L extends readonly (keyof InputOf<Op>)[], S> extends OperationSpecBase<
  Op,
  L
> {
  keyStates: KeyStatePolicy;
  /** Finds the key (may throw InvalidCiphertextException, NotFoundException, ...). */
  resolveKey(ctx: RequestContext<CheckedInput<Op, L[number]>>): Awaitable<{ key: KeyRecord; state: S }>;
  run(ctx: KeyContext<CheckedInput<Op, L[number]>, S>): Awaitable<OutputOf<Op>>;
}

/** An operation's input as the dispatcher holds it (SDK shape, blobs as Uint8Array). */
export type OperationInput = Record<string, unknown>;
/** An operation's output as the dispatcher holds it (SDK shape). */
export type OperationOutput = Record<string, unknown>;

/**
 * One KMS operation as the registry and the dispatcher hold it: the typed spec with its input and
 * output erased to plain records (the wire is untyped; `required` and `validate` establish the types).
 */
export interface OperationDefinition {
  readonly name: KmsOperationName;
  readonly docUrl: string;
  readonly description: string;
  readonly action: string;
  readonly extraActions: readonly string[];
  readonly required: readonly string[];
  readonly target: OperationTarget;
  /** Allowed key states (absent for account-level operations). */
  readonly keyStates: KeyStatePolicy | undefined;
  readonly customerManagedOnly: boolean;
  readonly mutates: boolean;
  validate(input: OperationInput): void;
  /** For target `custom`: the key and the state `run` gets. */
  resolveKey(ctx: RequestContext<OperationInput>): Awaitable<{ key: KeyRecord; state: unknown }> | undefined;
  /** `ctx` is a {@link KeyContext} exactly when the target resolved a key. */
  run(ctx: RequestContext<OperationInput> | KeyContext<OperationInput, unknown>): Awaitable<OperationOutput>;
}

function base<Op extends KmsOperationName, L extends readonly (keyof InputOf<Op>)[]>(spec: OperationSpecBase<Op, L>) {
  return {
    name: spec.name,
    docUrl: spec.docUrl,
    description: spec.description,
    action: spec.action,
    extraActions: spec.extraActions ?? [],
    required: spec.required.map(String),
    customerManagedOnly: spec.customerManagedOnly ?? false,
    mutates: spec.mutates ?? false,
    // The dispatcher checked `required` before calling: the input has the checked type from here on.
    validate: (input: OperationInput) => spec.validate?.(input as CheckedInput<Op, L[number]>),
  };
}

/** Defines an account-level operation (CreateKey, ListKeys, GenerateRandom, ...). */
export function defineAccountOperation<const Op extends KmsOperationName, const L extends readonly (keyof InputOf<Op>)[]>(
  spec: AccountOperationSpec<Op, L> & CompleteRequired<Op, L>,
): OperationDefinition {
  return {
    ...base(spec),
    target: { kind: 'none' },
    keyStates: undefined,
    resolveKey: () => undefined,
    run: (ctx) => spec.run(ctx as RequestContext<CheckedInput<Op, L[number]>>),
  };
}

/** Defines an operation on the key a required member names (Encrypt, DescribeKey, EnableKey, ...). */
export function defineKeyOperation<const Op extends KmsOperationName, const L extends readonly (keyof InputOf<Op>)[]>(
  spec: KeyOperationSpec<Op, L> & CompleteRequired<Op, L>,
): OperationDefinition {
  return {
    ...base(spec),
    target: { kind: 'param', param: String(spec.key.param), forms: spec.key.forms },
    keyStates: spec.keyStates,
    resolveKey: () => undefined,
    run: (ctx) => spec.run(ctx as KeyContext<CheckedInput<Op, L[number]>>),
  };
}

/** Defines an operation that finds its key itself (Decrypt, ReEncrypt, RetireGrant). */
export function defineResolvingOperation<const Op extends KmsOperationName, const L extends readonly (keyof InputOf<Op>)[], S>(
  spec: ResolvingOperationSpec<Op, L, S> & CompleteRequired<Op, L>,
): OperationDefinition {
  return {
    ...base(spec),
    target: { kind: 'custom' },
    keyStates: spec.keyStates,
    resolveKey: (ctx) => spec.resolveKey(ctx as RequestContext<CheckedInput<Op, L[number]>>),
    run: (ctx) => spec.run(ctx as KeyContext<CheckedInput<Op, L[number]>, S>),
  };
}
