import { summarizeRecord } from './summarize';
import type { KmsActorState, KmsCallRecord, ScenarioActor, ScenarioMove, ScenarioStep } from './types';


/** The outcome of a recorded call: the SDK-shaped output, or the AWS error. */
export type CallResult<T> = { ok: true; output: T; record: KmsCallRecord } | { ok: false; errorName: string; message: string; record: KmsCallRecord };

/** Options for one recorded call. */
export interface CallMeta {
  region: string;
  /** Access key id of the caller; omitted = the account root. */
  accessKeyId?: string;
  /** Shown as the caller in the transcript. */
  caller: string;
  /** The IAM permission the operation needs. */
  permission: string;
  viaService?: string;
}

/**
 * Collects a scenario's steps while it runs. It calls KMS, turns each call into a transcript record,
 * and carries the KMS actors' visible state (keys, material versions) from step to step.
 */
export class Recorder {
  readonly steps: ScenarioStep[] = [];
  private kmsState: Record<string, KmsActorState> = {};

  constructor(readonly actors: ScenarioActor[]) {}

  /** Calls KMS and records the call; never throws for an AWS error (the scenario may expect one). */
  async call<T>(kms: { call: (op: any, input: any, ctx: any) => Promise<unknown> }, operation: string, input: Record<string, unknown>, meta: CallMeta): Promise<CallResult<T>> {
    const base = {
      operation,
      permission: meta.permission,
      region: meta.region,
      caller: meta.caller,
      input: summarizeRecord(input),
    };
    const ctx: Record<string, string> = { region: meta.region };
    if (meta.accessKeyId) ctx.accessKeyId = meta.accessKeyId;
    if (meta.viaService) ctx.viaService = meta.viaService;
    try {
      const output = (await kms.call(operation, input, ctx)) as T;
      return { ok: true, output, record: { ...base, outcome: { ok: true, output: summarizeRecord(output) } } };
    } catch (err) {
      if (!(err instanceof Error) || !('httpStatus' in err)) throw err; // a bug, not an AWS error
      const record: KmsCallRecord = { ...base, outcome: { ok: false, errorName: err.name, message: err.message } };
      return { ok: false, errorName: err.name, message: err.message, record };
    }
  }

  /** Sets what a KMS actor shows inside its HSM boundary from now on. */
  showKeys(actorId: string, keys: string[]): void {
    this.kmsState = { ...this.kmsState, [actorId]: { keys } };
  }

  /** Adds a step; the current KMS actor state is attached to it. */
  step(step: { id: string; title: string; narration: string; moves?: ScenarioMove[]; call?: KmsCallRecord; focus?: string[] }): void {
    if (this.steps.some((s) => s.id === step.id)) throw new Error(`Duplicate step id ${step.id}`);
    const moves = step.moves ?? [];
    const focus = step.focus ?? [...new Set(moves.flatMap((m) => [m.from, m.to]))];
    this.steps.push({ id: step.id, title: step.title, narration: step.narration, moves, call: step.call, kmsState: this.kmsState, focus });
  }
}

/** Asserts a recorded call succeeded: scenarios rely on their setup calls. */
export function expectOk<T>(result: CallResult<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.errorName}: ${result.message}`);
  return result.output;
}
