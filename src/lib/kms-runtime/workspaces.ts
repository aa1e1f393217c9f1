import { createIndexedDbStore, createKms, type Kms, type KmsStore } from '@/kms';
import { createAccessLayer, type AuditTrail, type Iam } from '@/kms/access';
import { currentWorkspaceId, labIdOf, type WorkspaceId } from './current-workspace';
import { CLOCK_OFFSET_STORAGE_KEY, createSimulatedClock, type SimulatedClock } from './simulated-clock';

/** The IndexedDB database the learner's own lab persists to (unchanged since the first release). */
export const APP_KMS_DB_NAME = 'kmslab';

/** The app's KMS, with IAM principals, key policies, grants and the audit trail. */
export type AppKms = Kms<Iam, AuditTrail>;

/** One workspace: its simulator, the store behind it and its clock. */
export interface Workspace {
  id: WorkspaceId;
  /** The lab challenge this workspace belongs to; undefined for the learner's own lab. */
  labId: string | undefined;
  kms: AppKms;
  store: KmsStore;
  clock: SimulatedClock;
}

/** Events a lab workspace keeps: a lab's starting history plus a session of console reads fits easily. */
const LAB_AUDIT_EVENTS = 5000;

const workspaces = new Map<WorkspaceId, Workspace>();

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
