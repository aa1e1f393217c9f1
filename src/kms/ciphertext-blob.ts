/**
 * The simulator's symmetric ciphertext blob (AWS's own layout is private; this one is ours, versioned).
 *
 * Version 1 layout (all lengths in bytes; n = length of the key ID, 36 for both UUID and `mrk-` IDs):
 *
 * | offset   | size | field                                                            |
 * |----------|------|------------------------------------------------------------------|
 * | 0        | 2    | magic `4B 4C` ("KL", KMS Lab)                                     |
 * | 2        | 1    | format version `01`                                              |
 * | 3        | 12   | owner account ID, ASCII digits                                    |
 * | 15       | 1    | n                                                                |
 * | 16       | n    | key ID, ASCII (key reference: Decrypt needs no KeyId)             |
 * | 16+n     | 32   | key material ID (the 64-hex KeyMaterialId as bytes: the version)  |
 * | 48+n     | 12   | AES-GCM nonce (IV), random per encryption                        |
 * | 60+n     | 4    | CRC-32 (big-endian) of bytes [0, 60+n): header check              |
 * | 64+n     | m    | AES-256-GCM ciphertext (m = plaintext length)                    |
 * | 64+n+m   | 16   | AES-GCM authentication tag                                       |
 *
 * Additional authenticated data = header bytes [0, 64+n) followed by the canonical encryption context
 * (see encryption-context.ts). So changing any header byte, the ciphertext, the tag or the context makes
 * decryption fail. The CRC makes a damaged header fail as InvalidCiphertextException before any key lookup
 * (otherwise a flipped key-ID bit would look like "key not found").
 *
 * The key's Region is not in the blob: a ciphertext is only decryptable where a key with that ID exists,
 * which is what makes single-Region ciphertexts Region-locked and multi-Region ones portable.
 */
import { fromHex, toHex } from './bytes';
import { crc32 } from './crc32';

/** Magic bytes "KL". */
export const BLOB_MAGIC = [0x4b, 0x4c] as const;
/** Current format version. */
export const BLOB_VERSION = 1;
/** GCM nonce length. */
export const NONCE_LENGTH = 12;
/** GCM tag length. */
export const TAG_LENGTH = 16;

/** Fields of a parsed blob. */
export interface CiphertextHeader {
  version: number;
  accountId: string;
  keyId: string;
  /** 64 lowercase hex chars. */
  keyMaterialId: string;
  nonce: Uint8Array;
  /** Offset where GCM ciphertext starts (= header length = AAD prefix length). */
  headerLength: number;
}

const ascii = (bytes: Uint8Array, start: number, end: number) => {
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c < 0x20 || c > 0x7e) return undefined;
  }
  return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
};

/**
 * Writes the header for a new ciphertext into a new buffer of `64 + n + extra` bytes (callers put the
 * encryption context or the ciphertext after it without another copy).
 */
export function encodeHeader(accountId: string, keyId: string, materialIdBytes: Uint8Array, nonce: Uint8Array, extra = 0): Uint8Array {
  const n = keyId.length;
  const out = new Uint8Array(64 + n + extra);
  out[0] = BLOB_MAGIC[0];
  out[1] = BLOB_MAGIC[1];
  out[2] = BLOB_VERSION;
  for (let i = 0; i < 12; i++) out[3 + i] = accountId.charCodeAt(i);
  out[15] = n;
  for (let i = 0; i < n; i++) out[16 + i] = keyId.charCodeAt(i);
  out.set(materialIdBytes, 16 + n);
  out.set(nonce, 48 + n);
  const c = crc32(out, 0, 60 + n);
  out[60 + n] = c >>> 24;
  out[61 + n] = (c >>> 16) & 0xff;
  out[62 + n] = (c >>> 8) & 0xff;
  out[63 + n] = c & 0xff;
  return out;
}

/** Parses a blob's header; undefined for anything that is not a well-formed v1 blob. */
export function decodeHeader(blob: Uint8Array): CiphertextHeader | undefined {
  if (blob.length < 16 || blob[0] !== BLOB_MAGIC[0] || blob[1] !== BLOB_MAGIC[1] || blob[2] !== BLOB_VERSION) return undefined;
  const n = blob[15]!;
  const headerLength = 64 + n;
  // At least one byte of ciphertext (plaintext is never empty) and a full tag.
  if (n === 0 || blob.length < headerLength + 1 + TAG_LENGTH) return undefined;
  const stored = ((blob[60 + n]! << 24) | (blob[61 + n]! << 16) | (blob[62 + n]! << 8) | blob[63 + n]!) >>> 0;
  if (stored !== crc32(blob, 0, 60 + n)) return undefined;
  const accountId = ascii(blob, 3, 15);
  const keyId = ascii(blob, 16, 16 + n);
  if (!accountId || !/^\d{12}$/.test(accountId) || !keyId) return undefined;
  return {
    version: blob[2],
    accountId,
    keyId,
    keyMaterialId: toHex(blob.subarray(16 + n, 48 + n)),
    nonce: blob.subarray(48 + n, 60 + n),
    headerLength,
  };
}

/** A labelled byte range of a ciphertext blob, for byte views in the UI. */
export interface BlobPart {
  name: string;
  offset: number;
  length: number;
  description: string;
}

/** Result of {@link parseCiphertextBlob}. */
export interface ParsedCiphertextBlob {
  /** True when the blob is a symmetric ciphertext in this simulator's format. */
  recognised: boolean;
  parts: BlobPart[];
  header?: CiphertextHeader;
  /** Total length of the blob. */
  length: number;
}

/**
 * Labels the parts of a ciphertext blob (magic/version, key reference, material version, nonce,
 * header check, ciphertext, tag) so the console and diagrams can show them. Never throws.
 * Blobs that are not in this format (e.g. RSA ciphertexts) come back with one "opaque" part.
 */
export function parseCiphertextBlob(bytes: Uint8Array): ParsedCiphertextBlob {
  const header = decodeHeader(bytes);
  if (!header) {
    return {
      recognised: false,
      length: bytes.length,
      parts: [
        {
          name: 'opaque',
          offset: 0,
          length: bytes.length,
          description: 'Not a symmetric KMS Lab ciphertext (for example an RSA ciphertext or damaged bytes).',
        },
      ],
    };
  }
  const n = header.keyId.length;
  const ctLen = bytes.length - header.headerLength - TAG_LENGTH;
  return {
    recognised: true,
    header,
    length: bytes.length,
    parts: [
      { name: 'magic', offset: 0, length: 2, description: 'Format marker "KL".' },
      { name: 'version', offset: 2, length: 1, description: `Blob format version ${header.version}.` },
      { name: 'account', offset: 3, length: 12, description: `Account that owns the key: ${header.accountId}.` },
      { name: 'key-id-length', offset: 15, length: 1, description: `Length of the key ID (${n}).` },
      {
        name: 'key-id',
        offset: 16,
        length: n,
        description: `Key reference: ${header.keyId}. Decrypt finds the key from this, so it needs no KeyId.`,
      },
      {
        name: 'key-material-id',
        offset: 16 + n,
        length: 32,
        description: `Key material version ${header.keyMaterialId}: after rotation, Decrypt still finds the material that encrypted.`,
      },
      { name: 'nonce', offset: 48 + n, length: NONCE_LENGTH, description: 'Random 96-bit AES-GCM nonce (IV), new for every encryption.' },
      { name: 'header-check', offset: 60 + n, length: 4, description: 'CRC-32 of the header, so a damaged header is rejected early.' },
      {
        name: 'ciphertext',
        offset: header.headerLength,
        length: ctLen,
        description: `AES-256-GCM ciphertext (${ctLen} bytes, same length as the plaintext).`,
      },
      {
        name: 'tag',
        offset: bytes.length - TAG_LENGTH,
        length: TAG_LENGTH,
        description: 'AES-GCM authentication tag over the header, the ciphertext and the encryption context.',
      },
    ],
  };
}

/** Cache of material ID bytes (the hot Encrypt path should not re-parse hex). */
const idBytesCache = new Map<string, Uint8Array>();
/** The 32 raw bytes of a 64-hex material ID. */
export function materialIdBytes(id: string): Uint8Array {
  let b = idBytesCache.get(id);
  if (!b) idBytesCache.set(id, (b = fromHex(id)));
  return b;
}
