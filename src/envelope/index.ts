/**
 * Envelope encryption of streams of any size, in the .kmslab format (see FORMAT.md): a data key from
 * KMS GenerateDataKey encrypts the data locally in AES-256-GCM chunks, and only the wrapped copy of
 * the key is stored, in the file's authenticated header. Pure: WebCrypto and streams only, with KMS
 * behind the injected {@link DataKeyProvider}.
 */
export { FORMAT, encodeHeaderBody, parseHeader, readHeaderLength, encryptedSize } from './format';
export type { EnvelopeHeader, ParsedHeader } from './format';
export { EnvelopeError, isEnvelopeError, cancelledError } from './errors';
export type { EnvelopeErrorCode } from './errors';
export { sameEncryptionContext, sortedContextEntries } from './encryption-context';
export type { EncryptionContext } from './encryption-context';
export type { DataKeyProvider } from './provider';
export { importDataKey, isZeroed } from './data-key';
export { chunkNonce, chunkAad, encryptChunk, decryptChunk, hashHeader, headerTag } from './chunk-crypto';
export type { ChunkSession } from './chunk-crypto';
export { ByteSource } from './byte-source';
export { prepareEncryption, encryptChunks, encryptEnvelope, DEFAULT_CONCURRENCY } from './encrypt';
export type { PrepareEncryptionOptions, PreparedEncryption, ChunkLoopOptions, ChunkLoopResult, EncryptEnvelopeOptions } from './encrypt';
export { readHeader, readHeaderFromBlob, openEnvelope, decryptChunks, decryptEnvelope } from './decrypt';
export type { OpenEnvelopeOptions, DecryptEnvelopeOptions } from './decrypt';
export { kmsFailure } from './kms-errors';
export type { EnvelopeStepId, EnvelopeStepEvent, StepListener, ProgressListener, ByteSink } from './steps';
export { releaseBuffer } from './release-buffer';
