/**
 * The audit trail: CloudTrail-shaped events of every request, newest first, bounded in size,
 * subscribable (the console's live log), and persisted in the shared store (collection `audit`).
 *
 * It holds compact, already redacted {@link AuditRecord}s and builds each CloudTrail-shaped event the
 * first time it is read (list, latest, subscribers), then keeps it, so repeated reads return the same
 * objects. Filters read the records directly. Full events (from `add` or stored by earlier versions)
 * are kept as they are. The store holds the same items, in pages (see {@link PAGE_SIZE}).
 */
import type { KmsStore } from '../store/types';
import { auditEventIds, isAuditRecord, materializeAuditEvent, type AuditEvent, type AuditEventIds, type AuditRecord } from './audit-event';

const COLLECTION = 'audit';

/**
 * Events are persisted in pages of this many, one store row per page (`page-<12-digit number>`): each
 * request rewrites the row of the page it joins (same id, so no new key per request) and a page's row
 * is deleted once all its events have been dropped. One row per event meant a new key to write and an
 * old one to delete on every request. Rows with a bare 12-digit id are single events from earlier
 * versions; `load` still reads them (and rewrites the trail as pages).
 */
const PAGE_SIZE = 25;
const PAGE_ID = /^page-(\d{12})$/;
const LEGACY_ID = /^\d{12}$/;
/**
 * How long the row of the page being filled may lag behind (ms). A timer per event, or even per timer
 * tick, cost more than the rest of the audit record under a burst of requests; the store is only read
 * at the next start (a memory store even holds the live page), so a short lag is harmless.
 */
const WRITE_DELAY_MS = 50;
const pageId = (page: number) => `page-${String(page).padStart(12, '0')}`;

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
  /**
   * Oldest first internally; `list` reverses. The held events are `events[first..]`: dropping the
   * oldest advances `first` (the array is compacted now and then) instead of shifting 500 entries on
   * every request.
   */
  private events: Item[] = [];
  private first = 0;
  /** Events built from records, once each. */
  private readonly built = new WeakMap<AuditRecord, AuditEvent>();
  private readonly listeners = new Set<(event: AuditEvent) => void>();
  /** Number of the newest event (1, 2, ...); event n is in page floor((n - 1) / PAGE_SIZE). */
  private sequence = 0;
  /** The page new events join, and its items (the row's value). */
  private page = -1;
  private pageItems: Item[] = [];
  private pageRowId = '';
  /** The page row has events not yet written; a timer writes them (see {@link persist}). */
  private pageDirty = false;
  private writeTimer: ReturnType<typeof setTimeout> | undefined;
  readonly maxEvents: number;

  constructor(private readonly options: AuditTrailOptions) {
    this.maxEvents = Math.max(1, options.maxEvents ?? 500);
  }

  /** Events, newest first, optionally filtered. */
  list(filter: AuditFilter = {}): AuditEvent[] {
    const out: AuditEvent[] = [];
    for (let i = this.events.length - 1; i >= this.first; i--) {
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
    if (this.events.length === this.first) return undefined;
    return this.eventOf(this.events[this.events.length - 1]!);
  }

  /** The ID seed of the newest event that has one (records carry it), to continue the ID sequence after a reload. */
  newestIdSeed(): number | undefined {
    for (let i = this.events.length - 1; i >= this.first; i--) {
      const e = this.events[i]!;
      if (isAuditRecord(e) && e.idSeed !== undefined) return e.idSeed;
    }
    return undefined;
  }

  /** Number of events held. */
  get size(): number {
    return this.events.length - this.first;
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
    const seq = ++this.sequence;
    this.events.push(item);
    this.persist(seq, item);
    while (this.events.length - this.first > this.maxEvents) {
      // The dropped event's number; when it was the last of its page, no held event is in that page.
      const dropped = seq - (this.events.length - this.first) + 1;
      this.events[this.first] = undefined as unknown as Item; // collectable now; the slot goes at compaction
      this.first++;
      if (dropped % PAGE_SIZE === 0) void this.options.store.delete(COLLECTION, pageId(dropped / PAGE_SIZE - 1));
    }
    if (this.first >= 256) {
      this.events = this.events.slice(this.first);
      this.first = 0;
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

  /**
   * Writes event number `seq` into its page's row. A new page's row is written at once; further events
   * of the page are written together at most {@link WRITE_DELAY_MS} later (a burst of requests rewrites
   * the row once, not once per request), and a page is written in full before the next one starts.
   */
  private persist(seq: number, item: Item): void {
    const page = Math.floor((seq - 1) / PAGE_SIZE);
    if (page !== this.page) {
      this.writePage();
      this.page = page;
      this.pageItems = [item];
      this.pageRowId = pageId(page);
      void this.options.store.put(COLLECTION, this.pageRowId, this.pageItems);
      return;
    }
    this.pageItems.push(item);
    this.pageDirty = true;
    this.writeTimer ??= setTimeout(() => {
      this.writeTimer = undefined;
      this.writePage();
    }, WRITE_DELAY_MS);
  }

  /** Writes the current page's row if it has unwritten events. */
  private writePage(): void {
    if (this.writeTimer !== undefined) {
      clearTimeout(this.writeTimer);
      this.writeTimer = undefined;
    }
    if (!this.pageDirty) return;
    this.pageDirty = false;
    void this.options.store.put(COLLECTION, this.pageRowId, this.pageItems);
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
    this.reset();
    await Promise.all(ids.map((id) => this.options.store.delete(COLLECTION, id)));
  }

  /**
   * Loads persisted events, oldest first: single-event rows of earlier versions (by id), then pages
   * (by number). Anything that is not an event or a record is skipped. Unless the rows already are
   * exactly the pages this trail would have written, they are rewritten that way.
   */
  async load(): Promise<void> {
    const rows = await this.options.store.getAll(COLLECTION);
    const legacy = rows.filter((r) => LEGACY_ID.test(r.id)).sort((a, b) => a.id.localeCompare(b.id));
    const pages = rows
      .map((r) => ({ row: r, match: PAGE_ID.exec(r.id) }))
      .filter((p): p is { row: (typeof rows)[number]; match: RegExpExecArray } => p.match !== null && Array.isArray(p.row.value))
      .map((p) => ({ id: p.row.id, page: Number(p.match[1]), items: p.row.value as unknown[] }))
      .sort((a, b) => a.page - b.page);
    const all = [...legacy.map((r) => r.value), ...pages.flatMap((p) => p.items)].filter(isItem);
    const held = all.slice(-this.maxEvents);
    this.reset();
    this.events = held;

    // The rows as this trail writes them: held events numbered 1..n from the first page on.
    const first = pages[0];
    const canonical =
      legacy.length === 0 &&
      rows.length === pages.length &&
      first !== undefined &&
      pages.every(
        (p, i) => p.page === first.page + i && (i === pages.length - 1 || p.items.length === PAGE_SIZE) && p.items.every(isItem),
      ) &&
      all.length <= this.maxEvents + PAGE_SIZE &&
      all.length - held.length < PAGE_SIZE;
    if (canonical) {
      const last = pages[pages.length - 1]!;
      this.sequence = last.page * PAGE_SIZE + last.items.length;
      this.page = last.page;
      this.pageItems = last.items as Item[];
      this.pageRowId = last.id;
      return;
    }
    if (rows.length === 0) return;
    // Rewrite: drop every row, then write the held events as pages 0, 1, ...
    await Promise.all(rows.map((r) => this.options.store.delete(COLLECTION, r.id)));
    for (const item of held) this.persist(++this.sequence, item);
  }

  /** Forgets events in memory (the core's reset clears the store). */
  reset(): void {
    if (this.writeTimer !== undefined) clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
    this.pageDirty = false;
    this.events = [];
    this.first = 0;
    this.sequence = 0;
    this.page = -1;
    this.pageItems = [];
    this.pageRowId = '';
  }
}

function isItem(value: unknown): value is Item {
  return isAuditRecord(value) || (typeof value === 'object' && value !== null && 'eventVersion' in value);
}
