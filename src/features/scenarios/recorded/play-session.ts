import { scenarioFromSession, sessionFromAudit, type AuditEventLike, type ConsoleCallLike, type RecordedScenario } from '@/scenarios';
import { newRecordingId, saveRecorded } from './recorded-store';

/**
 * Turns selected audit-trail events (with the console's records of the same calls, for their bytes)
 * into a saved scenario and returns its id; the caller opens `/scenarios/recorded/<id>`.
 */
export async function saveSessionAsScenario(events: readonly AuditEventLike[], calls: readonly ConsoleCallLike[]): Promise<string> {
  const session = sessionFromAudit(events, calls);
  const id = newRecordingId();
  const first = session[0]!.time.slice(0, 16).replace('T', ' ');
  const title = `Lab session, ${first} (${session.length} call${session.length === 1 ? '' : 's'})`;
  const recorded: RecordedScenario = { id, title, createdAt: new Date().toISOString(), run: scenarioFromSession(session, { id, title }) };
  await saveRecorded(recorded);
  return id;
}
