import { createIndexedDbStore, createKms, type Kms, type KmsStore } from '@/kms';
import { createAccessLayer, type AuditTrail, type Iam } from '@/kms/access';
import { CLOCK_OFFSET_STORAGE_KEY, createSimulatedClock, type SimulatedClock } from './simulated-clock';

/** The IndexedDB database the learner's own lab persists to (unchanged since the first release). */
export const APP_KMS_DB_NAME = 'kmslab';

/** The app's KMS, with IAM principals, key policies, grants and the audit trail. */
export type AppKms = Kms<Iam, AuditTrail>;

/**
 * Which simulated KMS the lab pages work on: `own` is the learner's own lab (what the console always
 * had); `lab:<id>` is the workspace of one lab challenge, with its own keys, principals, audit trail
 * and clock, so it can be reset without touching anything else.
 */
export type WorkspaceId = 'own' | `lab:${string}`;

/** One workspace: its simulator, the store behind it and its clock. */
export interface Workspace {
  id: WorkspaceId;
  /** The lab challenge this workspace belongs to; undefined for the learner's own lab. */
  labId: string | undefined;
  kms: AppKms;
  store: KmsStore;
  clock: SimulatedClock;
}

/** sessionStorage key of the current workspace: like the console's URL, the choice is per tab. */
export const WORKSPACE_STORAGE_KEY = 'kmslab.workspace';

/** Lab ids are the kebab-case ids of src/labs; anything else is not a workspace. */
const LAB_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Events a lab workspace keeps: a lab's starting history plus a session of console reads fits easily. */
const LAB_AUDIT_EVENTS = 5000;

/** The workspace id of a lab challenge. Throws on an id that could not name a lab. */
export function labWorkspaceId(labId: string): WorkspaceId {
  if (!LAB_ID.test(labId)) throw new RangeError(`"${labId}" is not a lab id (lowercase letters, digits and hyphens).`);
  return `lab:${labId}`;
}

/** The lab of a workspace id, or undefined for the learner's own lab and anything malformed. */
export function labIdOf(id: string): string | undefined {
  const labId = id.startsWith('lab:') ? id.slice(4) : undefined;
  return labId !== undefined && LAB_ID.test(labId) ? labId : undefined;
}

function sessionStore(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // Blocked storage: the choice lasts for this page only.
    return undefined;
  }
}

let current: WorkspaceId | undefined;
const workspaceListeners = new Set<() => void>();
const workspaces = new Map<WorkspaceId, Workspace>();

/** The workspace the lab pages work on now (the learner's own lab unless they entered a lab). */
export function currentWorkspaceId(): WorkspaceId {
  if (current === undefined) {
    const saved = sessionStore()?.getItem(WORKSPACE_STORAGE_KEY) ?? 'own';
    const labId = labIdOf(saved);
    current = labId ? `lab:${labId}` : 'own';
  }
  return current;
}

/** Switches every lab page (console, envelope page) to another workspace and tells subscribers. */
export function setCurrentWorkspace(id: WorkspaceId): void {
  const labId = labIdOf(id);
  const next: WorkspaceId = labId ? `lab:${labId}` : 'own';
  if (next === currentWorkspaceId()) return;
  current = next;
  try {
    if (next === 'own') sessionStore()?.removeItem(WORKSPACE_STORAGE_KEY);
    else sessionStore()?.setItem(WORKSPACE_STORAGE_KEY, next);
  } catch {
    // Storage blocked: the switch still applies to this page.
  }
  for (const listener of workspaceListeners) listener();
}

/** Calls `listener` when the current workspace changes; returns the unsubscribe function. */
export function subscribeWorkspace(listener: () => void): () => void {
  workspaceListeners.add(listener);
  return () => void workspaceListeners.delete(listener);
}

/**
 * A workspace's simulator, store and clock, created on first use. The learner's own lab keeps the
 * database (`kmslab`) and clock key it always had; a lab gets `kmslab-lab-<id>` and `kmslab.lab.<id>.clock`.
 */
export function getWorkspace(id: WorkspaceId = currentWorkspaceId()): Workspace {
  let ws = workspaces.get(id);
  if (!ws) {
    const labId = labIdOf(id);
    const store = createIndexedDbStore(labId ? `kmslab-lab-${labId}` : APP_KMS_DB_NAME);
    const clock = createSimulatedClock(labId ? `kmslab.lab.${labId}.clock` : CLOCK_OFFSET_STORAGE_KEY);
    const kms = createKms<Iam, AuditTrail>({
      store,
      now: () => clock.now(),
      access: (core) => createAccessLayer(core, labId ? { maxAuditEvents: LAB_AUDIT_EVENTS } : {}),
    });
    ws = { id: labId ? `lab:${labId}` : 'own', labId, kms, store, clock };
    workspaces.set(id, ws);
  }
  return ws;
}

const loading = new Map<WorkspaceId, Promise<Workspace>>();

/**
 * Resolves once a workspace has loaded its saved state; a lab workspace opened for the first time (or
 * after its data was cleared) is set up in its starting state first. Concurrent callers share one load.
 */
export function loadWorkspace(id: WorkspaceId = currentWorkspaceId()): Promise<Workspace> {
  let promise = loading.get(id);
  if (!promise) {
    const ws = getWorkspace(id);
    promise = (async () => {
      await ws.kms.ready();
      if (ws.labId) {
        // Loaded on demand: the lab definitions (starting states, checkers) stay out of the console's chunk.
        const labs = await import('@/labs/registry');
        await labs.ensureLabSeeded(ws.labId, ws);
      }
      return ws;
    })();
    // A failed load (IndexedDB blocked, say) is tried again on the next call.
    promise.catch(() => loading.delete(id));
    loading.set(id, promise);
  }
  return promise;
}

/** Resolves once the current workspace's KMS has loaded its saved state. */
export async function loadAppKms(): Promise<AppKms> {
  return (await loadWorkspace()).kms;
}

/**
 * Starts a workspace over: every key, principal, grant and audit event is deleted and the clock goes
 * back to real time. A lab workspace is then set up again in the lab's starting state; the learner's
 * own lab stays empty. Other workspaces are not touched.
 */
export async function resetWorkspace(id: WorkspaceId = currentWorkspaceId()): Promise<void> {
  const ws = await loadWorkspace(id);
  await ws.kms.reset();
  ws.clock.reset();
  if (ws.labId) {
    const labs = await import('@/labs/registry');
    await labs.seedLab(ws.labId, ws);
  }
}
