import { mergeForSave } from './merge';
import { migrateToCurrent } from './migrations';
import { BACKUP_KEY_PREFIX, CORRUPT_KEY_PREFIX, emptyProgress, PROGRESS_KEY, PROGRESS_VERSION, type ProgressData } from './schema';
import { countInvalidChanges, sanitiseProgress } from './validate';

/** What reading the stored progress found. */
type StoredState =
  | { kind: 'empty' }
  | { kind: 'ok'; data: ProgressData; from: number; dropped: number; raw: string }
  | { kind: 'newer'; version: number; raw: string; preview?: ProgressData }
  | { kind: 'corrupt'; raw: string; reason: string }
  | { kind: 'unavailable'; error: string };

/** How loading went, for the UI to explain. */
export type LoadStatus = 'empty' | 'ok' | 'migrated' | 'recovered' | 'corrupt' | 'newer' | 'unavailable';

/** The result of {@link loadProgress}. */
export interface LoadResult {
  /** Progress to use (empty when nothing usable was stored). */
  data: ProgressData;
  status: LoadStatus;
  /** A sentence for the learner when something needs their attention. */
  notice?: string;
  /** True when saving must not happen (newer schema stored, or damaged data that could not be kept aside). */
  readOnly: boolean;
  /** Key holding a copy of damaged data, when one was made. */
  corruptKey?: string;
  /** Schema version the data was migrated from. */
  migratedFrom?: number;
  /** The stored text before migration (for a backup in the history database). */
  migratedRaw?: string;
}

/** Why a save did not happen. */
export type SaveFailure = 'quota' | 'newer-version' | 'corrupt' | 'unavailable' | 'invalid';

/** The result of {@link saveProgress}. */
export type SaveResult = { ok: true; data: ProgressData } | { ok: false; reason: SaveFailure; message: string };

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** True for the "storage is full" errors of every browser engine. */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: string; code?: number };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

type ReadOk = Extract<StoredState, { kind: 'ok' }>;

/**
 * The last current-version document read or written through each storage, by its exact text. A save
 * re-reads the stored text (another tab may have written); when it is the text this tab last saw, the
 * parsed, validated document is reused instead of parsing and checking it again, which is most of the
 * cost of a save. Updates never change the document they are given, so sharing it is safe.
 */
const lastSeen = new WeakMap<Storage, ReadOk>();

function readStored(storage: Storage): StoredState {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch (error) {
    return { kind: 'unavailable', error: errorText(error) };
  }
  if (raw === null) return { kind: 'empty' };
  const seen = lastSeen.get(storage);
  if (seen && seen.raw === raw) return seen;
  const state = parseStored(raw);
  if (state.kind === 'ok' && state.dropped === 0 && state.from === PROGRESS_VERSION) lastSeen.set(storage, state);
  return state;
}

function parseStored(raw: string): StoredState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { kind: 'corrupt', raw, reason: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const migrated = migrateToCurrent(parsed);
  if (migrated.kind === 'invalid') return { kind: 'corrupt', raw, reason: migrated.reason };
  if (migrated.kind === 'newer') {
    // Best effort: show what a newer app saved if its fields still read as ours; never write it back.
    const preview = sanitiseProgress({ ...(parsed as object), version: PROGRESS_VERSION });
    return preview
      ? { kind: 'newer', version: migrated.version, raw, preview: preview.data }
      : { kind: 'newer', version: migrated.version, raw };
  }
  const clean = sanitiseProgress(migrated.doc);
  if (!clean) return { kind: 'corrupt', raw, reason: 'it does not have the shape of KMS Lab progress' };
  return { kind: 'ok', data: clean.data, from: migrated.from, dropped: clean.dropped, raw };
}

/** Keys of kept-aside copies of damaged progress, oldest first. */
export function listCorruptCopies(storage: Storage): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key && key.startsWith(CORRUPT_KEY_PREFIX)) keys.push(key);
    }
  } catch {
    return [];
  }
  return keys.sort();
}

/** The text of a kept-aside copy or backup (for export/download), or null. Only progress keys are readable. */
export function readStoredCopy(storage: Storage, key: string): string | null {
  if (!key.startsWith(CORRUPT_KEY_PREFIX) && !key.startsWith(BACKUP_KEY_PREFIX)) return null;
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Deletes a kept-aside copy once the learner has exported or dismissed it. */
export function removeStoredCopy(storage: Storage, key: string): void {
  if (!key.startsWith(CORRUPT_KEY_PREFIX) && !key.startsWith(BACKUP_KEY_PREFIX)) return;
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: the copy simply stays.
  }
}

/**
 * Copies damaged data aside under `kmslab.progress.corrupt.<timestamp>` (once: an identical copy
 * is reused). Returns the key, or undefined when the copy could not be written (e.g. quota).
 */
function keepAside(storage: Storage, raw: string, now: Date): string | undefined {
  for (const key of listCorruptCopies(storage)) {
    try {
      if (storage.getItem(key) === raw) return key;
    } catch {
      break;
    }
  }
  let key = CORRUPT_KEY_PREFIX + now.toISOString();
  try {
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${CORRUPT_KEY_PREFIX}${now.toISOString()}-${n}`;
    storage.setItem(key, raw);
    return key;
  } catch {
    return undefined;
  }
}

const UNAVAILABLE =
  'This browser does not let KMS Lab keep data (storage is blocked or this is a private window), so progress lasts only until the tab closes. Export your progress before leaving to keep it.';

function newerMessage(version: number): string {
  return `Your progress was saved by a newer version of KMS Lab (data version ${version}; this one reads up to ${PROGRESS_VERSION}). It is kept unchanged and shown read-only here; nothing new is saved. Reload the page to get the newer version.`;
}

/**
 * Reads progress from storage without ever destroying it: migrates older versions, keeps newer
 * versions untouched (read-only), and copies damaged data aside before anything could replace it.
 */
export function loadProgress(storage: Storage, now: Date = new Date()): LoadResult {
  const state = readStored(storage);
  switch (state.kind) {
    case 'empty':
      return { data: emptyProgress(), status: 'empty', readOnly: false };
    case 'unavailable':
      return { data: emptyProgress(), status: 'unavailable', readOnly: false, notice: UNAVAILABLE };
    case 'newer':
      return { data: state.preview ?? emptyProgress(), status: 'newer', readOnly: true, notice: newerMessage(state.version) };
    case 'corrupt': {
      const key = keepAside(storage, state.raw, now);
      if (!key) {
        return {
          data: emptyProgress(),
          status: 'corrupt',
          readOnly: true,
          notice: `Your saved progress could not be read (${state.reason}) and there was no room to copy it aside, so it is left exactly as it is and nothing new will be saved. Free some browser storage, then reload.`,
        };
      }
      return {
        data: emptyProgress(),
        status: 'corrupt',
        readOnly: false,
        corruptKey: key,
        notice: `Your saved progress could not be read (${state.reason}). It was kept aside unchanged (as "${key}") so you can export it from the progress page; KMS Lab starts with empty progress.`,
      };
    }
    case 'ok': {
      const result: LoadResult = { data: state.data, status: state.from < PROGRESS_VERSION ? 'migrated' : 'ok', readOnly: false };
      if (state.from < PROGRESS_VERSION) {
        result.migratedFrom = state.from;
        result.migratedRaw = state.raw;
      }
      if (state.dropped > 0) {
        const key = keepAside(storage, state.raw, now);
        result.status = 'recovered';
        if (key) {
          result.corruptKey = key;
          result.notice = `${state.dropped} damaged ${state.dropped === 1 ? 'entry' : 'entries'} in your saved progress could not be read and ${state.dropped === 1 ? 'was' : 'were'} left out; everything else loaded. The full original is kept aside as "${key}".`;
        } else {
          result.readOnly = true;
          result.notice = `${state.dropped} damaged ${state.dropped === 1 ? 'entry' : 'entries'} in your saved progress could not be read. There was no room to keep a copy, so nothing new will be saved until you free some browser storage and reload.`;
        }
      }
      return result;
    }
  }
}

/** Options of {@link saveProgress}. */
export interface SaveOptions {
  /**
   * Keys (`attemptKey`, `examKey` in merge.ts) of pending history the history database has committed:
   * they are dropped from the document in this write.
   */
  committed?: ReadonlySet<string>;
}

/** A pre-migration document up to this size is also copied aside in localStorage; larger ones only in IndexedDB. */
const LOCAL_BACKUP_MAX_CHARS = 256 * 1024;

/**
 * Saves progress safely for several open tabs: re-reads what is stored, applies `update` to it,
 * merges (pending history unioned, later card review wins) and writes. Never replaces a newer
 * schema or unreadable data that could not be copied aside; a full quota leaves storage as it was.
 */
export function saveProgress(
  storage: Storage,
  update: (data: ProgressData) => ProgressData,
  now: Date = new Date(),
  options: SaveOptions = {},
): SaveResult {
  const state = readStored(storage);
  let base: ProgressData;
  switch (state.kind) {
    case 'unavailable':
      return { ok: false, reason: 'unavailable', message: UNAVAILABLE };
    case 'newer':
      return { ok: false, reason: 'newer-version', message: newerMessage(state.version) };
    case 'corrupt':
      if (!keepAside(storage, state.raw, now)) {
        return {
          ok: false,
          reason: 'corrupt',
          message:
            'Your saved progress is damaged and there was no room to copy it aside, so it was not overwritten and this answer was not saved. Free some browser storage and reload.',
        };
      }
      base = emptyProgress();
      break;
    case 'ok':
      if (state.dropped > 0 && !keepAside(storage, state.raw, now)) {
        return {
          ok: false,
          reason: 'corrupt',
          message:
            'Part of your saved progress is damaged and there was no room to keep a copy, so it was not overwritten. Free some browser storage and reload.',
        };
      }
      if (state.from < PROGRESS_VERSION && state.raw.length <= LOCAL_BACKUP_MAX_CHARS) {
        // Keep the pre-migration document once, in case a migration ever needs to be redone. A large
        // one is not doubled here (the copy could take the room the migrated document needs): the
        // progress store keeps it in IndexedDB before the first migrated save.
        try {
          const backupKey = `${BACKUP_KEY_PREFIX}${state.from}`;
          if (storage.getItem(backupKey) === null) storage.setItem(backupKey, state.raw);
        } catch {
          // Best effort only: the migration is pure and tested, and refusing to save would lose answers.
        }
      }
      base = state.data;
      break;
    case 'empty':
      base = emptyProgress();
      break;
  }
  let mine: ProgressData;
  try {
    // No defensive copy: `base` is freshly parsed and only feeds the merge below, where anything
    // an update changed in place is still unioned correctly.
    mine = update(base);
  } catch (error) {
    return {
      ok: false,
      reason: 'invalid',
      message: `The change could not be applied (${errorText(error)}); stored progress is unchanged.`,
    };
  }
  const invalid = countInvalidChanges(base, mine);
  if (invalid === undefined || invalid > 0) {
    return {
      ok: false,
      reason: 'invalid',
      message: `The change contained ${invalid ?? 'unreadable'} malformed ${invalid === 1 ? 'entry' : 'entries'}, so it was not saved; stored progress is unchanged. Please report this.`,
    };
  }
  const merged = mergeForSave(base, mine, options.committed);
  try {
    const text = JSON.stringify(merged);
    storage.setItem(PROGRESS_KEY, text);
    lastSeen.set(storage, { kind: 'ok', data: merged, from: PROGRESS_VERSION, dropped: 0, raw: text });
  } catch (error) {
    if (isQuotaError(error)) {
      return {
        ok: false,
        reason: 'quota',
        message:
          "Browser storage is full, so this change was not saved. Everything saved before is still there. Export your progress to a file, then free space (for example remove imported banks you no longer need or clear other sites' data).",
      };
    }
    return {
      ok: false,
      reason: 'unavailable',
      message: `Progress could not be saved (${errorText(error)}). Everything saved before is still there.`,
    };
  }
  return { ok: true, data: merged };
}
