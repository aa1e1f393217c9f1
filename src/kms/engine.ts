/**
 * The simulator's state: keys and aliases per account and Region, persistence write-through, the
 * domain key that wraps exportable secrets, and lazy lifecycle events (rotation, deletion) driven by the
 * injected clock. Operations (src/kms/operations) read and change state only through this class.
 */
import { createSymmetricMaterial } from './crypto/symmetric';
import { expiredMaterials, nextExpiry, refreshImportedKey, removeMaterial } from './imported/imported-state';
import type { AliasRecord, KeyRecord, RotationRecord } from './model';
import { rootPrincipal, type Principal } from './principal';
import type { ServiceEvent } from './service-event';
import type { KmsStore } from './store/types';

const DAY = 86_400_000;

const keyKey = (accountId: string, region: string, keyId: string) => `${accountId}/${region}/${keyId}`;
const aliasKey = (accountId: string, region: string, aliasName: string) => `${accountId}/${region}/${aliasName}`;

/** Options the engine is built from (see createKms). */
export interface EngineOptions {
  accountId: string;
  now: () => number;
  random: (b: Uint8Array) => void;
  store: KmsStore;
}

/** State and state-changing helpers shared by all operations. */
export class Engine {
  readonly accountId: string;
  readonly now: () => number;
  readonly random: (b: Uint8Array) => void;
  readonly store: KmsStore;
  /** Called after a key is permanently deleted (createKms sets it to the access layer's hook: drop its grants). */
  onKeyDeleted: ((key: KeyRecord) => void) | undefined = undefined;
  /** Called for events KMS causes itself (expired imported material); createKms sets it to the audit trail's. */
  onServiceEvent: ((event: ServiceEvent) => void) | undefined = undefined;

  private readonly keys = new Map<string, KeyRecord>();
  private readonly aliases = new Map<string, AliasRecord>();
  private domainKeyPromise: Promise<CryptoKey> | undefined;
  private writes: Promise<void> = Promise.resolve();
  /** Earliest time a lifecycle event (rotation or deletion) is due; Infinity when none. */
  private nextEventAt = Infinity;

  constructor(options: EngineOptions) {
    this.accountId = options.accountId;
    this.now = options.now;
    this.random = options.random;
    this.store = options.store;
  }

  // ---- principals -------------------------------------------------------------------------

  private readonly roots = new Map<string, Principal>();

  /** Root principal of an account (the same object on every call, so callers may cache by it). */
  rootPrincipal(accountId: string): Principal {
    let root = this.roots.get(accountId);
    if (!root) this.roots.set(accountId, (root = rootPrincipal(accountId)));
    return root;
  }

  // ---- keys -------------------------------------------------------------------------------

  /** A key record, or undefined. */
  getKey(accountId: string, region: string, keyId: string): KeyRecord | undefined {
    return this.keys.get(keyKey(accountId, region, keyId));
  }

  /** All keys of an account in a Region, in creation order. */
  listKeys(accountId: string, region: string): KeyRecord[] {
    const out: KeyRecord[] = [];
    for (const k of this.keys.values()) if (k.accountId === accountId && k.region === region) out.push(k);
    return out;
  }

  /** All records sharing a multi-Region key ID in an account (primary and replicas). */
  relatedKeys(accountId: string, keyId: string): KeyRecord[] {
    const out: KeyRecord[] = [];
    for (const k of this.keys.values()) if (k.accountId === accountId && k.keyId === keyId) out.push(k);
    return out;
  }

  /** Every key in every account and Region. */
  allKeys(): KeyRecord[] {
    return [...this.keys.values()];
  }

  /** Adds or updates a key and persists it. */
  saveKey(key: KeyRecord): void {
    this.keys.set(keyKey(key.accountId, key.region, key.keyId), key);
    this.persist((s) => s.put('keys', keyKey(key.accountId, key.region, key.keyId), key));
    this.planEvents();
  }

  /** Removes a key, its aliases and (via the access layer) its grants. The material is gone. */
  destroyKey(key: KeyRecord): void {
    this.keys.delete(keyKey(key.accountId, key.region, key.keyId));
    this.persist((s) => s.delete('keys', keyKey(key.accountId, key.region, key.keyId)));
    for (const a of this.listAliases(key.accountId, key.region)) if (a.targetKeyId === key.keyId) this.deleteAlias(a);
    key.materials = [];
    key.asymmetric = undefined;
    key.hmac = undefined;
    key.imported = undefined;
    this.onKeyDeleted?.(key);
  }

  // ---- aliases ----------------------------------------------------------------------------

  /** An alias, or undefined. */
  getAlias(accountId: string, region: string, aliasName: string): AliasRecord | undefined {
    return this.aliases.get(aliasKey(accountId, region, aliasName));
  }

  /** Aliases of an account in a Region. */
  listAliases(accountId: string, region: string): AliasRecord[] {
    const out: AliasRecord[] = [];
    for (const a of this.aliases.values()) if (a.accountId === accountId && a.region === region) out.push(a);
    return out;
  }

  /** Adds or updates an alias and persists it. */
  saveAlias(alias: AliasRecord): void {
    const id = aliasKey(alias.accountId, alias.region, alias.aliasName);
    this.aliases.set(id, alias);
    this.persist((s) => s.put('aliases', id, alias));
  }

  /** Removes an alias. */
  deleteAlias(alias: AliasRecord): void {
    const id = aliasKey(alias.accountId, alias.region, alias.aliasName);
    this.aliases.delete(id);
    this.persist((s) => s.delete('aliases', id));
  }

  // ---- persistence ------------------------------------------------------------------------

  private persist(write: (s: KmsStore) => Promise<void>): void {
    // Writes are serialised so the store sees them in the order the simulator made them.
    this.writes = this.writes
      .then(() => write(this.store))
      .catch((e) => {
        console.error('KMS Lab: could not save simulator state', e);
      });
  }

  /** Resolves when every pending write has reached the store. */
  flush(): Promise<void> {
    return this.writes;
  }

  /** Loads keys, aliases and the domain key from the store (replacing in-memory state). */
  async load(): Promise<void> {
    this.keys.clear();
    this.aliases.clear();
    for (const { id, value } of await this.store.getAll('keys')) this.keys.set(id, value as KeyRecord);
    for (const { id, value } of await this.store.getAll('aliases')) this.aliases.set(id, value as AliasRecord);
    this.domainKeyPromise = undefined;
    this.planEvents();
  }

  /** Deletes all keys and aliases (memory and store). */
  async reset(): Promise<void> {
    await this.flush();
    this.keys.clear();
    this.aliases.clear();
    this.domainKeyPromise = undefined;
    this.nextEventAt = Infinity;
    await this.store.clear();
  }

  /**
   * The simulator's domain key: a non-extractable AES-256-GCM key that wraps secrets WebCrypto cannot
   * hold as CryptoKeys (e.g. the private scalar needed to sign a pre-computed digest), like AWS's
   * domain keys wrap HSM backing keys. Created on first use and persisted.
   */
  domainKey(): Promise<CryptoKey> {
    return (this.domainKeyPromise ??= (async () => {
      const stored = (await this.store.getAll('meta')).find((r) => r.id === 'domainKey');
      if (stored) return stored.value as CryptoKey;
      const raw = new Uint8Array(32);
      this.random(raw);
      const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
      raw.fill(0);
      await this.store.put('meta', 'domainKey', key);
      return key;
    })());
  }

  /** Encrypts bytes under the domain key: nonce(12) || ciphertext+tag. */
  async wrap(bytes: Uint8Array): Promise<Uint8Array> {
    const iv = new Uint8Array(12);
    this.random(iv);
    const ct = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await this.domainKey(), bytes as Uint8Array<ArrayBuffer>),
    );
    const out = new Uint8Array(12 + ct.length);
    out.set(iv);
    out.set(ct, 12);
    return out;
  }

  /** Reverses {@link wrap}. */
  async unwrap(wrapped: Uint8Array): Promise<Uint8Array> {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: wrapped.subarray(0, 12) as Uint8Array<ArrayBuffer> },
        await this.domainKey(),
        wrapped.subarray(12) as Uint8Array<ArrayBuffer>,
      ),
    );
  }

  // ---- lifecycle --------------------------------------------------------------------------

  /** Recomputes when the next lifecycle event is due (after any state change). */
  planEvents(): void {
    let next = Infinity;
    for (const k of this.keys.values()) {
      if (k.state === 'PendingDeletion' && k.deletionDate !== undefined) next = Math.min(next, k.deletionDate);
      if (k.rotationEnabled && k.nextRotationDate !== undefined && k.state === 'Enabled' && k.multiRegionRole !== 'REPLICA')
        next = Math.min(next, k.nextRotationDate);
      if (k.imported) next = Math.min(next, nextExpiry(k));
    }
    this.nextEventAt = next;
  }

  /** True when a rotation or deletion is due at `now` (cheap check for the request hot path). */
  eventsDue(now: number): boolean {
    return now >= this.nextEventAt;
  }

  /**
   * Applies every rotation and deletion due at `now`. Called at the start of every request, so moving
   * the injected clock is enough to make them happen. Cheap when nothing is due.
   */
  advance(now: number): Promise<void> {
    if (now < this.nextEventAt) return Promise.resolve();
    // Requests arrive concurrently (a page fires several reads at once) and rotation awaits key
    // import, so two requests could both see the same rotation due and apply it twice. Running the
    // lifecycle one at a time makes the second see the first's result.
    const run = this.lifecycle.then(() => this.applyDueEvents(now));
    this.lifecycle = run.catch(() => undefined);
    return run;
  }

  /** Serialises {@link advance}. */
  private lifecycle: Promise<void> = Promise.resolve();

  private async applyDueEvents(now: number): Promise<void> {
    if (now < this.nextEventAt) return;
    // Replicas first, so a primary waiting for them can start its own waiting period.
    const due = [...this.keys.values()].sort(
      (a, b) => (a.multiRegionRole === 'REPLICA' ? -1 : 0) - (b.multiRegionRole === 'REPLICA' ? -1 : 0),
    );
    for (const key of due) {
      if (key.state === 'PendingDeletion' && key.deletionDate !== undefined && key.deletionDate <= now) {
        const deletedAt = key.deletionDate;
        this.destroyKey(key);
        if (key.multiRegionRole === 'REPLICA') this.onReplicaDeleted(key, deletedAt);
      }
    }
    this.expireImportedMaterial(now);
    for (const key of this.keys.values()) {
      if (!key.rotationEnabled || key.nextRotationDate === undefined || key.state !== 'Enabled' || key.multiRegionRole === 'REPLICA')
        continue;
      const period = (key.rotationPeriodInDays ?? 365) * DAY;
      // Each missed period rotates on its own date (a disabled key is skipped; EnableKey catches it up once).
      let next = key.nextRotationDate;
      if (next > now) continue;
      while (next <= now) {
        await this.rotate(key, next, 'AUTOMATIC');
        // CloudTrail records each automatic rotation as a RotateKey service event (ct-rotatekey.html).
        this.onServiceEvent?.({
          eventName: 'RotateKey',
          time: next,
          region: key.region,
          accountId: key.accountId,
          keyArn: key.arn,
          keyId: key.keyId,
        });
        next += period;
      }
      key.nextRotationDate = next;
      this.saveKey(key);
    }
    this.planEvents();
  }

  /**
   * Imported material past its ValidTo is deleted; the key returns to PendingImport (a key pending
   * deletion stays so) and CloudTrail records a DeleteExpiredKeyMaterial service event.
   */
  private expireImportedMaterial(now: number): void {
    for (const key of this.keys.values()) {
      if (!key.imported) continue;
      const expired = expiredMaterials(key, now);
      if (expired.length === 0) continue;
      const time = Math.min(...expired.map((m) => m.validTo ?? now));
      for (const m of expired) removeMaterial(key, m);
      refreshImportedKey(key);
      this.saveKey(key);
      this.onServiceEvent?.({
        eventName: 'DeleteExpiredKeyMaterial',
        time,
        region: key.region,
        accountId: key.accountId,
        keyArn: key.arn,
        keyId: key.keyId,
      });
    }
  }

  private onReplicaDeleted(replica: KeyRecord, deletedAt: number): void {
    const related = this.relatedKeys(replica.accountId, replica.keyId);
    const primary = related.find((k) => k.multiRegionRole === 'PRIMARY');
    if (!primary) return;
    const replicasLeft = related.filter((k) => k.multiRegionRole === 'REPLICA');
    if (primary.state === 'PendingReplicaDeletion' && replicasLeft.length === 0) {
      // The primary's own waiting period starts when its last replica is deleted (docs/kms-facts.md §4).
      primary.state = 'PendingDeletion';
      primary.deletionDate = deletedAt + (primary.pendingWindowInDays ?? 30) * DAY;
      this.saveKey(primary);
    } else {
      this.saveKey(primary);
    }
  }

  /**
   * Adds a new material version to a symmetric key (and to its multi-Region replicas, which share
   * material) and records the rotation.
   */
  async rotate(key: KeyRecord, at: number, type: RotationRecord['rotationType']): Promise<void> {
    const material = await createSymmetricMaterial(this.random, at);
    const record: RotationRecord = { keyMaterialId: material.id, rotationDate: at, rotationType: type };
    const family = key.multiRegion ? this.relatedKeys(key.accountId, key.keyId) : [key];
    if (!family.includes(key)) family.push(key);
    for (const k of family) {
      k.materials = [...k.materials, material];
      k.rotations = [...k.rotations, record];
      if (k !== key) this.saveKey(k);
    }
  }

  /** Milliseconds in a day (exported for operations). */
  static readonly DAY = DAY;
}
