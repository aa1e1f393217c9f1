import type { DataKeyProvider, EncryptionContext } from '@/envelope';
import { sortedContextEntries } from '@/envelope';

/** An error shaped like the SDK's: only `name` and `message` matter to the envelope core. */
export function kmsException(name: string, message = 'UnknownError'): Error {
  const err = new Error(message);
  err.name = name;
  return err;
}

/**
 * A stand-in for KMS while the simulator is not wired in: wraps data keys with AES-GCM under one
 * "KMS key", binding the encryption context as AAD exactly as KMS does, and can be told to fail.
 */
export async function createFakeProvider(keyArn = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab') {
  const root = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const aad = (ec: EncryptionContext) => new TextEncoder().encode(JSON.stringify(sortedContextEntries(ec)));
  const state = {
    failWith: null as Error | null,
    /** Every plaintext key handed out, to check that the core zeroed it. */
    issued: [] as Uint8Array[],
    calls: [] as string[],
  };
  const provider: DataKeyProvider = {
    async generateDataKey(keyId, ec) {
      state.calls.push(`GenerateDataKey ${keyId}`);
      if (state.failWith) throw state.failWith;
      const plaintext = crypto.getRandomValues(new Uint8Array(32));
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(ec) }, root, plaintext));
      const blob = new Uint8Array(12 + sealed.length);
      blob.set(iv);
      blob.set(sealed, 12);
      state.issued.push(plaintext);
      return { plaintext, ciphertextBlob: blob, keyId: keyArn };
    },
    async decrypt(blob, ec) {
      state.calls.push('Decrypt');
      if (state.failWith) throw state.failWith;
      try {
        const plain = new Uint8Array(
          await crypto.subtle.decrypt({ name: 'AES-GCM', iv: blob.slice(0, 12), additionalData: aad(ec) }, root, blob.slice(12)),
        );
        state.issued.push(plain);
        return { plaintext: plain, keyId: keyArn };
      } catch {
        throw kmsException('InvalidCiphertextException');
      }
    },
  };
  return { provider, state };
}

/** A stream that hands out `bytes` in pieces of varying sizes, like a real file read. */
export function streamOf(bytes: Uint8Array, pieceSizes: number[] = [65536]): ReadableStream<Uint8Array> {
  let at = 0;
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      const size = pieceSizes[i++ % pieceSizes.length]!;
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

/** Collects a sink's output into one array. */
export function collector() {
  const parts: Uint8Array[] = [];
  return {
    sink: (b: Uint8Array) => void parts.push(b.slice()),
    bytes(): Uint8Array {
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        out.set(p, at);
        at += p.length;
      }
      return out;
    },
  };
}

/** Deterministic pseudo-random bytes (distinct per seed) for plaintexts. */
export function pattern(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed * 2654435761;
  for (let i = 0; i < length; i++) {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** A byte stream (read with a BYOB reader by the envelope core) handing out pieces of varying sizes. */
export function byteStreamOf(bytes: Uint8Array, pieceSizes: number[] = [65536]): ReadableStream<Uint8Array> {
  let at = 0;
  let i = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        controller.byobRequest?.respond(0);
        return;
      }
      const size = pieceSizes[i++ % pieceSizes.length]!;
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}
