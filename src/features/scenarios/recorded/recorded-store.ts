import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { RecordedScenario } from '@/scenarios';

interface ScenarioDb extends DBSchema {
  recorded: { key: string; value: RecordedScenario };
}

const DB_NAME = 'kmslab-scenarios';
let db: Promise<IDBPDatabase<ScenarioDb>> | undefined;

/** The browser's store of recorded and imported scenarios (IndexedDB keeps their bytes as Uint8Arrays). */
function open(): Promise<IDBPDatabase<ScenarioDb>> {
  db ??= openDB<ScenarioDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('recorded', { keyPath: 'id' });
    },
  }).catch((err: unknown) => {
    db = undefined; // let a later attempt try again (storage may be allowed after a reload)
    throw new Error(`This browser would not open its scenario store (${err instanceof Error ? err.message : String(err)}).`);
  });
  return db;
}

/** Every saved scenario, newest first. */
export async function listRecorded(): Promise<RecordedScenario[]> {
  const all = await (await open()).getAll('recorded');
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** One saved scenario, or undefined. */
export async function getRecorded(id: string): Promise<RecordedScenario | undefined> {
  return (await open()).get('recorded', id);
}

/** Saves (or replaces) a scenario. A full quota rejects with the browser's error; nothing else changes. */
export async function saveRecorded(scenario: RecordedScenario): Promise<void> {
  await (await open()).put('recorded', scenario);
}

/** Deletes a saved scenario. */
export async function deleteRecorded(id: string): Promise<void> {
  await (await open()).delete('recorded', id);
}

/** A fresh id for a new recording: `session-` and the time, unique enough for one browser. */
export function newRecordingId(now = Date.now()): string {
  return `session-${now.toString(36)}-${Math.floor(Math.random() * 1296)
    .toString(36)
    .padStart(2, '0')}`;
}
