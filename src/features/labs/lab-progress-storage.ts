/** A lab's progress record (see the progress schema in `@/quiz`). */
export interface LabRecord {
  startedAt?: string;
  completedAt?: string;
  hintsUsed: number;
  solutionViewed?: boolean;
}

// Interim: in memory until the progress schema gains its labs field.
let memory: Record<string, LabRecord> = {};

/** Every lab record saved so far. */
export function readLabRecords(): Record<string, LabRecord> {
  return memory;
}

/** Saves one lab's record. */
export function saveLabRecord(
  labId: string,
  change: (record: LabRecord) => LabRecord,
): { ok: true; records: Record<string, LabRecord> } | { ok: false; message: string } {
  memory = { ...memory, [labId]: change(memory[labId] ?? { hintsUsed: 0 }) };
  return { ok: true, records: memory };
}
