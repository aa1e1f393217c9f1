/**
 * Setting a lab up in its workspace and remembering that it was: the starting state is made by the
 * lab's own `setup`, through the simulator's API, and what it recorded (facts) is kept in the
 * workspace's store beside the simulator's own collections, so a reset (which clears the store) forgets
 * it with everything else.
 */
import type { Kms, KmsStore } from '@/kms';
import type { AuditTrail, Iam } from '@/kms/access';
import { labById } from './definitions';
import type { LabFacts } from './model';

/** What seeding and snapshots need from a workspace (kms-runtime's `Workspace` has it, as do tests). */
export interface LabWorkspace {
  kms: Kms<Iam, AuditTrail>;
  store: KmsStore;
  clock: { now(): number; offset(): number; setOffset(ms: number): void };
}

/** What the workspace remembers about its lab's starting state. */
export interface LabState {
  labId: string;
  /** The lab definition's `version` when it was set up. */
  version: number;
  /** Simulated time when the setup finished: events up to it are the starting state's. */
  setupEndedAt: number;
  facts: LabFacts;
}

/** The store collection that holds {@link LabState} (cleared by a reset, like every other collection). */
export const LAB_STATE_COLLECTION = 'lab';
const STATE_ID = 'state';

/**
 * The learner's clock starts a minute after the setup's last event, so the starting state's events and
 * the learner's never share a second of the audit trail (CloudTrail times have second precision).
 */
export const SETUP_GAP_MS = 60_000;

function isLabState(value: unknown, labId: string): value is LabState {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  if (v.labId !== labId || typeof v.version !== 'number' || typeof v.setupEndedAt !== 'number') return false;
  const facts = v.facts;
  return !!facts && typeof facts === 'object' && Object.values(facts).every((x) => typeof x === 'string');
}

/** The lab state saved in a workspace, or undefined when the lab was never set up there. */
export async function readLabState(labId: string, ws: LabWorkspace): Promise<LabState | undefined> {
  const rows = await ws.store.getAll(LAB_STATE_COLLECTION);
  const value = rows.find((r) => r.id === STATE_ID)?.value;
  return isLabState(value, labId) ? value : undefined;
}

/**
 * Sets a lab up in an empty workspace (the caller resets it first): runs the lab's setup, waits for
 * every write, moves the clock past the setup and saves the facts. Throws for an unknown lab id.
 */
export async function seedLab(labId: string, ws: LabWorkspace): Promise<LabState> {
  const lab = labById(labId);
  if (!lab) throw new Error(`There is no lab "${labId}". Leave it and choose one from the Labs page.`);
  await ws.kms.ready();
  const facts = await lab.setup({
    kms: ws.kms,
    now: () => ws.clock.now(),
    advance: (ms) => {
      if (ms > 0) ws.clock.setOffset(ws.clock.offset() + ms);
    },
  });
  await ws.kms.flush();
  const state: LabState = { labId, version: lab.version, setupEndedAt: ws.clock.now(), facts: { ...facts } };
  ws.clock.setOffset(ws.clock.offset() + SETUP_GAP_MS);
  await ws.store.put(LAB_STATE_COLLECTION, STATE_ID, state);
  return state;
}

/**
 * Makes sure a lab's workspace holds its starting state: a workspace that was never set up (or whose
 * setup was interrupted) is cleared and set up. A lab id this version does not know is left alone.
 */
export async function ensureLabSeeded(labId: string, ws: LabWorkspace): Promise<LabState | undefined> {
  if (!labById(labId)) return undefined;
  await ws.kms.ready();
  const saved = await readLabState(labId, ws);
  if (saved) return saved;
  await ws.kms.reset();
  ws.clock.setOffset(0);
  return seedLab(labId, ws);
}
