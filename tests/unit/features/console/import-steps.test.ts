import { describe, expect, it } from 'vitest';
import {
  formatUtc,
  importCommands,
  materialLength,
  parseDateTimeLocal,
  parseValidTo,
  toDateTimeLocal,
} from '@/features/console/keys/import/import-steps';

describe('materialLength', () => {
  it('is 256 bits for a symmetric key and the digest length for HMAC', () => {
    expect(materialLength('SYMMETRIC_DEFAULT')).toBe(32);
    expect(materialLength('HMAC_224')).toBe(28);
    expect(materialLength('HMAC_512')).toBe(64);
  });
  it('is undefined for asymmetric keys, whose material is a PKCS #8 private key', () => {
    expect(materialLength('RSA_2048')).toBeUndefined();
    expect(materialLength('ECC_NIST_P256')).toBeUndefined();
    expect(materialLength(undefined)).toBeUndefined();
  });
});

describe('ValidTo from a datetime-local input', () => {
  const now = Date.UTC(2026, 11, 4, 23, 30);
  it('reads the value as UTC and round-trips with toDateTimeLocal', () => {
    expect(parseDateTimeLocal('2026-12-11T08:15')?.toISOString()).toBe('2026-12-11T08:15:00.000Z');
    expect(toDateTimeLocal(Date.UTC(2026, 11, 11, 8, 15))).toBe('2026-12-11T08:15');
    expect(parseDateTimeLocal('2026-12-11T08:15:30')?.toISOString()).toBe('2026-12-11T08:15:30.000Z');
  });
  it('refuses what is not a real date', () => {
    expect(parseDateTimeLocal('2026-02-31T10:00')).toBeUndefined();
    expect(parseDateTimeLocal('tomorrow')).toBeUndefined();
    expect(parseValidTo('', now)).toEqual({ ok: false, error: 'Give a date and time (UTC) for ValidTo.' });
  });
  it('must be after the simulated now', () => {
    expect(parseValidTo('2026-12-04T23:30', now).ok).toBe(false);
    expect(parseValidTo('2026-12-05T00:00', now)).toEqual({ ok: true, date: new Date(Date.UTC(2026, 11, 5)) });
  });
  it('formats dates as the console shows them', () => {
    expect(formatUtc(new Date(now))).toBe('2026-12-04 23:30 UTC');
    expect(formatUtc('2026-12-04')).toBeUndefined();
  });
});

describe('importCommands', () => {
  const base = { keyId: '1234abcd-12ab-34cd-56ef-1234567890ab', wrappingKeySpec: 'RSA_3072', materialBytes: 32 };
  it('follows AWS’s CLI walkthrough with the chosen spec, algorithm and OAEP digest', () => {
    const c = importCommands({ ...base, wrappingAlgorithm: 'RSAES_OAEP_SHA_1' });
    expect(c.getParameters).toContain(`--key-id ${base.keyId}`);
    expect(c.getParameters).toContain('--wrapping-algorithm RSAES_OAEP_SHA_1 --wrapping-key-spec RSA_3072');
    expect(c.generate).toBe('openssl rand -out PlaintextKeyMaterial.bin 32');
    expect(c.wrap).toContain('-pkeyopt rsa_oaep_md:sha1 -pkeyopt rsa_mgf1_md:sha1');
    expect(c.importMaterial).toContain('--expiration-model KEY_MATERIAL_DOES_NOT_EXPIRE');
    expect(c.deleteMaterial).toBe(`aws kms delete-imported-key-material --key-id ${base.keyId}`);
  });
  it('gives --valid-to with KEY_MATERIAL_EXPIRES', () => {
    const c = importCommands({ ...base, wrappingAlgorithm: 'RSAES_OAEP_SHA_256', validTo: new Date(Date.UTC(2027, 0, 1, 12)) });
    expect(c.wrap).toContain('rsa_oaep_md:sha256');
    expect(c.importMaterial).toContain('--expiration-model KEY_MATERIAL_EXPIRES');
    expect(c.importMaterial).toContain('--valid-to 2027-01-01T12:00:00Z');
  });
});
