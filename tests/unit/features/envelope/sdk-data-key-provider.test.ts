import { KMSClient } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { decryptEnvelope, encryptEnvelope, EnvelopeError, isZeroed, type DataKeyProvider, type EnvelopeErrorCode } from '@/envelope';
import { createKms, ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY } from '@/kms';
import { createSdkDataKeyProvider } from '@/features/envelope/sdk-data-key-provider';

const REGION = 'us-east-1';

async function setup() {
  const kms = createKms();
  await kms.ready();
  const client = (accessKeyId = ROOT_ACCESS_KEY_ID, secretAccessKey = ROOT_SECRET_ACCESS_KEY, region = REGION) =>
    new KMSClient({ region, requestHandler: kms.requestHandler, maxAttempts: 1, credentials: { accessKeyId, secretAccessKey } });
  const { KeyMetadata } = await kms.call('CreateKey', { Description: 'envelope test' }, { region: REGION });
  return { kms, client, keyId: KeyMetadata!.KeyId!, provider: createSdkDataKeyProvider(client()) };
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(c) {
      for (let i = 0; i < bytes.length; i += 700) c.enqueue(bytes.slice(i, i + 700));
      c.close();
    },
  });
}

async function seal(provider: DataKeyProvider, keyId: string, plain: Uint8Array, context = { project: 'kmslab' }) {
  const parts: Uint8Array[] = [];
  await encryptEnvelope({
    provider,
    keyId,
    encryptionContext: context,
    chunkSize: 1024,
    input: streamOf(plain),
    sink: (b) => void parts.push(b.slice()),
  });
  return Buffer.concat(parts);
}

async function open(provider: DataKeyProvider, file: Uint8Array, context?: Record<string, string>) {
  const parts: Uint8Array[] = [];
  await decryptEnvelope({ provider, input: streamOf(file), encryptionContext: context, sink: (b) => void parts.push(b.slice()) });
  return Buffer.concat(parts);
}

async function failure(p: Promise<unknown>): Promise<EnvelopeError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(EnvelopeError);
  return err as EnvelopeError;
}

describe('envelope encryption with the simulated KMS through the AWS SDK', () => {
  it('round-trips, and the audit trail shows GenerateDataKey then Decrypt without a key id', async () => {
    const { kms, keyId, provider } = await setup();
    const plain = crypto.getRandomValues(new Uint8Array(5000));
    const file = await seal(provider, keyId, plain);
    expect(await open(provider, file)).toEqual(Buffer.from(plain));
    const events = kms.audit.list().map((e) => e.eventName);
    expect(events).toContain('GenerateDataKey');
    expect(events).toContain('Decrypt');
  });

  it('zeroes the plaintext data key the SDK returned', async () => {
    const { keyId, provider } = await setup();
    const seen: Uint8Array[] = [];
    const spy: DataKeyProvider = {
      generateDataKey: async (k, c) => {
        const out = await provider.generateDataKey(k, c);
        seen.push(out.plaintext);
        return out;
      },
      decrypt: async (b, c) => {
        const out = await provider.decrypt(b, c);
        seen.push(out.plaintext);
        return out;
      },
    };
    await open(spy, await seal(spy, keyId, new Uint8Array(10)));
    expect(seen).toHaveLength(2);
    expect(seen.every((k) => k.length === 32 && isZeroed(k))).toBe(true);
  });

  it('names a wrong encryption context', async () => {
    const { keyId, provider } = await setup();
    const file = await seal(provider, keyId, new Uint8Array(100));
    const err = await failure(open(provider, file, { project: 'KMSLab' }));
    expect(err.code).toBe<EnvelopeErrorCode>('wrong-encryption-context');
  });

  it('names a disabled key, on decrypt and on encrypt', async () => {
    const { kms, keyId, provider } = await setup();
    const file = await seal(provider, keyId, new Uint8Array(100));
    await kms.call('DisableKey', { KeyId: keyId }, { region: REGION });
    expect((await failure(open(provider, file))).code).toBe('key-disabled');
    expect((await failure(seal(provider, keyId, new Uint8Array(1)))).code).toBe('key-disabled');
  });

  it('names a key pending deletion', async () => {
    const { kms, keyId, provider } = await setup();
    const file = await seal(provider, keyId, new Uint8Array(100));
    await kms.call('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 }, { region: REGION });
    const err = await failure(open(provider, file));
    expect(err.code).toBe('key-unavailable');
    expect(err.message).toMatch(/pending deletion/);
  });

  it('names a principal without kms:Decrypt', async () => {
    const { kms, client, keyId, provider } = await setup();
    const file = await seal(provider, keyId, new Uint8Array(100));
    const writer = kms.iam.createUser({
      userName: 'writer',
      policies: { OnlyGenerate: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:GenerateDataKey', Resource: '*' }] } },
    });
    const asWriter = createSdkDataKeyProvider(client(writer.accessKeyId, writer.secretAccessKey));
    // The writer can make new files...
    await seal(asWriter, keyId, new Uint8Array(10));
    // ...but not read any.
    const err = await failure(open(asWriter, file));
    expect(err.code).toBe('access-denied');
    expect(err.message).toMatch(/kms:Decrypt/);
  });

  it('cannot use a key from another Region', async () => {
    const { client, keyId, provider } = await setup();
    const elsewhere = createSdkDataKeyProvider(client(ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY, 'eu-west-1'));
    expect((await failure(seal(elsewhere, keyId, new Uint8Array(1)))).code).toBe('key-not-found');
    const file = await seal(provider, keyId, new Uint8Array(10));
    // KMS answers AccessDeniedException "...does not exist in this region..."; the page names the Region problem.
    const err = await failure(open(elsewhere, file));
    expect(err.code).toBe('key-not-found');
    expect(err.message).toMatch(/Switch to the Region/);
  });
});
