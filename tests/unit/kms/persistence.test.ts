/** IndexedDB persistence (fake-indexeddb): keys as non-extractable CryptoKeys survive a "reload". */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createIndexedDbStore, createKms } from '@/kms';
import { failure, text, utf8 } from './helpers';

const ctx = { region: 'us-east-1' };

describe('createIndexedDbStore', () => {
  it('keys, material versions, aliases, policies and rotation state survive a new simulator on the same database', async () => {
    let t = Date.UTC(2026, 0, 1);
    const first = createKms({ store: createIndexedDbStore('kms-persist-1'), now: () => t });
    await first.ready();
    const md = (await first.call('CreateKey', { Description: 'persisted' }, ctx)).KeyMetadata!;
    await first.call('CreateAlias', { AliasName: 'alias/keep', TargetKeyId: md.KeyId! }, ctx);
    const old = (await first.call('Encrypt', { KeyId: 'alias/keep', Plaintext: utf8('v1') }, ctx)).CiphertextBlob!;
    await first.call('RotateKeyOnDemand', { KeyId: md.KeyId! }, ctx);
    await first.call('EnableKeyRotation', { KeyId: md.KeyId!, RotationPeriodInDays: 90 }, ctx);
    const rsa = (await first.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }, ctx)).KeyMetadata!;
    const sig = (await first.call('Sign', { KeyId: rsa.KeyId!, Message: utf8('m'), SigningAlgorithm: 'ECDSA_SHA_256' }, ctx)).Signature!;
    await first.flush();

    const second = createKms({ store: createIndexedDbStore('kms-persist-1'), now: () => t });
    await second.ready();
    const d = (await second.call('DescribeKey', { KeyId: 'alias/keep' }, ctx)).KeyMetadata!;
    expect(d.Description).toBe('persisted');
    expect(text((await second.call('Decrypt', { CiphertextBlob: old }, ctx)).Plaintext)).toBe('v1');
    expect((await second.call('ListKeyRotations', { KeyId: md.KeyId! }, ctx)).Rotations).toHaveLength(1);
    expect(
      (await second.call('Verify', { KeyId: rsa.KeyId!, Message: utf8('m'), Signature: sig, SigningAlgorithm: 'ECDSA_SHA_256' }, ctx))
        .SignatureValid,
    ).toBe(true);
    // DIGEST signing needs the wrapped private key and the persisted domain key.
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8('m')));
    await second.call('Sign', { KeyId: rsa.KeyId!, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }, ctx);
    // The clock still drives the persisted schedule.
    t += 90 * 86_400_000;
    expect((await second.call('ListKeyRotations', { KeyId: md.KeyId! }, ctx)).Rotations).toHaveLength(2);
  });

  it('stored key material is a non-extractable CryptoKey', async () => {
    const kms = createKms({ store: createIndexedDbStore('kms-persist-2') });
    await kms.ready();
    await kms.call('CreateKey', {}, ctx);
    await kms.flush();
    const rows = await createIndexedDbStore('kms-persist-2').getAll('keys');
    const key = rows[0]!.value as { materials: Array<{ key: CryptoKey }> };
    expect(key.materials[0]!.key).toBeInstanceOf(CryptoKey);
    expect(key.materials[0]!.key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key.materials[0]!.key)).rejects.toThrow();
  });

  it('reset() deletes everything', async () => {
    const kms = createKms({ store: createIndexedDbStore('kms-persist-3') });
    await kms.ready();
    const md = (await kms.call('CreateKey', {}, ctx)).KeyMetadata!;
    await kms.services.s3.putObject({ region: 'us-east-1', bucket: 'b', key: 'k', body: utf8('x') });
    await kms.reset();
    expect(kms.services.s3.items.size).toBe(0);
    expect((await kms.call('ListKeys', {}, ctx)).Keys).toEqual([]);
    const again = createKms({ store: createIndexedDbStore('kms-persist-3') });
    await again.ready();
    expect((await failure(again.call('DescribeKey', { KeyId: md.KeyId! }, ctx))).name).toBe('NotFoundException');
  });
});
