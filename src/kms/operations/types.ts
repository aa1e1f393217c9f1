/**
 * How an operation is described: once, with its AWS name, documentation URL, IAM action, target key
 * parameter, allowed key states and implementation. The dispatcher does the common work (principal,
 * key resolution, authorization, key state, audit) so `run` only holds the operation's own logic.
 */
import type { Principal } from '../access-hooks';
import type { Engine } from '../engine';
import type { KeyStatePolicy } from '../key-state';
import type { KeyRecord } from '../model';

/** Which forms of key identifier a parameter accepts. */
export type KeyIdForms = 'any' | 'idOrArn';

/** Where an operation's target key comes from. */
export type OperationTarget =
  /** Account-level action (CreateKey, ListKeys, GenerateRandom, ...): resource `*`. */
  | { kind: 'none' }
  /** A key named by an input parameter, e.g. `KeyId`. */
  | { kind: 'param'; param: string; forms: KeyIdForms; optional?: boolean }
  /** The operation resolves the key itself in `resolveKey` (Decrypt/ReEncrypt read it from the ciphertext). */
  | { kind: 'custom' };

/** What a running operation can use. */
export interface OperationContext<I = Record<string, unknown>> {
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
  /** The target key (after resolution, authorization and state check). */
  key: KeyRecord | undefined;
  /** Per-request scratch space (e.g. a parsed ciphertext blob from resolveKey). */
  readonly scratch: Record<string, unknown>;
  /** Resolves a key identifier in this request's account and Region (NotFoundException when absent). */
  resolveKey(keyId: string, forms?: KeyIdForms): KeyRecord;
  /** Runs one more permission check (ReEncryptTo on the destination key, alias checks); throws AccessDeniedException. */
  authorize(action: string, key: KeyRecord | undefined, resource?: string): Promise<void>;
}

/** One KMS operation, described once. */
export interface OperationDefinition<I = Record<string, unknown>, O = Record<string, unknown>> {
  /** AWS operation name, e.g. `Encrypt`. */
  name: string;
  /** AWS API Reference page. */
  docUrl: string;
  /** One-line description for the console, diagrams and quiz explanations. */
  description: string;
  /** IAM permission checked against the target key (or `*`), e.g. `kms:Encrypt`. */
  action: string;
  /** Extra permissions the operation checks itself (documentation only), e.g. `kms:ReEncryptTo`. */
  extraActions?: string[];
  target: OperationTarget;
  /** Allowed key states for the target key (required unless target is `none`). */
  keyStates?: KeyStatePolicy;
  /**
   * True when the operation cannot be used on AWS managed keys (management operations): AWS's policy on
   * those keys never allows them, so the request fails with AccessDeniedException.
   */
  customerManagedOnly?: boolean;
  /** Request validation (ValidationException), run before key resolution and authorization. */
  validate?(input: I): void;
  /** For target `custom`: find the key (may throw InvalidCiphertextException etc.). */
  resolveKey?(ctx: OperationContext<I>): Promise<KeyRecord | undefined> | KeyRecord | undefined;
  /** True when the operation changes state (the core persists and re-plans lifecycle events after it). */
  mutates?: boolean;
  run(ctx: OperationContext<I>): Promise<O> | O;
}
