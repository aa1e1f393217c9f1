import {
  EnvelopeError,
  cancelledError,
  openEnvelope,
  prepareEncryption,
  readHeaderFromBlob,
  type EncryptionContext,
  type EnvelopeHeader,
  type EnvelopeStepEvent,
} from '@/envelope';
import { getKmsClient, loadAppKms } from '@/lib/kms-runtime';
import { downloadTarget, pickFileTarget, type CommittedOutput, type OutputTarget } from './output-target';
import { runChunkJob } from './run-chunk-job';
import { createSdkDataKeyProvider } from './sdk-data-key-provider';

/** Who calls KMS, from where. */
export interface Caller {
  region: string;
  accessKeyId: string;
}

/** Callbacks the page listens to. */
export interface JobListener {
  onStep: (event: EnvelopeStepEvent) => void;
  onProgress: (processed: number) => void;
  /** Header fields as soon as they are known (for the summary). */
  onHeader?: (header: EnvelopeHeader, headerLength: number) => void;
}

/** What a finished job produced. */
export interface JobResult {
  output: CommittedOutput;
  chunks: number;
  plaintextBytes: number;
  /** ARN of the KMS key KMS used (from GenerateDataKey or Decrypt). */
  keyArn: string;
}

async function target(kind: 'file' | 'download', name: string, encrypted: boolean): Promise<OutputTarget | null> {
  return kind === 'file' ? pickFileTarget(name, encrypted) : downloadTarget(name);
}

/**
 * Encrypts `input` into a .kmslab file: KMS GenerateDataKey through the SDK (main thread, audited),
 * chunks in a worker, output to a file or a download. Resolves to null if the learner closes the
 * save dialog. On any failure the output is discarded before the error is rethrown.
 */
export async function encryptJob(
  options: {
    input: Blob;
    name: string;
    keyId: string;
    encryptionContext: EncryptionContext;
    output: 'file' | 'download';
    caller: Caller;
    signal: AbortSignal;
  },
  listener: JobListener,
): Promise<JobResult | null> {
  // Ask for the save location first: the browser only allows it during the click.
  const out = await target(options.output, `${options.name}.kmslab`, true);
  if (!out) return null;
  try {
    await loadAppKms();
    const provider = createSdkDataKeyProvider(getKmsClient(options.caller.region, options.caller.accessKeyId));
    const prepared = await prepareEncryption({
      provider,
      keyId: options.keyId,
      encryptionContext: options.encryptionContext,
      onStep: listener.onStep,
    });
    listener.onHeader?.(prepared.fields, prepared.header.length);
    if (options.signal.aborted) throw cancelledError();
    listener.onStep({ step: 'encrypt-locally', state: 'active' });
    await out.write(prepared.header);
    const result = await runChunkJob({
      job: 'encrypt',
      session: prepared.session,
      input: options.input,
      offset: 0,
      write: out.write,
      onProgress: listener.onProgress,
      signal: options.signal,
    });
    const output = await out.commit();
    listener.onStep({
      step: 'encrypt-locally',
      state: 'done',
      note: `${result.chunks} chunk${result.chunks === 1 ? '' : 's'} of AES-256-GCM in a Web Worker.`,
    });
    listener.onStep({
      step: 'store-wrapped-key',
      state: 'done',
      note: `The ${prepared.fields.wrappedDataKey.length}-byte wrapped key is in the ${prepared.header.length}-byte header; the worker holding the CryptoKey was terminated.`,
    });
    return { output, chunks: result.chunks, plaintextBytes: result.plaintextBytes, keyArn: prepared.fields.keyId };
  } catch (err) {
    await out.discard();
    throw err;
  }
}

/**
 * Decrypts a .kmslab file: header, KMS Decrypt of the wrapped key (no key id), chunks in a worker.
 * The output is committed only after the final chunk authenticated; otherwise it is discarded.
 */
export async function decryptJob(
  options: {
    file: Blob;
    name: string;
    encryptionContext?: EncryptionContext;
    output: 'file' | 'download';
    caller: Caller;
    signal: AbortSignal;
  },
  listener: JobListener,
): Promise<JobResult | null> {
  listener.onStep({ step: 'read-header', state: 'active' });
  let parsed: Awaited<ReturnType<typeof readHeaderFromBlob>>;
  try {
    parsed = await readHeaderFromBlob(options.file);
  } catch (err) {
    listener.onStep({ step: 'read-header', state: 'failed' });
    throw err;
  }
  listener.onHeader?.(parsed.header, parsed.length);
  listener.onStep({
    step: 'read-header',
    state: 'done',
    note: `Format version ${parsed.header.version}, ${parsed.header.chunkSize / 1024} KiB chunks, ${parsed.header.wrappedDataKey.length}-byte wrapped key.`,
  });
  const out = await target(options.output, options.name.replace(/\.kmslab$/i, '') || 'decrypted', false);
  if (!out) return null;
  try {
    await loadAppKms();
    const provider = createSdkDataKeyProvider(getKmsClient(options.caller.region, options.caller.accessKeyId));
    const opened = await openEnvelope({ provider, parsed, encryptionContext: options.encryptionContext, onStep: listener.onStep });
    if (options.signal.aborted) throw cancelledError();
    listener.onStep({ step: 'decrypt-locally', state: 'active' });
    const result = await runChunkJob({
      job: 'decrypt',
      session: opened.session,
      input: options.file.slice(parsed.length),
      offset: parsed.length,
      write: out.write,
      onProgress: listener.onProgress,
      signal: options.signal,
    });
    const output = await out.commit();
    listener.onStep({
      step: 'decrypt-locally',
      state: 'done',
      note: `${result.chunks} chunk${result.chunks === 1 ? '' : 's'} authenticated, including the final one.`,
    });
    return { output, chunks: result.chunks, plaintextBytes: result.plaintextBytes, keyArn: opened.keyId };
  } catch (err) {
    await out.discard();
    throw err;
  }
}

/** A message for any failure: EnvelopeErrors already say what happened; others get wrapped. */
export function describeFailure(err: unknown): { code: string; message: string } {
  if (err instanceof EnvelopeError) return { code: err.code, message: err.message };
  if (err instanceof DOMException && (err.name === 'NotReadableError' || err.name === 'NotFoundError')) {
    return {
      code: 'invalid-input',
      message: 'The browser could not read the file: it may have been moved, changed or deleted since you picked it. Pick it again.',
    };
  }
  if (err instanceof Error && err.name === 'UnrecognizedClientException') {
    return {
      code: 'bad-credentials',
      message: "KMS does not recognise the chosen principal's access key (UnrecognizedClientException). Pick another principal.",
    };
  }
  return {
    code: 'internal',
    message: `Something unexpected failed: ${err instanceof Error ? err.message : String(err)}. Nothing was saved as a finished file.`,
  };
}
