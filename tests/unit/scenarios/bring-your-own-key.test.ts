import { beforeAll, describe, expect, it } from 'vitest';
import { findScenario } from '@/scenarios/registry';
import type { ScenarioRun, ScenarioStep } from '@/scenarios/types';

let run: ScenarioRun;
beforeAll(async () => {
  run = await findScenario('bring-your-own-key')!.run();
}, 30_000);

const step = (id: string): ScenarioStep => {
  const s = run.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};
const labels = (id: string) => step(id).moves.map((m) => m.token.label);
const bytesOf = (id: string, index: number) => step(id).moves[index]!.token.bytes!.bytes;
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const outcome = (id: string) => {
  const o = step(id).call!.outcome;
  return o.ok ? 'ok' : o.errorName;
};
const kmsShows = (id: string) => step(id).kmsState.kms!.keys.join(' | ');

describe('bring-your-own-key', () => {
  it('runs the import story in order, with the exceptions AWS names', () => {
    expect(run.steps.map((s) => (s.call ? `${s.id} ${s.call.operation}:${outcome(s.id)}` : s.id))).toEqual([
      'create-external CreateKey:ok',
      'get-parameters GetParametersForImport:ok',
      'wrap-locally',
      'import ImportKeyMaterial:ok',
      'encrypt Encrypt:ok',
      'expired DescribeKey:ok',
      'decrypt-fails Decrypt:KMSInvalidStateException',
      'reimport Decrypt:ok',
      'other-material ImportKeyMaterial:IncorrectKeyMaterialException',
      'keep-a-copy',
    ]);
  });

  it('starts with an EXTERNAL key pending import and no material', () => {
    const created = step('create-external').call!;
    expect(created.input).toMatchObject({ Origin: 'EXTERNAL' });
    expect(created.outcome.ok && (created.outcome.output.KeyMetadata as Record<string, unknown>).KeyState).toBe('PendingImport');
    expect(kmsShows('create-external')).toMatch(/PendingImport, no material/);
  });

  it('gets an RSA_3072 public key, an import token valid for 24 hours', () => {
    const call = step('get-parameters').call!;
    expect(call.input).toMatchObject({ WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_3072' });
    const out = call.outcome.ok ? call.outcome.output : {};
    expect(Date.parse(out.ParametersValidTo as string) - Date.UTC(2026, 0, 15, 9)).toBe(24 * 3_600_000);
    // A 3072-bit RSA SubjectPublicKeyInfo in DER is 422 bytes, starting with a SEQUENCE.
    const publicKey = bytesOf('get-parameters', 1);
    expect(publicKey.length).toBe(422);
    expect(publicKey[0]).toBe(0x30);
    expect(step('get-parameters').moves[1]!.token.bytes!.unseeded).toBe(true);
    expect(bytesOf('get-parameters', 2).length).toBeGreaterThan(0);
    expect(step('get-parameters').narration).toContain('24 hours');
  });

  it('makes 256 bits outside AWS and wraps them into one RSA-3072 block', () => {
    expect(labels('wrap-locally')).toEqual(['Key material 32 B', 'Wrapped material 384 B']);
    expect(step('wrap-locally').moves.every((m) => m.from === 'you' && m.to === 'you')).toBe(true);
    expect(step('wrap-locally').call).toBeUndefined();
  });

  it('imports with an expiry date, enables the key, and encrypts', () => {
    expect(step('import').call!.input).toMatchObject({ ExpirationModel: 'KEY_MATERIAL_EXPIRES', ValidTo: '2026-02-14T09:00:00.000Z' });
    expect(hex(bytesOf('import', 0))).toBe(hex(bytesOf('wrap-locally', 1)));
    expect(kmsShows('import')).toMatch(/Enabled, material until 2026-02-14/);
    expect(labels('encrypt')[1]).toMatch(/^Ciphertext \d+ B$/);
  });

  it('loses the material when the clock passes ValidTo: PendingImport, and Decrypt fails', () => {
    const described = step('expired').call!.outcome;
    expect(described.ok && (described.output.KeyMetadata as Record<string, unknown>).KeyState).toBe('PendingImport');
    expect(kmsShows('expired')).toMatch(/PendingImport, material deleted/);
    const failed = step('decrypt-fails').call!.outcome;
    expect(failed.ok ? '' : failed.message).toMatch(/pending import/);
    expect(labels('decrypt-fails')).toContain('KMSInvalidStateException');
  });

  it('re-imports the same material with new parameters and decrypts the original message', () => {
    const re = step('reimport');
    expect(re.moreCalls!.map((c) => `${c.operation}:${c.outcome.ok ? 'ok' : 'failed'}`)).toEqual([
      'GetParametersForImport:ok',
      'ImportKeyMaterial:ok',
      'DescribeKey:ok',
    ]);
    // A new wrapping key and a new wrapping of the same material.
    expect(hex(bytesOf('reimport', 0))).not.toBe(hex(bytesOf('get-parameters', 1)));
    expect(hex(bytesOf('reimport', 1))).not.toBe(hex(bytesOf('wrap-locally', 1)));
    // The ciphertext from before the expiry decrypts to the original plaintext.
    expect(hex(bytesOf('reimport', 2))).toBe(hex(bytesOf('encrypt', 1)));
    expect(hex(bytesOf('reimport', 3))).toBe(hex(bytesOf('encrypt', 0)));
    expect(Buffer.from(bytesOf('reimport', 3)).toString('utf8')).toMatch(/^payroll-2026-01/);
    expect(kmsShows('reimport')).toMatch(/Enabled, same material/);
  });

  it('refuses different material with IncorrectKeyMaterialException', () => {
    const other = bytesOf('other-material', 0);
    expect(other.length).toBe(32);
    expect(hex(other)).not.toBe(hex(bytesOf('wrap-locally', 0)));
    expect(labels('other-material')).toContain('IncorrectKeyMaterialException');
  });

  it('closes with the dates and the warning, and links the AWS documentation', () => {
    const text = step('keep-a-copy').narration;
    expect(text).toContain('10 October 2023');
    expect(text).toContain('June 2025');
    expect(text).toMatch(/AWS cannot recover/);
    expect(run.sources.map((s) => s.url)).toContain('https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys.html');
  });

  it('marks only the WebCrypto-random bytes as unseeded', () => {
    const unseeded = run.steps.flatMap((s) => s.moves.filter((m) => m.token.bytes?.unseeded).map((m) => m.token.label));
    expect(unseeded).toEqual([
      'Wrapping public key 422 B',
      'Wrapped material 384 B',
      'Wrapped material 384 B',
      'New wrapping public key 422 B',
      'Same material, wrapped again 384 B',
      'Other material, wrapped 384 B',
    ]);
  });
});
