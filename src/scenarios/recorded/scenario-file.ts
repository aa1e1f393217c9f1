import { toBase64 } from '../format-bytes';
import { TOKEN_KINDS, type ScenarioActor, type ScenarioRun, type ScenarioStep, type ScenarioToken } from '../types';

/** A scenario an instructor recorded (or imported): a run in the shared step model, plus when it was made. */
export interface RecordedScenario {
  id: string;
  title: string;
  /** ISO 8601. */
  createdAt: string;
  run: ScenarioRun;
}

/** The file format's name and version: files say which format they are, so a future version can migrate. */
export const SCENARIO_FILE_FORMAT = 'kmslab-scenario';
/** The file format's version; a file of another version is refused with a message that says so. */
export const SCENARIO_FILE_VERSION = 1;
/** Files larger than this are refused before parsing (a recorded session is a few hundred KB at most). */
export const MAX_SCENARIO_FILE_BYTES = 5 * 1024 * 1024;

/** A scenario file that cannot be imported; the message says what is wrong and what to do. */
export class ScenarioFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioFileError';
  }
}

/** Bytes travel as `{ "$bytes": "<base64>" }` so the file stays JSON. */
function encodeBytes(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? { $bytes: toBase64(value) } : value;
}

/** The file's text: JSON with a format name and version, bytes in base64. */
export function scenarioToFile(recorded: RecordedScenario): string {
  return JSON.stringify({ format: SCENARIO_FILE_FORMAT, version: SCENARIO_FILE_VERSION, ...recorded }, encodeBytes, 2);
}

function fromBase64(text: string, where: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new ScenarioFileError(`${where} is not valid base64.`);
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function need<T>(ok: boolean, value: T, message: string): T {
  if (!ok) throw new ScenarioFileError(message);
  return value;
}

function text(v: unknown, where: string, max = 2000): string {
  return need(typeof v === 'string' && v.length <= max, v as string, `${where} must be text of at most ${max} characters.`);
}

function num(v: unknown, where: string): number {
  return need(typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100, v as number, `${where} must be a number from 0 to 100.`);
}

function actor(v: unknown, i: number): ScenarioActor {
  const where = `actor ${i + 1}`;
  if (!isRecord(v)) throw new ScenarioFileError(`${where} is not an object.`);
  const kinds = ['app', 'kms', 'storage', 'service', 'user'];
  return {
    id: text(v.id, `${where}'s id`, 100),
    kind: need(kinds.includes(v.kind as string), v.kind as ScenarioActor['kind'], `${where}'s kind must be one of ${kinds.join(', ')}.`),
    label: text(v.label, `${where}'s label`, 200),
    ...(v.detail !== undefined ? { detail: text(v.detail, `${where}'s detail`, 200) } : {}),
    ...(v.region !== undefined ? { region: text(v.region, `${where}'s region`, 40) } : {}),
    column: num(v.column, `${where}'s column`),
    row: num(v.row, `${where}'s row`),
  };
}

function token(v: unknown, where: string): ScenarioToken {
  if (!isRecord(v)) throw new ScenarioFileError(`${where} is not an object.`);
  const kind = need(
    TOKEN_KINDS.includes(v.kind as ScenarioToken['kind']),
    v.kind as ScenarioToken['kind'],
    `${where} has an unknown kind.`,
  );
  const out: ScenarioToken = { kind, label: text(v.label, `${where}'s label`, 200) };
  if (v.bytes !== undefined) {
    const b = v.bytes;
    if (!isRecord(b) || !isRecord(b.bytes) || typeof b.bytes.$bytes !== 'string' || !Array.isArray(b.parts))
      throw new ScenarioFileError(`${where}'s bytes are not in the expected form ({ bytes: { $bytes }, parts: [] }).`);
    const bytes = fromBase64(b.bytes.$bytes, `${where}'s bytes`);
    const parts = b.parts.map((p, j) => {
      if (!isRecord(p)) throw new ScenarioFileError(`${where}'s part ${j + 1} is not an object.`);
      const offset = p.offset as number;
      const length = p.length as number;
      need(
        Number.isInteger(offset) && Number.isInteger(length) && offset >= 0 && length >= 0 && offset + length <= bytes.length,
        0,
        `${where}'s part ${j + 1} lies outside its bytes.`,
      );
      return {
        name: text(p.name, `${where}'s part name`, 100),
        offset,
        length,
        description: text(p.description, `${where}'s part description`),
      };
    });
    out.bytes = { bytes, parts, ...(b.text === true ? { text: true } : {}) };
  }
  return out;
}

function step(v: unknown, i: number, actorIds: Set<string>): ScenarioStep {
  const where = `step ${i + 1}`;
  if (!isRecord(v)) throw new ScenarioFileError(`${where} is not an object.`);
  if (!Array.isArray(v.moves)) throw new ScenarioFileError(`${where} has no list of moves.`);
  const moves = v.moves.map((m, j) => {
    if (!isRecord(m) || !actorIds.has(m.from as string) || !actorIds.has(m.to as string))
      throw new ScenarioFileError(`${where}, move ${j + 1} goes from or to an actor the file does not list.`);
    return { from: m.from as string, to: m.to as string, token: token(m.token, `${where}, move ${j + 1}'s token`) };
  });
  const kmsState: ScenarioStep['kmsState'] = {};
  if (v.kmsState !== undefined) {
    if (!isRecord(v.kmsState)) throw new ScenarioFileError(`${where}'s kmsState is not an object.`);
    for (const [id, state] of Object.entries(v.kmsState)) {
      if (!isRecord(state) || !Array.isArray(state.keys)) throw new ScenarioFileError(`${where}'s kmsState for ${id} has no list of keys.`);
      kmsState[id] = { keys: state.keys.map((k) => text(k, `${where}'s key line`, 200)) };
    }
  }
  const focus = Array.isArray(v.focus) ? v.focus.filter((f): f is string => typeof f === 'string' && actorIds.has(f)) : [];
  return {
    id: text(v.id, `${where}'s id`, 100),
    title: text(v.title, `${where}'s title`, 200),
    narration: text(v.narration, `${where}'s narration`),
    moves,
    // The call records are shown as JSON text; they are kept as they are, once checked to be objects.
    ...(isRecord(v.call) && typeof v.call.operation === 'string' && isRecord(v.call.outcome)
      ? { call: v.call as unknown as ScenarioStep['call'] }
      : {}),
    kmsState,
    focus,
  };
}

/**
 * Reads a scenario file. Everything is checked before anything is returned, so a malformed file
 * changes nothing; the error names the first problem found and what to do about it.
 */
export function parseScenarioFile(source: string): RecordedScenario {
  if (source.length > MAX_SCENARIO_FILE_BYTES)
    throw new ScenarioFileError('This file is larger than 5 MB, too large for a KMS Lab scenario.');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    throw new ScenarioFileError('This file is not JSON. Choose a .json file exported from KMS Lab’s scenario player.');
  }
  if (!isRecord(data) || data.format !== SCENARIO_FILE_FORMAT)
    throw new ScenarioFileError('This is not a KMS Lab scenario file (its "format" is not "kmslab-scenario").');
  if (data.version !== SCENARIO_FILE_VERSION)
    throw new ScenarioFileError(
      `This scenario file is version ${String(data.version)}; this KMS Lab reads version ${SCENARIO_FILE_VERSION}. Update KMS Lab, or export the scenario again.`,
    );
  const run = data.run;
  if (!isRecord(run) || !Array.isArray(run.actors) || !Array.isArray(run.steps))
    throw new ScenarioFileError('The file has no actors and steps.');
  if (run.actors.length < 1 || run.actors.length > 12) throw new ScenarioFileError('A scenario needs 1 to 12 actors.');
  if (run.steps.length < 1 || run.steps.length > 200) throw new ScenarioFileError('A scenario needs 1 to 200 steps.');
  const actors = run.actors.map(actor);
  const ids = new Set(actors.map((a) => a.id));
  if (ids.size !== actors.length) throw new ScenarioFileError('Two actors in the file share an id.');
  const steps = run.steps.map((s, i) => step(s, i, ids));
  if (new Set(steps.map((s) => s.id)).size !== steps.length) throw new ScenarioFileError('Two steps in the file share an id.');
  const id = text(data.id, 'The scenario id', 100);
  if (!/^[a-z0-9-]+$/.test(id)) throw new ScenarioFileError('The scenario id may hold only lowercase letters, digits and dashes.');
  const title = text(data.title, 'The title', 200);
  const sources = Array.isArray(run.sources)
    ? run.sources.filter(isRecord).map((s) => ({ label: text(s.label, 'A source label', 200), url: text(s.url, 'A source URL', 500) }))
    : [];
  return {
    id,
    title,
    createdAt: text(data.createdAt, 'The creation date', 40),
    run: {
      id,
      title,
      seed: 'recorded',
      actors,
      steps,
      sources: sources.filter((s) => /^https:\/\//.test(s.url)),
      caveats: Array.isArray(run.caveats) ? run.caveats.filter((c): c is string => typeof c === 'string').slice(0, 5) : [],
    },
  };
}

/** The scenario with one step's narration replaced (instructors rewrite the generated text). */
export function withNarration(recorded: RecordedScenario, stepIndex: number, narration: string): RecordedScenario {
  const steps = recorded.run.steps.map((s, i) => (i === stepIndex ? { ...s, narration: narration.trim() } : s));
  return { ...recorded, run: { ...recorded.run, steps } };
}
