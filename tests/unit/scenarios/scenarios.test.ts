import { describe, expect, it } from 'vitest';
import { SCENARIOS, findScenario } from '@/scenarios/registry';
import { SCENARIO_CATALOG } from '@/scenarios/catalog';
import type { ScenarioRun, ScenarioStep } from '@/scenarios/types';

/**
 * Every seeded byte array in a run, in order, as hex: two runs are identical iff these lists are equal.
 * Bytes marked `unseeded` (WebCrypto's RSA key pairs and OAEP padding) are left out; the
 * bring-your-own-key test checks that they are the only ones.
 */
function allBytes(run: ScenarioRun): string[] {
  return run.steps.flatMap((s) =>
    s.moves.flatMap((m) => (m.token.bytes && !m.token.bytes.unseeded ? [Buffer.from(m.token.bytes.bytes).toString('hex')] : [])),
  );
}

const calls = (run: ScenarioRun) =>
  run.steps.map((s) => (s.call ? `${s.call.operation}:${s.call.outcome.ok ? 'ok' : s.call.outcome.errorName}` : '-'));
const step = (run: ScenarioRun, id: string): ScenarioStep => {
  const s = run.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};
const tokenLength = (run: ScenarioRun, id: string, index: number) => step(run, id).moves[index]!.token.bytes!.bytes.length;

/** Blob = 64-byte header with a 36-character key id, the ciphertext, and a 16-byte tag. */
const blobLength = (plaintext: number) => 64 + 36 + plaintext + 16;

describe('every scenario', () => {
  it('is registered for every catalog entry, in catalog order', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual(SCENARIO_CATALOG.map((s) => s.id));
  });

  it.each(SCENARIO_CATALOG.map((s) => s.id))(
    '%s: 5 to 12 steps, unique ids, short narration, valid moves, and replays identically',
    async (id) => {
      const def = findScenario(id)!;
      const a = await def.run({ seed: 'test-seed' });
      const b = await def.run({ seed: 'test-seed' });
      const c = await def.run({ seed: 'other-seed' });
      expect(a.steps.length).toBeGreaterThanOrEqual(5);
      expect(a.steps.length).toBeLessThanOrEqual(12);
      expect(new Set(a.steps.map((s) => s.id)).size).toBe(a.steps.length);
      const actorIds = new Set(a.actors.map((x) => x.id));
      for (const s of a.steps) {
        const sentences = s.narration.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
        expect(sentences, `${s.id}: "${s.narration}"`).toBeLessThanOrEqual(2);
        for (const m of s.moves) {
          expect(actorIds.has(m.from) && actorIds.has(m.to), `${s.id} move ${m.from}->${m.to}`).toBe(true);
        }
        for (const f of s.focus) expect(actorIds.has(f)).toBe(true);
        // Every call names its permission and links its AWS API reference page.
        for (const c of [...(s.call ? [s.call] : []), ...(s.moreCalls ?? [])]) {
          expect(c.permission, `${s.id} ${c.operation}`).toMatch(/^kms:[A-Za-z*]+$/);
          expect(c.docUrl, `${s.id} ${c.operation}`).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/kms\/latest\/APIReference\/API_/);
        }
      }
      expect(a.sources.length).toBeGreaterThan(0);
      // Same seed: same calls and byte-for-byte the same tokens. Another seed: other bytes.
      expect(calls(b)).toEqual(calls(a));
      expect(allBytes(b)).toEqual(allBytes(a));
      expect(allBytes(a).length).toBeGreaterThan(0);
      expect(allBytes(c)).not.toEqual(allBytes(a));
    },
    // bring-your-own-key makes three RSA wrapping key pairs per run, about a second each here.
    30_000,
  );
});

describe('direct-encrypt', () => {
  it('creates a key, encrypts, stores, decrypts without key id, and denies Decrypt to an encrypt-only user', async () => {
    const run = await findScenario('direct-encrypt')!.run();
    expect(calls(run)).toEqual(['CreateKey:ok', 'Encrypt:ok', '-', '-', 'Decrypt:ok', 'Encrypt:ok', 'Decrypt:AccessDeniedException']);
    const secretLength = tokenLength(run, 'encrypt', 0);
    expect(secretLength).toBe(41);
    expect(tokenLength(run, 'encrypt', 1)).toBe(blobLength(secretLength));
    expect(step(run, 'decrypt').call!.input).toEqual({ CiphertextBlob: `<${blobLength(secretLength)} bytes>` });
    expect(tokenLength(run, 'decrypt', 1)).toBe(secretLength);
    // The blob's parts are labelled by the simulator's parser and cover it.
    const parts = step(run, 'encrypt').moves[1]!.token.bytes!.parts;
    expect(parts.map((p) => p.name).join(' ')).toMatch(/nonce/i);
    expect(parts.reduce((n, p) => n + p.length, 0)).toBe(blobLength(secretLength));
  });
});

describe('four-kb-limit', () => {
  it('accepts 4,096 bytes, rejects 4,097 with ValidationException, then uses a data key', async () => {
    const run = await findScenario('four-kb-limit')!.run();
    expect(calls(run)).toEqual(['CreateKey:ok', 'Encrypt:ok', 'Encrypt:ValidationException', '-', 'GenerateDataKey:ok', '-', '-']);
    expect(tokenLength(run, 'encrypt-4096', 0)).toBe(4096);
    expect(tokenLength(run, 'encrypt-4096', 1)).toBe(blobLength(4096));
    expect(tokenLength(run, 'encrypt-4097', 0)).toBe(4097);
    expect(tokenLength(run, 'generate-data-key', 1)).toBe(32);
    expect(tokenLength(run, 'generate-data-key', 2)).toBe(blobLength(32));
    expect(tokenLength(run, 'encrypt-locally', 0)).toBe(12 + 4097 + 16);
  });
});

describe('envelope-encryption', () => {
  it('generates a data key, encrypts locally, stores the wrapped key, and unwraps it later', async () => {
    const run = await findScenario('envelope-encryption')!.run();
    expect(calls(run)).toEqual(['CreateKey:ok', 'GenerateDataKey:ok', '-', '-', '-', 'ListKeys:ok', '-', 'Decrypt:ok', '-']);
    const dataKey = step(run, 'generate-data-key').moves[1]!.token.bytes!.bytes;
    expect(dataKey.length).toBe(32);
    expect(tokenLength(run, 'generate-data-key', 2)).toBe(blobLength(32));
    expect(step(run, 'decrypt-data-key').moves[1]!.token.bytes!.bytes).toEqual(dataKey);
    const plain = tokenLength(run, 'encrypt-locally', 0);
    expect(tokenLength(run, 'encrypt-locally', 1)).toBe(12 + plain + 16);
    expect(tokenLength(run, 'decrypt-locally', 0)).toBe(plain);
    expect(step(run, 'kms-keeps-nothing').call!.outcome).toMatchObject({ ok: true });
    expect(step(run, 'kms-keeps-nothing').narration).toContain('1 key');
  });
});

describe('key-rotation', () => {
  it('keeps the key id, changes the material, and still decrypts old ciphertext', async () => {
    const run = await findScenario('key-rotation')!.run();
    expect(calls(run)).toEqual([
      'EnableKeyRotation:ok',
      'Encrypt:ok',
      'ListKeyRotations:ok',
      'Encrypt:ok',
      'Decrypt:ok',
      'RotateKeyOnDemand:ok',
      'EnableKeyRotation:ValidationException',
    ]);
    const a = step(run, 'encrypt-before').moves[1]!.token.bytes!.bytes;
    const b = step(run, 'encrypt-after').moves[1]!.token.bytes!.bytes;
    // Same key id bytes (16..52), different material id (52..84).
    expect(Buffer.from(a.subarray(16, 52))).toEqual(Buffer.from(b.subarray(16, 52)));
    expect(Buffer.from(a.subarray(52, 84))).not.toEqual(Buffer.from(b.subarray(52, 84)));
    expect(step(run, 'year-passes').narration).toContain('1 automatic rotation');
    expect(step(run, 'on-demand').kmsState.kms!.keys.filter((k) => k.startsWith('material')).length).toBe(3);
    // The first step also created the key; that call is recorded, not hidden.
    expect(step(run, 'create-key').moreCalls!.map((c) => c.operation)).toEqual(['CreateKey']);
  });
});

describe('regions', () => {
  it('fails across Regions for a single-Region key and an alias, succeeds for a multi-Region replica', async () => {
    const run = await findScenario('regions')!.run();
    expect(calls(run)).toEqual([
      'CreateKey:ok',
      'Encrypt:ok',
      'Decrypt:AccessDeniedException',
      'CreateKey:ok',
      'ReplicateKey:ok',
      'Encrypt:ok',
      'Decrypt:ok',
      'CreateAlias:ok',
      'Encrypt:NotFoundException',
    ]);
    expect(step(run, 'decrypt-west-fails').call!.region).toBe('eu-west-1');
    expect(step(run, 'decrypt-mrk-west').call!.region).toBe('eu-west-1');
    const outcome = step(run, 'decrypt-mrk-west').call!.outcome;
    expect(outcome.ok && String(outcome.output.KeyId)).toMatch(/^arn:aws:kms:eu-west-1:111122223333:key\/mrk-/);
    // Same key id in both Regions.
    const replicated = step(run, 'replicate').call!.outcome;
    expect(replicated.ok && JSON.stringify(replicated.output)).toContain('"KeyId":"mrk-');
  });
});

describe('permissions', () => {
  it('explains allow, implicit deny, explicit deny and grants', async () => {
    const run = await findScenario('permissions')!.run();
    expect(calls(run)).toEqual([
      'GetKeyPolicy:ok',
      'Encrypt:ok',
      'Decrypt:AccessDeniedException',
      'Encrypt:ok',
      'Decrypt:AccessDeniedException',
      'CreateGrant:ok',
      'Decrypt:ok',
      'Decrypt:AccessDeniedException',
    ]);
    for (const s of run.steps.slice(1)) expect(s.call!.decision, s.id).toBeTruthy();
    expect(step(run, 'bob-explicit-deny').call!.decision).toMatch(/deny/i);
    expect(step(run, 'alice-decrypt-grant').call!.decision).toMatch(/grant/i);
  });
});

describe('aws-managed-keys', () => {
  it('lets S3 create aws/s3 on first use and refuses changes to it', async () => {
    const run = await findScenario('aws-managed-keys')!.run();
    expect(calls(run)).toEqual([
      'ListAliases:ok',
      'GenerateDataKey:ok',
      '-',
      'DescribeKey:ok',
      'GetKeyPolicy:ok',
      'Encrypt:AccessDeniedException',
      expect.stringMatching(/^PutKeyPolicy:(AccessDeniedException|UnsupportedOperationException)$/),
      expect.stringMatching(/^ScheduleKeyDeletion:(AccessDeniedException|UnsupportedOperationException)$/),
      'GetKeyRotationStatus:ok',
      'GenerateDataKey:ok',
    ]);
    expect(step(run, 'no-key-yet').narration).toContain('no aws/s3 key');
    expect(step(run, 'describe').narration).toContain('KeyManager AWS');
    expect(step(run, 'put-object').call!.caller).toContain('Amazon S3');
    expect(tokenLength(run, 'put-object', 2)).toBe(blobLength(32));
    const body = tokenLength(run, 'put-object', 0);
    expect(tokenLength(run, 's3-encrypts', 0)).toBe(12 + body + 16);
    expect(step(run, 'rotation').narration).toContain('reads true');
    expect(
      String(step(run, 'policy').moves[1]!.token.bytes && new TextDecoder().decode(step(run, 'policy').moves[1]!.token.bytes!.bytes)),
    ).toContain('kms:ViaService');
  });
});
