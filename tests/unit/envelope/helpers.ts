import { decryptEnvelope, encryptEnvelope, type DataKeyProvider, type EncryptionContext } from '@/envelope';
import { collector, streamOf } from './fake-provider';

export const CHUNK = 1024;
export const CONTEXT = { purpose: 'exam-notes', team: 'blue' };

/** Encrypts `plain` into a complete .kmslab file in memory. */
export async function seal(provider: DataKeyProvider, plain: Uint8Array, context: EncryptionContext = CONTEXT, chunkSize = CHUNK) {
  const out = collector();
  const result = await encryptEnvelope({
    provider,
    keyId: 'alias/exam',
    encryptionContext: context,
    chunkSize,
    input: streamOf(plain, [700, 333, 4096]),
    sink: out.sink,
  });
  return { file: out.bytes(), result };
}

/** Decrypts a .kmslab file in memory. */
export async function open(provider: DataKeyProvider, file: Uint8Array, encryptionContext?: EncryptionContext) {
  const out = collector();
  const result = await decryptEnvelope({ provider, input: streamOf(file, [512, 1500, 77]), sink: out.sink, encryptionContext });
  return { plain: out.bytes(), result };
}
