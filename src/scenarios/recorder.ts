import { operationInfo, type InputOf, type KmsOperationName, type OperationDefinition, type OutputOf } from '@/kms';
import { summarizeRecord } from './summarize';

/** The part of the simulator a recorder uses: its typed call entry point. */
export interface KmsCaller {
  call<Op extends KmsOperationName>(
    op: Op,
    input: InputOf<Op>,
    ctx: { region: string; accessKeyId?: string; viaService?: string },
  ): Promise<OutputOf<Op>>;
  /** The audit trail, when the access layer is present: it explains each access decision. */
  readonly audit?: unknown;
  /** Every operation the simulator serves, with its permission and documentation. */
  readonly operations?: ReadonlyMap<string, OperationDefinition>;
}

/** The latest audit event's explanation of why the call was allowed or denied, if there is one. */
function latestDecision(audit: unknown): string | undefined {
  const latest = (audit as { latest?: () => unknown } | undefined)?.latest?.() as
    { accessDecision?: { summary?: string; checks?: { explanation?: string }[] } } | undefined;
  const decision = latest?.accessDecision;
  if (!decision) return undefined;
  // The summary often repeats a check's explanation; show each sentence once.
  const parts = [decision.summary, ...(decision.checks ?? []).map((c) => c.explanation)].filter((e): e is string => !!e);
  return [...new Set(parts)].join(' ');
}
import type { KmsActorState, KmsCallRecord, ScenarioActor, ScenarioMove, ScenarioStep } from './types';

/** The outcome of a recorded call: the SDK-shaped output, or the AWS error. */
export type CallResult<T> =
  { ok: true; output: T; record: KmsCallRecord } | { ok: false; errorName: string; message: string; record: KmsCallRecord };

/** Options for one recorded call. */
export interface CallMeta {
  region: string;
  /** Access key id of the caller; omitted = the account root. */
  accessKeyId?: string;
  /** Shown as the caller in the transcript. */
  caller: string;
  /** The IAM permission the operation needs; default `kms:<operation>`. */
  permission?: string;
  viaService?: string;
  /** Attach the simulator's explanation of the access decision (permissions scenario). */
  explain?: boolean;
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
  async call<Op extends KmsOperationName>(
    kms: KmsCaller,
    operation: Op,
    input: InputOf<Op>,
    meta: CallMeta,
  ): Promise<CallResult<OutputOf<Op>>> {
    const def = kms.operations?.get(operation);
    const info = def ? operationInfo(def) : undefined;
    const base = {
      operation,
      permission: meta.permission ?? info?.permission ?? `kms:${operation}`,
      ...(info ? { docUrl: info.docUrl, description: info.description } : {}),
      region: meta.region,
      caller: meta.caller,
      input: summarizeRecord(input),
    };
    const ctx: { region: string; accessKeyId?: string; viaService?: string } = { region: meta.region };
    if (meta.accessKeyId) ctx.accessKeyId = meta.accessKeyId;
    if (meta.viaService) ctx.viaService = meta.viaService;
    try {
      const output = await kms.call(operation, input, ctx);
      const decision = meta.explain ? latestDecision(kms.audit) : undefined;
      return {
        ok: true,
        output,
        record: { ...base, ...(decision ? { decision } : {}), outcome: { ok: true, output: summarizeRecord(output) } },
      };
    } catch (err) {
      if (!(err instanceof Error) || !('httpStatus' in err)) throw err; // a bug, not an AWS error
      const decision = meta.explain ? latestDecision(kms.audit) : undefined;
      const record: KmsCallRecord = {
        ...base,
        ...(decision ? { decision } : {}),
        outcome: { ok: false, errorName: err.name, message: err.message },
      };
      return { ok: false, errorName: err.name, message: err.message, record };
    }
  }

  /** Sets what a KMS actor shows inside its HSM boundary from now on. */
  showKeys(actorId: string, keys: string[]): void {
    this.kmsState = { ...this.kmsState, [actorId]: { keys } };
  }

  /** Adds a step; the current KMS actor state is attached to it. */
  step(step: {
    id: string;
    title: string;
    narration: string;
    moves?: ScenarioMove[];
    call?: KmsCallRecord;
    moreCalls?: KmsCallRecord[];
    focus?: string[];
  }): void {
    if (this.steps.some((s) => s.id === step.id)) throw new Error(`Duplicate step id ${step.id}`);
    const moves = step.moves ?? [];
    const focus = step.focus ?? [...new Set(moves.flatMap((m) => [m.from, m.to]))];
    this.steps.push({
      id: step.id,
      title: step.title,
      narration: step.narration,
      moves,
      call: step.call,
      ...(step.moreCalls?.length ? { moreCalls: step.moreCalls } : {}),
      kmsState: this.kmsState,
      focus,
    });
  }
}

/** Asserts a recorded call succeeded: scenarios rely on their setup calls. */
export function expectOk<T>(result: CallResult<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.errorName}: ${result.message}`);
  return result.output;
}
