/**
 * What lab setups have in common: creating keys with aliases and encrypting handouts, all through the
 * simulator's typed API (so the starting state is made exactly as a learner's calls would make it).
 */
import type { Kms } from '@/kms';
import type { AuditTrail, Iam } from '@/kms/access';
import { LAB_REGION } from './queries';

type LabKms = Kms<Iam, AuditTrail>;

/** Milliseconds in a day, for setups that place events in the past. */
export const DAY_MS = 86_400_000;

/** Bytes as standard base64 (what the console's byte fields and the AWS CLI read). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Standard base64 to bytes (tests decode handouts with it). */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Options for {@link createKeyWithAlias}. */
export interface NewKey {
  alias: string;
  description: string;
  region?: string;
  /** Caller (default: the main account's root). */
  accessKeyId?: string;
  policy?: string;
  multiRegion?: boolean;
}

/** Creates a symmetric encryption key and its alias; returns the key id and ARN. */
export async function createKeyWithAlias(kms: LabKms, key: NewKey): Promise<{ keyId: string; arn: string }> {
  const ctx = { region: key.region ?? LAB_REGION, accessKeyId: key.accessKeyId };
  const created = await kms.call(
    'CreateKey',
    {
      Description: key.description,
      ...(key.policy ? { Policy: key.policy } : {}),
      ...(key.multiRegion ? { MultiRegion: true } : {}),
    },
    ctx,
  );
  const keyId = created.KeyMetadata!.KeyId!;
  await kms.call('CreateAlias', { AliasName: key.alias, TargetKeyId: keyId }, ctx);
  return { keyId, arn: created.KeyMetadata!.Arn! };
}

/** Encrypts a short text under a key with an encryption context; returns the ciphertext in base64. */
export async function encryptText(
  kms: LabKms,
  keyId: string,
  text: string,
  context: Record<string, string>,
  options: { region?: string; accessKeyId?: string } = {},
): Promise<string> {
  const out = await kms.call(
    'Encrypt',
    { KeyId: keyId, Plaintext: new TextEncoder().encode(text), EncryptionContext: context },
    { region: options.region ?? LAB_REGION, accessKeyId: options.accessKeyId },
  );
  return toBase64(out.CiphertextBlob!);
}

/** Runs a call that the starting state expects to fail (a denied or invalid attempt for the audit trail). */
export async function attempt(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch {
    // Expected: the failure itself, recorded in the audit trail, is the point.
  }
}

/** An identity policy allowing `actions` on `resource`, as JSON text. */
export function allowPolicy(actions: readonly string[], resource = '*'): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [...actions], Resource: resource }] });
}
