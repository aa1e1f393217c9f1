/**
 * The audit trail: CloudTrail-shaped events of every request, newest first, bounded in size,
 * subscribable (the console's live log), and persisted in the shared store (collection `audit`).
 *
 * It holds compact, already redacted {@link AuditRecord}s and builds each CloudTrail-shaped event the
 * first time it is read (list, latest, subscribers), then keeps it, so repeated reads return the same
 * objects. Filters read the records directly. Full events (from `add` or stored by earlier versions)
 * are kept as they are.
 */
import type { KmsStore } from '../store/types';
import { auditEventIds, isAuditRecord, materializeAuditEvent, type AuditEvent, type AuditEventIds, type AuditRecord } from './audit-event';

const COLLECTION = 'audit';

/** Filters for {@link AuditTrail.list}. */
export interface AuditFilter {
  eventName?: string;
  /** Caller ARN (user, root or role session). */
  principalArn?: string;
  /** Key ARN among the event's resources. */
  keyArn?: string;
  /** Only failed requests (any errorCode) when true. */
  errorsOnly?: boolean;
  /** Only access denials when true. */
  deniedOnly?: boolean;
  limit?: number;
}

/** Options for {@link AuditTrail}. */
export interface AuditTrailOptions {
  store: KmsStore;
  /** Oldest events are dropped beyond this many. Default 500. */
  maxEvents?: number;
}

type Item = AuditRecord | AuditEvent;

const NO_IDS: AuditEventIds = { eventId: '', requestId: '' };

/** The audit trail, exposed as `kms.audit`. */
export class AuditTrail {
  /** Oldest first internally; `list` reverses. */
  private events: Item[] = [];
  /** Events built from records, once each. */
  private readonly built = new WeakMap<AuditRecord, AuditEvent>();
  private readonly listeners = new Set<(event: AuditEvent) => void>();
  private sequence = 0;
  readonly maxEvents: number;

  constructor(private readonly options: AuditTrailOptions) {
    this.maxEvents = Math.max(1, options.maxEvents ?? 500);
  }

  /** Events, newest first, optionally filtered. */
  list(filter: AuditFilter = {}): AuditEvent[] {
    const out: AuditEvent[] = [];
    for (let i = this.events.length - 1; i >= 0; i--) {
      const e = this.events[i]!;
      if (isAuditRecord(e)) {
        if (filter.eventName && e.operation !== filter.eventName) continue;
        if (filter.principalArn && e.principal?.arn !== filter.principalArn) continue;
        if (filter.keyArn && !e.resources.includes(filter.keyArn)) continue;
        if (filter.errorsOnly && !e.errorCode) continue;
        if (filter.deniedOnly && e.errorCode !== 'AccessDeniedException') continue;
      } else {
        if (filter.eventName && e.eventName !== filter.eventName) continue;
        if (filter.principalArn && e.userIdentity.arn !== filter.principalArn) continue;
        if (filter.keyArn && !e.resources?.some((r) => r.ARN === filter.keyArn)) continue;
        if (filter.errorsOnly && !e.errorCode) continue;
        if (filter.deniedOnly && e.errorCode !== 'AccessDeniedException') continue;
      }
      out.push(this.eventOf(e));
      if (filter.limit !== undefined && out.length >= filter.limit) break;
    }
    return out;
  }

  /** The newest event, if any. */
  latest(): AuditEvent | undefined {
    const last = this.events[this.events.length - 1];
    return last && this.eventOf(last);
  }

  /** Number of events held. */
  get size(): number {
    return this.events.length;
  }

  /** Calls `listener` with every new event. Returns an unsubscribe function. */
  subscribe(listener: (event: AuditEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds a finished event. */
  add(event: AuditEvent): void {
    this.push(event);
  }

  /**
   * Adds a request's compact record (the access layer calls this for every request); its event is
   * built when first read. The record must already be redacted (see `toAuditRecord`).
   */
  addRecord(record: AuditRecord): void {
    this.push(record);
  }

  private push(item: Item): void {
    this.events.push(item);
    const id = String(++this.sequence).padStart(12, '0');
    void this.options.store.put(COLLECTION, id, item);
    while (this.events.length > this.maxEvents) {
      this.events.shift();
      void this.options.store.delete(COLLECTION, String(this.sequence - this.events.length).padStart(12, '0'));
    }
    if (this.listeners.size === 0) return;
    const event = this.eventOf(item);
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        // A broken subscriber must not break KMS requests.
        console.error('KMS Lab: audit subscriber failed', error);
      }
    }
  }

  /** The CloudTrail-shaped event of an item, built once. */
  private eventOf(item: Item): AuditEvent {
    if (!isAuditRecord(item)) return item;
    let event = this.built.get(item);
    if (!event) {
      const ids = item.ids ?? (item.idSeed !== undefined ? auditEventIds(item.idSeed) : NO_IDS);
      event = materializeAuditEvent(item, ids);
      this.built.set(item, event);
    }
    return event;
  }

  /** Removes every event (also from the store). */
  async clear(): Promise<void> {
    const ids = (await this.options.store.getAll(COLLECTION)).map((r) => r.id);
    this.events = [];
    await Promise.all(ids.map((id) => this.options.store.delete(COLLECTION, id)));
  }

  /** Loads persisted events (oldest first by id). */
  async load(): Promise<void> {
    const rows = (await this.options.store.getAll(COLLECTION)).sort((a, b) => a.id.localeCompare(b.id));
    // Compact records, or full events written by earlier versions of the app.
    this.events = rows
      .map((r) => r.value as Item)
      .filter((v) => isAuditRecord(v) || (typeof v === 'object' && v !== null && 'eventVersion' in v))
      .slice(-this.maxEvents);
    const last = rows[rows.length - 1];
    this.sequence = last ? Number(last.id) || rows.length : 0;
  }

  /** Forgets events in memory (the core's reset clears the store). */
  reset(): void {
    this.events = [];
    this.sequence = 0;
  }
}
