/**
 * Pure helpers of the console's "Import key material" flow: how much material a key spec takes, the
 * ValidTo the learner picked, and the `openssl` and `aws kms` commands that do each step outside the
 * browser (AWS's CLI walkthrough for importing key material), so the learner can copy them.
 */

/** Bytes of generated material for a key spec: 256-bit for symmetric keys, the digest length for HMAC. */
export function materialLength(keySpec: string | undefined): number | undefined {
  if (keySpec === 'SYMMETRIC_DEFAULT') return 32;
  const hmac = /^HMAC_(224|256|384|512)$/.exec(keySpec ?? '');
  return hmac ? Number(hmac[1]) / 8 : undefined;
}

/**
 * A `datetime-local` value (read as UTC, the way the console shows every date) as a Date, or a
 * message saying what is wrong with it.
 */
export function parseValidTo(value: string, now: number): { ok: true; date: Date } | { ok: false; error: string } {
  const date = parseDateTimeLocal(value);
  if (!date) return { ok: false, error: 'Give a date and time (UTC) for ValidTo.' };
  if (date.getTime() <= now) return { ok: false, error: 'ValidTo must be after the simulated clock’s current time.' };
  return { ok: true, date };
}

/** A `datetime-local` value (minutes, optionally seconds) read as UTC, or undefined when it is not one. */
export function parseDateTimeLocal(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const n = (i: number) => Number(match[i] ?? 0);
  const date = new Date(Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6)));
  // Date.UTC rolls 31 February over into March: a day that moved was not a real date.
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== n(3) ? undefined : date;
}

/** A date as the console shows dates: `2026-12-04 23:30 UTC` (undefined for anything else). */
export function formatUtc(d: unknown): string | undefined {
  return d instanceof Date ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : undefined;
}

/** A time as a `datetime-local` value in UTC (minutes). */
export function toDateTimeLocal(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

/** The openssl hash option for an RSA-OAEP wrapping algorithm. */
const oaepDigest = (algorithm: string) => (algorithm.endsWith('SHA_1') ? 'sha1' : 'sha256');

/** The commands for one key's import, step by step, as AWS's CLI walkthrough runs them. */
export interface ImportCommands {
  getParameters: string;
  generate: string;
  wrap: string;
  importMaterial: string;
  deleteMaterial: string;
}

/** Builds the copyable commands for importing material into `keyId` (ValidTo absent: does not expire). */
export function importCommands(opts: {
  keyId: string;
  wrappingAlgorithm: string;
  wrappingKeySpec: string;
  materialBytes: number;
  validTo?: Date;
}): ImportCommands {
  const { keyId, wrappingAlgorithm, wrappingKeySpec, materialBytes, validTo } = opts;
  const digest = oaepDigest(wrappingAlgorithm);
  const expiry = validTo
    ? `--expiration-model KEY_MATERIAL_EXPIRES \\\n  --valid-to ${validTo.toISOString().replace('.000Z', 'Z')}`
    : '--expiration-model KEY_MATERIAL_DOES_NOT_EXPIRE';
  return {
    getParameters: [
      `aws kms get-parameters-for-import --key-id ${keyId} \\`,
      `  --wrapping-algorithm ${wrappingAlgorithm} --wrapping-key-spec ${wrappingKeySpec} > params.json`,
      `jq -r .PublicKey params.json | base64 -d > WrappingPublicKey.bin`,
      `jq -r .ImportToken params.json | base64 -d > ImportToken.bin`,
    ].join('\n'),
    generate: `openssl rand -out PlaintextKeyMaterial.bin ${materialBytes}`,
    wrap: [
      'openssl pkeyutl -encrypt -in PlaintextKeyMaterial.bin \\',
      '  -inkey WrappingPublicKey.bin -keyform DER -pubin \\',
      '  -out EncryptedKeyMaterial.bin \\',
      `  -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:${digest} -pkeyopt rsa_mgf1_md:${digest}`,
    ].join('\n'),
    importMaterial: [
      `aws kms import-key-material --key-id ${keyId} \\`,
      '  --encrypted-key-material fileb://EncryptedKeyMaterial.bin \\',
      '  --import-token fileb://ImportToken.bin \\',
      `  ${expiry}`,
    ].join('\n'),
    deleteMaterial: `aws kms delete-imported-key-material --key-id ${keyId}`,
  };
}
