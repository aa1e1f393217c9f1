/**
 * Why an envelope operation failed, as a stable code the UI can branch on. Each code names one
 * problem a learner can act on; the message says what happened and what to do.
 */
export type EnvelopeErrorCode =
  /** The bytes do not start with the .kmslab signature: not one of our files. */
  | 'foreign-file'
  /** A .kmslab file of a format version this code does not read. */
  | 'unsupported-version'
  /** A .kmslab file that names an algorithm suite this code does not know. */
  | 'unsupported-algorithm'
  /** The header's fields are inconsistent (lengths, sizes, ordering). */
  | 'corrupted-header'
  /** The header parsed but its authentication tag does not match: someone changed it. */
  | 'header-tampered'
  /** The file ends before the header or before the final chunk. */
  | 'truncated'
  /** A chunk failed authentication: bit flip, reordering, or a chunk from another file. */
  | 'chunk-tampered'
  /** Bytes follow the authenticated final chunk. */
  | 'trailing-data'
  /** KMS refused the wrapped data key with the encryption context the caller supplied. */
  | 'wrong-encryption-context'
  /** KMS refused the wrapped data key (changed bytes, or changed context in the header). */
  | 'wrapped-key-rejected'
  /** The KMS key is disabled. */
  | 'key-disabled'
  /** The KMS key is pending deletion, pending import, or otherwise not usable. */
  | 'key-unavailable'
  /** The KMS key does not exist in this account and Region (deleted, or another Region). */
  | 'key-not-found'
  /** The KMS key cannot make data keys (asymmetric or HMAC key). */
  | 'wrong-key-type'
  /** The caller's principal is not allowed the KMS action. */
  | 'access-denied'
  /** Any other KMS failure, with KMS's own error name kept in the message. */
  | 'kms-error'
  /** The caller gave input this module cannot use (empty key id, bad chunk size...). */
  | 'invalid-input'
  /** The caller cancelled the operation. */
  | 'cancelled';

/** An envelope failure with a {@link EnvelopeErrorCode} and a message fit to show a learner. */
export class EnvelopeError extends Error {
  override readonly name = 'EnvelopeError';
  /**
   * @param code - the problem, for branching
   * @param message - what happened and what to do, in plain words
   * @param details - optional facts for display (chunk index, KMS error name...)
   */
  constructor(
    readonly code: EnvelopeErrorCode,
    message: string,
    readonly details: { chunkIndex?: number; kmsErrorName?: string; kmsMessage?: string } = {},
  ) {
    super(message);
  }
}

/** True when `err` is an {@link EnvelopeError}, optionally of one code. */
export function isEnvelopeError(err: unknown, code?: EnvelopeErrorCode): err is EnvelopeError {
  return err instanceof EnvelopeError && (code === undefined || err.code === code);
}

/** The error thrown when an AbortSignal fires; one place so every path says the same thing. */
export function cancelledError(): EnvelopeError {
  return new EnvelopeError('cancelled', 'Cancelled. Nothing was written as a finished file.');
}
