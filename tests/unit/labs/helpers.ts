/**
 * Lab test helpers: a lab workspace in memory (seeded random, a clock the test moves), set up in a
 * lab's starting state, and the real AWS SDK wired to it, so each test solves a lab the way a learner
 * (or the AWS CLI) would and then grades the workspace with the lab's checker.
 */
import { GetKeyPolicyCommand, KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { expect } from 'vitest';
import { createKms, createMemoryStore, createSeededRandom, ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY } from '@/kms';
import { createAccessLayer, type AuditTrail, type Iam } from '@/kms/access';
import type { LabCondition, LabSnapshot } from '@/labs';
import { labById, seedLab, takeSnapshot, type LabWorkspace } from '@/labs/registry';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 2, 1);

/** A workspace like kms-runtime's, in memory, with a clock the test controls. */
export function createTestWorkspace(seed = 'labs'): LabWorkspace & { advanceDays(days: number): void } {
  let offset = 0;
  const clock = {
    now: () => T0 + offset,
    offset: () => offset,
    setOffset: (ms: number) => {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('bad offset');
      offset = ms;
    },
  };
  const store = createMemoryStore();
  const kms = createKms<Iam, AuditTrail>({
    store,
    now: clock.now,
    random: createSeededRandom(seed),
    access: (core) => createAccessLayer(core, { maxAuditEvents: 5000 }),
  });
  return { kms, store, clock, advanceDays: (days) => clock.setOffset(offset + days * DAY) };
}

/** A lab's workspace in its starting state. */
export async function startLab(labId: string) {
  const ws = createTestWorkspace(labId);
  const state = await seedLab(labId, ws);
  const lab = labById(labId)!;
  /** A real SDK client on this workspace, as `accessKeyId` (default: the main account's root) in `region`. */
  const client = (accessKeyId = ROOT_ACCESS_KEY_ID, region = 'us-east-1') =>
    new KMSClient({
      region,
      credentials: { accessKeyId, secretAccessKey: ROOT_SECRET_ACCESS_KEY },
      maxAttempts: 1,
      requestHandler: ws.kms.requestHandler,
    });
  /** Access key id of an IAM user or role created by the setup (or the learner), by name. */
  const keyOf = (name: string, accountId?: string) => {
    const identity = ws.kms.iam.listIdentities(accountId).find((i) => i.name === name);
    if (!identity?.accessKeyIds[0]) throw new Error(`no principal named ${name}`);
    return identity.accessKeyIds[0];
  };
  const snapshot = (): Promise<LabSnapshot> => takeSnapshot(labId, ws);
  const check = async (): Promise<LabCondition[]> => lab.check(await snapshot());
  return { ws, lab, state, facts: state.facts, client, keyOf, snapshot, check };
}

/** Fails with the unmet conditions' messages unless every condition holds. */
export function expectAllHeld(conditions: readonly LabCondition[]): void {
  expect(conditions.length).toBeGreaterThan(0);
  expect(conditions.filter((c) => !c.held).map((c) => `${c.id}: ${c.message}`)).toEqual([]);
}

/** The condition with this id (fails the test when the checker has none). */
export function conditionOf(conditions: readonly LabCondition[], id: string): LabCondition {
  const found = conditions.find((c) => c.id === id);
  if (!found) throw new Error(`no condition "${id}" among ${conditions.map((c) => c.id).join(', ')}`);
  return found;
}

/** Runs a call expected to fail; returns its error name. */
export async function failsWith(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as Error).name;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** Adds statements to a key's policy through the SDK (GetKeyPolicy, then PutKeyPolicy), as a learner edits it. */
export async function addStatements(client: KMSClient, keyId: string, ...statements: object[]): Promise<void> {
  const current = await client.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' }));
  const policy = JSON.parse(current.Policy!) as { Statement: object[] };
  policy.Statement.push(...statements);
  await client.send(new PutKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default', Policy: JSON.stringify(policy) }));
}

/** A handout (base64) as bytes. */
export const bytesOf = (base64: string | undefined) => new Uint8Array(Buffer.from(base64 ?? '', 'base64'));
