/**
 * Guided scenarios: each runs the simulated KMS with a seeded random source and returns its steps
 * (actors, what moves, the real bytes, the narration). This index is light: types, the catalog of
 * titles and byte formatting. The runners themselves are in `registry.ts`, which pages load with
 * import() (or in a worker) because it carries the simulator.
 */
export type * from './types';
export { TOKEN_KINDS, TOKEN_KIND_LABELS } from './types';
export { SCENARIO_CATALOG, scenarioInfo, type ScenarioInfo, type ScenarioId } from './catalog';
export { toHex, toBase64, utf8, fromUtf8, sameBytes, groupThousands, formatSize } from './format-bytes';
export { sessionFromAudit, callerName, type SessionCall, type AuditEventLike, type ConsoleCallLike } from './recorded/session';
export { scenarioFromSession, defaultNarration } from './recorded/from-session';
export {
  parseScenarioFile,
  scenarioToFile,
  withNarration,
  ScenarioFileError,
  SCENARIO_FILE_FORMAT,
  type RecordedScenario,
} from './recorded/scenario-file';
