/** The typed direct API (`kms.call`) shares the wire path's implementation: same shapes, same errors. */
import { describe, expect, it } from 'vitest';
import { createBareKms, createSeededRandom, isKmsError, KMS_OPERATIONS, KmsError } from '@/kms';
import { failure, setup, text, utf8 } from './helpers';

const ctx = { region: 'us-east-1' };

describe('kms.call', () => {
  it('round-trips with SDK shapes: Uint8Array blobs and Date timestamps', async () => {
    const { call } = setup();
    const md = (await call('CreateKey', { Description: 'direct' }, ctx)).KeyMetadata!;
    expect(md.CreationDate).toBeInstanceOf(Date);
    const enc = await call('Encrypt', { KeyId: md.KeyId!, Plaintext: utf8('direct'), EncryptionContext: { a: '1' } }, ctx);
    expect(enc.CiphertextBlob).toBeInstanceOf(Uint8Array);
    const dec = await call('Decrypt', { CiphertextBlob: enc.CiphertextBlob!, EncryptionContext: { a: '1' } }, ctx);
    expect(text(dec.Plaintext)).toBe('direct');
  });

  it('throws KmsError with AWS exception names and HTTP status', async () => {
    const { call } = setup();
    const err = await failure(call('DescribeKey', { KeyId: 'alias/none' }, ctx));
    expect(err).toBeInstanceOf(KmsError);
    expect(isKmsError(err)).toBe(true);
    expect(err.name).toBe('NotFoundException');
    expect((err as KmsError).httpStatus).toBe(400);
    const bad = await failure(call('Encrypt', { KeyId: 'x', Plaintext: 'not bytes' as unknown as Uint8Array }, ctx));
    expect(bad.name).toBe('SerializationException');
    const noKey = await failure(call('Encrypt', { Plaintext: utf8('x') } as never, ctx));
    expect(noKey.message).toBe("1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null");
    const ctxErr = await failure(
      call('Encrypt', { KeyId: 'x', Plaintext: utf8('x'), EncryptionContext: { a: 1 as unknown as string } }, ctx),
    );
    expect(ctxErr.name).toBe('ValidationException');
    const unk = await failure(call('DeriveSharedSecret' as never, {} as never, ctx));
    expect(unk.name).toBe('UnknownOperationException');
  });

  it('DryRun reports DryRunOperationException after all checks pass', async () => {
    const { call } = setup();
    const md = (await call('CreateKey', {}, ctx)).KeyMetadata!;
    expect((await failure(call('Encrypt', { KeyId: md.KeyId!, Plaintext: utf8('x'), DryRun: true }, ctx))).name).toBe(
      'DryRunOperationException',
    );
    await call('DisableKey', { KeyId: md.KeyId! }, ctx);
    expect((await failure(call('Encrypt', { KeyId: md.KeyId!, Plaintext: utf8('x'), DryRun: true }, ctx))).name).toBe('DisabledException');
  });

  it('seeded randomness replays key IDs, material and ciphertexts byte for byte', async () => {
    const run = async () => {
      const kms = createBareKms({ random: createSeededRandom('replay'), now: () => 0 });
      const md = (await kms.call('CreateKey', {}, ctx)).KeyMetadata!;
      const blob = (await kms.call('Encrypt', { KeyId: md.KeyId!, Plaintext: utf8('same') }, ctx)).CiphertextBlob!;
      return [md.KeyId, Array.from(blob).join(',')];
    };
    expect(await run()).toEqual(await run());
  });

  it('describes every operation once (name, doc URL, permission)', () => {
    const { kms } = setup();
    const names = KMS_OPERATIONS.map((o) => o.name);
    expect(names).toHaveLength(41);
    for (const o of KMS_OPERATIONS) {
      expect(o.docUrl).toBe(`https://docs.aws.amazon.com/kms/latest/APIReference/API_${o.name}.html`);
      expect(o.permission).toMatch(/^kms:[A-Z]/);
      expect(o.description.length).toBeGreaterThan(10);
    }
    expect(KMS_OPERATIONS.find((o) => o.name === 'ReEncrypt')).toMatchObject({
      permission: 'kms:ReEncryptFrom',
      extraPermissions: ['kms:ReEncryptTo'],
    });
    // The access layer adds the grant operations to the instance's registry.
    expect([...kms.operations.keys()]).toEqual(
      expect.arrayContaining([...names, 'CreateGrant', 'ListGrants', 'ListRetirableGrants', 'RetireGrant', 'RevokeGrant']),
    );
  });

  it('the authorizer and audit hooks see every request, success or error', async () => {
    const seen: string[] = [];
    const kms = createBareKms({});
    const { createKms } = await import('@/kms');
    const hooked = createKms({
      access: () => ({
        resolvePrincipal: () => undefined,
        authorizer: { authorize: (r) => ({ allowed: r.action !== 'kms:Decrypt', message: 'no decrypt for you' }) },
        audit: { record: (r) => seen.push(`${r.operation}:${r.error?.name ?? 'ok'}:${r.decisions.map((d) => d.action).join('+')}`) },
        operations: [],
        load: async () => {},
        reset: async () => {},
        iam: undefined as never,
        auditTrail: undefined as never,
      }),
    });
    void kms;
    const md = (await hooked.call('CreateKey', {}, ctx)).KeyMetadata!;
    const blob = (await hooked.call('Encrypt', { KeyId: md.KeyId!, Plaintext: utf8('x') }, ctx)).CiphertextBlob!;
    const denied = await failure(hooked.call('Decrypt', { CiphertextBlob: blob }, ctx));
    expect(denied).toMatchObject({ name: 'AccessDeniedException', message: 'no decrypt for you' });
    await failure(hooked.call('ListKeys', {}, { region: 'us-east-1', accessKeyId: 'AKIANOBODY' }));
    const other = (await hooked.call('CreateKey', {}, ctx)).KeyMetadata!;
    await hooked.call('ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: other.KeyId! }, ctx);
    expect(seen).toEqual([
      'CreateKey:ok:kms:CreateKey',
      'Encrypt:ok:kms:Encrypt',
      'Decrypt:AccessDeniedException:kms:Decrypt',
      'ListKeys:UnrecognizedClientException:',
      'CreateKey:ok:kms:CreateKey',
      'ReEncrypt:ok:kms:ReEncryptFrom+kms:ReEncryptTo',
    ]);
  });
});
