/**
 * Where grants live: in memory, written through to the shared store (collection `grants`).
 * Grant IDs are 64 hex characters like AWS's; grant tokens are opaque base64 strings.
 */
import type { KmsStore } from '../store/types';
import type { GrantConstraints, GrantOperation, GrantRecord } from './grant-model';

const COLLECTION = 'grants';

/** What CreateGrant stores. */
export interface NewGrant {
  keyArn: string;
  keyAccountId: string;
  region: string;
  granteePrincipal: string;
  retiringPrincipal?: string;
  issuingAccount: string;
  operations: GrantOperation[];
  constraints?: GrantConstraints;
  name?: string;
}

function sameConstraints(a: GrantConstraints | undefined, b: GrantConstraints | undefined): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(c: GrantConstraints | undefined): unknown {
  if (!c) return null;
  const sort = (m: Record<string, string> | undefined) => (m ? Object.entries(m).sort(([x], [y]) => x.localeCompare(y)) : null);
  return [sort(c.EncryptionContextEquals), sort(c.EncryptionContextSubset)];
}

/** The grant store. */
export class GrantStore {
  private readonly grants = new Map<string, GrantRecord>();
  /** Every token ever issued (so a token of a retired grant is "valid but useless", not "malformed"). */
  private readonly issuedTokens = new Set<string>();

  constructor(private readonly options: { store: KmsStore; random: (b: Uint8Array) => void; now: () => number }) {}

  /**
   * Creates a grant. CreateGrant is idempotent by Name: the same name with the same parameters
   * returns the existing grant instead of a new one.
   */
  create(input: NewGrant): { grant: GrantRecord; created: boolean } {
    if (input.name) {
      const existing = this.forKey(input.keyArn).find(
        (g) =>
          g.name === input.name &&
          g.granteePrincipal === input.granteePrincipal &&
          g.retiringPrincipal === input.retiringPrincipal &&
          [...g.operations].sort().join() === [...input.operations].sort().join() &&
          sameConstraints(g.constraints, input.constraints),
      );
      if (existing) return { grant: existing, created: false };
    }
    const grant: GrantRecord = {
      grantId: this.hex(32),
      grantToken: this.token(),
      keyArn: input.keyArn,
      keyAccountId: input.keyAccountId,
      region: input.region,
      granteePrincipal: input.granteePrincipal,
      issuingAccount: input.issuingAccount,
      operations: [...input.operations],
      creationDate: this.options.now(),
    };
    if (input.name) grant.name = input.name;
    if (input.retiringPrincipal) grant.retiringPrincipal = input.retiringPrincipal;
    if (input.constraints) grant.constraints = input.constraints;
    this.grants.set(grant.grantId, grant);
    this.issuedTokens.add(grant.grantToken);
    void this.options.store.put(COLLECTION, grant.grantId, grant);
    return { grant, created: true };
  }

  /** Grants on one key, oldest first. */
  forKey(keyArn: string): GrantRecord[] {
    return [...this.grants.values()].filter((g) => g.keyArn === keyArn);
  }

  /** A grant by ID. */
  get(grantId: string): GrantRecord | undefined {
    return this.grants.get(grantId);
  }

  /** The grant a token belongs to (undefined once the grant is retired or revoked). */
  byToken(token: string): GrantRecord | undefined {
    return [...this.grants.values()].find((g) => g.grantToken === token);
  }

  /** True when the simulator issued this token (even if its grant is gone). */
  isKnownToken(token: string): boolean {
    return this.issuedTokens.has(token);
  }

  /** Grants naming `principalArn` as retiring principal, across all keys. */
  retirableBy(principalArn: string): GrantRecord[] {
    return [...this.grants.values()].filter((g) => g.retiringPrincipal === principalArn);
  }

  /** Every grant. */
  all(): GrantRecord[] {
    return [...this.grants.values()];
  }

  /** Deletes a grant (RetireGrant / RevokeGrant). */
  remove(grantId: string): void {
    if (this.grants.delete(grantId)) void this.options.store.delete(COLLECTION, grantId);
  }

  /** Deletes every grant of a key (the key was deleted). */
  removeForKey(keyArn: string): void {
    for (const g of this.forKey(keyArn)) this.remove(g.grantId);
  }

  /** Loads persisted grants. */
  async load(): Promise<void> {
    this.grants.clear();
    for (const { value } of await this.options.store.getAll(COLLECTION)) {
      const g = value as GrantRecord;
      if (g && typeof g.grantId === 'string') {
        this.grants.set(g.grantId, g);
        this.issuedTokens.add(g.grantToken);
      }
    }
  }

  /** Forgets every grant (the store itself is cleared by the core's reset). */
  reset(): void {
    this.grants.clear();
    this.issuedTokens.clear();
  }

  private hex(bytes: number): string {
    const b = new Uint8Array(bytes);
    this.options.random(b);
    return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  }

  private token(): string {
    const b = new Uint8Array(96);
    this.options.random(b);
    let binary = '';
    for (const x of b) binary += String.fromCharCode(x);
    return btoa(binary);
  }
}
