import { EnvelopeError } from './errors';
import { sortedContextEntries, type EncryptionContext } from './encryption-context';

/**
 * The .kmslab file format, version 1. All integers are big-endian. See FORMAT.md beside this file.
 *
 * ```
 * offset  size  field
 * 0       8     magic 89 4B 4D 53 4C 41 42 0A  ("\x89KMSLAB\n")
 * 8       2     format version (1)
 * 10      4     header length: every header byte, including the 16-byte header tag
 * 14      1     algorithm suite (1 = AES-256-GCM, 96-bit nonce, 128-bit tag, chunked)
 * 15      4     chunk size: plaintext bytes per chunk (every chunk but the last is full)
 * 19      8     file nonce prefix: random, also serves as the file id
 * 27      2+n   KMS key id (ARN) that wrapped the data key, UTF-8
 * ..      2+n   wrapped data key: the CiphertextBlob from GenerateDataKey
 * ..      2     number of encryption context pairs, then per pair (sorted by key):
 *         2+n   key, UTF-8;  2+n  value, UTF-8
 * ..      16    header tag: AES-GCM tag over all header bytes before it, under the data key
 * then chunks: ciphertext (chunk size bytes, or fewer for the final chunk) followed by a 16-byte tag
 * ```
 */
export const FORMAT = {
  /** `\x89KMSLAB\n`: a high-bit first byte and a newline catch 7-bit or text-mode transfers, like PNG. */
  magic: Uint8Array.of(0x89, 0x4b, 0x4d, 0x53, 0x4c, 0x41, 0x42, 0x0a),
  /** The only format version this code writes and reads. */
  version: 1,
  /** AES-256-GCM with nonce = prefix ‖ chunk index and a 128-bit tag. */
  algorithmAes256GcmChunked: 1,
  /** Bytes before the variable-length fields. */
  fixedLength: 27,
  /** Bytes of the random nonce prefix / file id. */
  noncePrefixLength: 8,
  /** GCM tag bytes, after the header and after every chunk. */
  tagLength: 16,
  /** Headers larger than this are refused before allocating: a foreign file cannot make us read gigabytes. */
  maxHeaderLength: 64 * 1024,
  /** Smallest chunk size accepted (small values only make sense in tests). */
  minChunkSize: 256,
  /** Largest chunk size accepted, so a hostile header cannot make decryption allocate huge buffers. */
  maxChunkSize: 16 * 1024 * 1024,
  /** The chunk size used unless the caller picks another; see FORMAT.md for the measurements behind it. */
  defaultChunkSize: 1024 * 1024,
  /** Chunk indexes run 0..2^32-2; the index 2^32-1 is reserved for the header tag's nonce. */
  headerTagIndex: 0xffffffff,
} as const;

/** The header fields of a .kmslab file. */
export interface EnvelopeHeader {
  /** Format version (always {@link FORMAT}.version when written by this code). */
  version: number;
  /** Algorithm suite id. */
  algorithm: number;
  /** Plaintext bytes per chunk. */
  chunkSize: number;
  /** Random 8 bytes: the per-chunk nonce prefix and the file id. */
  noncePrefix: Uint8Array;
  /** The KMS key (ARN as returned by GenerateDataKey) that wrapped the data key. Informational: Decrypt does not need it. */
  keyId: string;
  /** The CiphertextBlob of the data key. */
  wrappedDataKey: Uint8Array;
  /** The encryption context the data key was generated with. */
  encryptionContext: EncryptionContext;
}

/** A parsed header and where its bytes are. */
export interface ParsedHeader {
  header: EnvelopeHeader;
  /** Header bytes the tag covers (everything before the tag). */
  authenticated: Uint8Array;
  /** The 16-byte header tag. */
  tag: Uint8Array;
  /** Total header length, where chunk data starts. */
  length: number;
}

const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Encodes the header bytes that the header tag covers (everything but the tag). The caller appends
 * the tag, which needs the data key; see `prepareEncryption`.
 */
export function encodeHeaderBody(h: EnvelopeHeader): Uint8Array {
  if (h.noncePrefix.length !== FORMAT.noncePrefixLength) throw invalid('The nonce prefix must be 8 bytes.');
  checkChunkSize(h.chunkSize, 'invalid-input');
  const keyId = utf8.encode(h.keyId);
  const pairs = sortedContextEntries(h.encryptionContext).map(([k, v]) => [utf8.encode(k), utf8.encode(v)] as const);
  const fields: Uint8Array[] = [keyId, h.wrappedDataKey, ...pairs.flat()];
  for (const f of fields) if (f.length > 0xffff) throw invalid('A header field is longer than 65535 bytes.');
  if (pairs.length > 0xffff) throw invalid('Too many encryption context pairs.');
  const bodyLength =
    FORMAT.fixedLength + 2 + keyId.length + 2 + h.wrappedDataKey.length + 2 + pairs.reduce((n, [k, v]) => n + 4 + k.length + v.length, 0);
  const total = bodyLength + FORMAT.tagLength;
  if (total > FORMAT.maxHeaderLength) throw invalid('The header would exceed 64 KiB; use a shorter encryption context.');

  const out = new Uint8Array(bodyLength);
  const view = new DataView(out.buffer);
  out.set(FORMAT.magic, 0);
  view.setUint16(8, h.version);
  view.setUint32(10, total);
  view.setUint8(14, h.algorithm);
  view.setUint32(15, h.chunkSize);
  out.set(h.noncePrefix, 19);
  let at = FORMAT.fixedLength;
  const put = (bytes: Uint8Array) => {
    view.setUint16(at, bytes.length);
    out.set(bytes, at + 2);
    at += 2 + bytes.length;
  };
  put(keyId);
  put(h.wrappedDataKey);
  view.setUint16(at, pairs.length);
  at += 2;
  for (const [k, v] of pairs) {
    put(k);
    put(v);
  }
  return out;
}

/**
 * Reads the header length from the first 14 bytes, after checking the magic and the version.
 * Lets a reader fetch exactly the header (e.g. `blob.slice(0, length)`) before parsing it.
 *
 * @throws EnvelopeError `foreign-file`, `unsupported-version`, `truncated` or `corrupted-header`
 */
export function readHeaderLength(prefix: Uint8Array): number {
  checkMagic(prefix);
  if (prefix.length < 14) throw truncatedHeader();
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  const version = view.getUint16(8);
  if (version !== FORMAT.version) {
    throw new EnvelopeError(
      'unsupported-version',
      `This .kmslab file uses envelope format version ${version}; this version of KMS Lab reads format version ${FORMAT.version} only. Open it with the KMS Lab version that wrote it.`,
    );
  }
  const length = view.getUint32(10);
  if (length < FORMAT.fixedLength + 6 + FORMAT.tagLength || length > FORMAT.maxHeaderLength) {
    throw corrupted(`the header length field says ${length} bytes, which no valid header has`);
  }
  return length;
}

/**
 * Parses a complete header. `bytes` may hold more than the header (the start of the chunks).
 *
 * @throws EnvelopeError for every kind of malformed header, naming the problem
 */
export function parseHeader(bytes: Uint8Array): ParsedHeader {
  const length = readHeaderLength(bytes);
  if (bytes.length < length) throw truncatedHeader();
  const view = new DataView(bytes.buffer, bytes.byteOffset, length);
  const bodyEnd = length - FORMAT.tagLength;
  const algorithm = view.getUint8(14);
  if (algorithm !== FORMAT.algorithmAes256GcmChunked) {
    throw new EnvelopeError(
      'unsupported-algorithm',
      `This .kmslab file names algorithm suite ${algorithm}, which this version of KMS Lab does not know.`,
    );
  }
  const chunkSize = view.getUint32(15);
  checkChunkSize(chunkSize, 'corrupted-header');
  let at = FORMAT.fixedLength;
  const take = (what: string): Uint8Array => {
    if (at + 2 > bodyEnd) throw corrupted(`the ${what} runs past the end of the header`);
    const n = view.getUint16(at);
    if (at + 2 + n > bodyEnd) throw corrupted(`the ${what} runs past the end of the header`);
    const field = bytes.slice(at + 2, at + 2 + n);
    at += 2 + n;
    return field;
  };
  const text = (what: string): string => {
    try {
      return utf8Strict.decode(take(what));
    } catch (err) {
      if (err instanceof EnvelopeError) throw err;
      throw corrupted(`the ${what} is not valid UTF-8`);
    }
  };
  const keyId = text('key id');
  if (!keyId) throw corrupted('the key id is empty');
  const wrappedDataKey = take('wrapped data key');
  if (wrappedDataKey.length === 0) throw corrupted('the wrapped data key is empty');
  if (at + 2 > bodyEnd) throw corrupted('the encryption context runs past the end of the header');
  const pairCount = view.getUint16(at);
  at += 2;
  const context: Record<string, string> = {};
  let previous: string | undefined;
  for (let i = 0; i < pairCount; i++) {
    const k = text('encryption context key');
    const v = text('encryption context value');
    // Canonical order (sorted, no duplicates) means one context has exactly one encoding.
    if (previous !== undefined && !(previous < k)) throw corrupted('the encryption context is not in canonical order');
    previous = k;
    context[k] = v;
  }
  if (at !== bodyEnd) throw corrupted('there are unexplained bytes before the header tag');
  return {
    header: {
      version: FORMAT.version,
      algorithm,
      chunkSize,
      noncePrefix: bytes.slice(19, 27),
      keyId,
      wrappedDataKey,
      encryptionContext: context,
    },
    authenticated: bytes.slice(0, bodyEnd),
    tag: bytes.slice(bodyEnd, length),
    length,
  };
}

/** The size on disk of a file of `plaintextBytes` with this header length and chunk size. */
export function encryptedSize(plaintextBytes: number, headerLength: number, chunkSize: number): number {
  const chunks = Math.max(1, Math.ceil(plaintextBytes / chunkSize));
  return headerLength + plaintextBytes + chunks * FORMAT.tagLength;
}

function checkMagic(prefix: Uint8Array) {
  if (prefix.length === 0) {
    throw new EnvelopeError(
      'foreign-file',
      'This file is empty, so it is not a KMS Lab envelope file. Pick a .kmslab file this page encrypted.',
    );
  }
  const n = Math.min(prefix.length, FORMAT.magic.length);
  for (let i = 0; i < n; i++) {
    if (prefix[i] !== FORMAT.magic[i]) {
      throw new EnvelopeError(
        'foreign-file',
        'This is not a KMS Lab envelope file: it does not start with the .kmslab signature. Pick a file this page encrypted.',
      );
    }
  }
  if (prefix.length < FORMAT.magic.length) throw truncatedHeader();
}

function checkChunkSize(size: number, code: 'invalid-input' | 'corrupted-header') {
  if (!Number.isInteger(size) || size < FORMAT.minChunkSize || size > FORMAT.maxChunkSize) {
    const text = `chunk size ${size} is outside ${FORMAT.minChunkSize}..${FORMAT.maxChunkSize} bytes`;
    throw code === 'invalid-input' ? invalid(`The ${text}.`) : corrupted(`the ${text}`);
  }
}

function corrupted(what: string): EnvelopeError {
  return new EnvelopeError('corrupted-header', `This .kmslab file's header is damaged: ${what}. The file cannot be decrypted.`);
}

function truncatedHeader(): EnvelopeError {
  return new EnvelopeError('truncated', 'This .kmslab file is truncated: it ends inside its header. Use the complete file.');
}

function invalid(message: string): EnvelopeError {
  return new EnvelopeError('invalid-input', message);
}
