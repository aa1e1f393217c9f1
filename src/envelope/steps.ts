/**
 * The steps of envelope encryption and decryption, in the order of the envelope diagram. The core
 * reports them as they happen so a page can show each one (and a test can check the order).
 *
 * Encrypt: GenerateDataKey → discard the plaintext key (kept only as a non-extractable CryptoKey)
 * → encrypt locally → store the wrapped key with the data.
 * Decrypt: read the header → Decrypt the wrapped key → discard the plaintext key → decrypt locally.
 */
export type EnvelopeStepId =
  | 'generate-data-key'
  | 'discard-plaintext-key'
  | 'encrypt-locally'
  | 'store-wrapped-key'
  | 'read-header'
  | 'decrypt-data-key'
  | 'decrypt-locally';

/** One step's progress report. */
export interface EnvelopeStepEvent {
  step: EnvelopeStepId;
  state: 'active' | 'done' | 'failed';
  /** Facts worth showing: sizes, the key ARN, "32 bytes overwritten with zeros". */
  note?: string;
}

/** Receives step events; optional everywhere. */
export type StepListener = (event: EnvelopeStepEvent) => void;

/** Bytes consumed so far (plaintext when encrypting, file bytes when decrypting). */
export type ProgressListener = (bytesProcessed: number) => void;

/** Where output goes, one piece at a time, in order. May return a promise to apply back-pressure. */
export type ByteSink = (bytes: Uint8Array<ArrayBuffer>) => void | Promise<void>;
