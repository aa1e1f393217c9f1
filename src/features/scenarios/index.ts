import type { AuditEventLike, ConsoleCallLike } from '@/scenarios';

/** The scenarios feature's public surface. */
export { scenarioRoutes } from './routes';

/**
 * Saves selected audit-trail events as a scenario and resolves with its id (see
 * `recorded/play-session.ts`). Loaded on demand, so the console carries none of it until asked.
 */
export async function saveSessionAsScenario(events: readonly AuditEventLike[], calls: readonly ConsoleCallLike[]): Promise<string> {
  const { saveSessionAsScenario: save } = await import('./recorded/play-session');
  return save(events, calls);
}
