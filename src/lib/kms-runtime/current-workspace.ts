/**
 * Which workspace the lab pages work on, and who to tell when it changes. Nothing here loads the
 * simulator, so the app shell (the lab context every page shares) can follow the workspace while the
 * KMS and the AWS SDK stay in the lazily loaded lab pages.
 */

/**
 * Which simulated KMS the lab pages work on: `own` is the learner's own lab (what the console always
 * had); `lab:<id>` is the workspace of one lab challenge, with its own keys, principals, audit trail
 * and clock, so it can be reset without touching anything else.
 */
export type WorkspaceId = 'own' | `lab:${string}`;

/** sessionStorage key of the current workspace: like the console's URL, the choice is per tab. */
export const WORKSPACE_STORAGE_KEY = 'kmslab.workspace';

/** Lab ids are the kebab-case ids of src/labs; anything else is not a workspace. */
const LAB_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

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
