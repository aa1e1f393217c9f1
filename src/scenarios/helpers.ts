import { createKms, createSeededRandom, parseCiphertextBlob, type OutputOf } from '@/kms';
import { formatSize, utf8 } from './format-bytes';
import type { BytePart, ScenarioToken, TokenKind } from './types';

/** Every scenario's clock starts here, so dates in the transcript replay too. */
export const SCENARIO_EPOCH = Date.UTC(2026, 0, 15, 9, 0, 0);
/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** A simulated clock the scenario can move forward (rotation needs a year to pass). */
export interface ScenarioClock {
  now: () => number;
  advanceDays(days: number): void;
}

/** A clock starting at `start` (default {@link SCENARIO_EPOCH}) that only moves when the scenario says so. */
export function createClock(start = SCENARIO_EPOCH): ScenarioClock {
  let t = start;
  return { now: () => t, advanceDays: (days) => void (t += days * DAY_MS) };
}

/** A fresh simulator with a seeded random source and a simulated clock: the same seed, the same bytes. */
export function freshKms(seed: string, clock: ScenarioClock) {
  return createKms({ now: clock.now, random: createSeededRandom(seed) });
}

/** A fresh scenario simulator, as {@link freshKms} makes it. */
export type ScenarioKms = ReturnType<typeof freshKms>;

/** A key's metadata as CreateKey and DescribeKey return it. */
export type KeyMetadata = NonNullable<OutputOf<'DescribeKey'>['KeyMetadata']>;

/** Parts of a KMS ciphertext blob, labelled by the simulator's own parser. */
export function blobParts(blob: Uint8Array): BytePart[] {
  return parseCiphertextBlob(blob).parts.map((p) => ({ name: p.name, offset: p.offset, length: p.length, description: p.description }));
}

/** A token carrying a KMS ciphertext blob (a ciphertext or an encrypted data key), parts labelled. */
export function blobToken(kind: 'ciphertext' | 'wrapped-key', label: string, blob: Uint8Array): ScenarioToken {
  return { kind, label: `${label} ${formatSize(blob.length)}`, bytes: { bytes: blob, parts: blobParts(blob) } };
}

/** A token carrying readable text. */
export function textToken(label: string, text: string): ScenarioToken {
  const bytes = utf8(text);
  return { kind: 'plaintext', label: `${label} ${formatSize(bytes.length)}`, bytes: { bytes, parts: [], text: true } };
}

/** A token carrying raw bytes with optional parts. */
export function bytesToken(kind: TokenKind, label: string, bytes: Uint8Array, parts: BytePart[] = []): ScenarioToken {
  return { kind, label: `${label} ${formatSize(bytes.length)}`, bytes: { bytes, parts } };
}

/** A token that carries no secret bytes: a request or a response's metadata. */
export function messageToken(label: string, kind: 'request' | 'error' = 'request'): ScenarioToken {
  return { kind, label };
}

/** `1234abcd-…` for narrow node labels. */
export function shortKeyId(keyId: string): string {
  return keyId.length > 13 ? `${keyId.slice(0, 8)}…` : keyId;
}

/**
 * Local AES-256-GCM, as an application does with a data key (WebCrypto, no KMS call). The nonce comes
 * from the scenario's seeded source so the bytes replay. Output layout: nonce (12) | ciphertext | tag (16).
 */
export async function localEncrypt(
  dataKey: Uint8Array,
  plaintext: Uint8Array,
  random: (b: Uint8Array) => void,
): Promise<{ bytes: Uint8Array; parts: BytePart[] }> {
  const key = await crypto.subtle.importKey('raw', dataKey as BufferSource, 'AES-GCM', false, ['encrypt']);
  const nonce = new Uint8Array(12);
  random(nonce);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce as BufferSource }, key, plaintext as BufferSource),
  );
  const bytes = new Uint8Array(12 + sealed.length);
  bytes.set(nonce, 0);
  bytes.set(sealed, 12);
  return {
    bytes,
    parts: [
      { name: 'Nonce', offset: 0, length: 12, description: 'Random 96-bit AES-GCM nonce the application chose; stored in the clear.' },
      {
        name: 'Ciphertext',
        offset: 12,
        length: plaintext.length,
        description: 'The data encrypted locally with AES-256-GCM under the data key.',
      },
      {
        name: 'Tag',
        offset: 12 + plaintext.length,
        length: 16,
        description: 'AES-GCM authentication tag: any change to the data makes decryption fail.',
      },
    ],
  };
}

/** Reverses {@link localEncrypt}. */
export async function localDecrypt(dataKey: Uint8Array, sealed: Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', dataKey as BufferSource, 'AES-GCM', false, ['decrypt']);
  return new Uint8Array(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.subarray(0, 12) as BufferSource }, key, sealed.subarray(12) as BufferSource),
  );
}

/** KMS API reference URL for an operation. */
export function apiDoc(operation: string): { label: string; url: string } {
  return { label: `AWS KMS API Reference: ${operation}`, url: `https://docs.aws.amazon.com/kms/latest/APIReference/API_${operation}.html` };
}
