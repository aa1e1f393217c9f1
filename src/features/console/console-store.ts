import { create } from 'zustand';
import { subscribeWorkspace } from '@/lib/kms-runtime';

/** One call the console made, as shown in its activity list (what ran, with what, and what came back). */
export interface CallRecord {
  id: number;
  operation: string;
  /** The SDK input exactly as sent (Uint8Array blobs). Kept in memory only, never persisted. */
  input: Record<string, unknown>;
  region: string;
  principalName: string;
  at: number;
  output?: Record<string, unknown>;
  error?: { name: string; message: string; explanation?: string };
  /** Calls one user action made together (CreateKey then CreateAlias) share a batch, shown together. */
  batch?: number;
}

interface ConsoleState {
  calls: CallRecord[];
  record: (call: Omit<CallRecord, 'id'>) => CallRecord;
  clear: () => void;
}

let nextId = 1;
let nextBatch = 1;

/** A new batch number, for the calls of one user action (see {@link CallRecord.batch}). */
export const newCallBatch = (): number => nextBatch++;

/**
 * In-memory activity of this visit. Plaintexts live here only for display and vanish on reload.
 * (Lists re-read after a call through `notifyLabChanged` in `@/lib/lab`, not through this store.)
 */
export const useConsoleStore = create<ConsoleState>((set) => ({
  calls: [],
  record: (call) => {
    const full = { ...call, id: nextId++ };
    set((s) => ({ calls: [full, ...s.calls].slice(0, 50) }));
    return full;
  },
  clear: () => set({ calls: [] }),
}));

// What ran in one workspace means nothing in another (entering or leaving a lab challenge): start afresh.
subscribeWorkspace(() => useConsoleStore.getState().clear());
