/** Every core operation once through the typed direct API (`kms.call`), and once through the SDK client. */
import { describe, expect, it } from 'vitest';
import * as K from '@aws-sdk/client-kms';
import { KMS_OPERATIONS, type InputOf, type KmsOperationName } from '@/kms';
import { setup, utf8 } from './helpers';

type Step = [
  KmsOperationName,
  (ids: Record<string, string | Uint8Array>) => Record<string, unknown> | Promise<Record<string, unknown>>,
  (out: Record<string, unknown>, ids: Record<string, string | Uint8Array>) => void,
];

const digest = async (b: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', b as Uint8Array<ArrayBuffer>));

/** 32 bytes of key material RSA-OAEP (SHA-256) encrypted with an import wrapping key, as a client does it. */
async function wrapped(publicKeySpki: Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'spki',
    publicKeySpki as Uint8Array<ArrayBuffer>,
    { name: 'RSA-OAEP', hash: 'SHA-256' },
    false,
    ['encrypt'],
  );
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, new Uint8Array(32).fill(7)));
}

function steps(): Step[] {
  return [
    ['CreateKey', () => ({ MultiRegion: true }), (o, ids) => void (ids.key = (o.KeyMetadata as { KeyId: string }).KeyId)],
    [
      'CreateKey',
      () => ({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }),
      (o, ids) => void (ids.ec = (o.KeyMetadata as { KeyId: string }).KeyId),
    ],
    [
      'CreateKey',
      () => ({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }),
      (o, ids) => void (ids.hmac = (o.KeyMetadata as { KeyId: string }).KeyId),
    ],
    [
      'CreateKey',
      () => ({ Origin: 'EXTERNAL' }),
      (o, ids) => void (ids.external = (o.KeyMetadata as { KeyId: string; KeyState: string }).KeyId),
    ],
    ['DescribeKey', (ids) => ({ KeyId: ids.key }), (o) => expect((o.KeyMetadata as { KeyState: string }).KeyState).toBe('Enabled')],
    ['ListKeys', () => ({}), (o) => expect((o.Keys as unknown[]).length).toBe(4)],
    ['UpdateKeyDescription', (ids) => ({ KeyId: ids.key, Description: 'd' }), () => {}],
    ['CreateAlias', (ids) => ({ AliasName: 'alias/every', TargetKeyId: ids.key }), () => {}],
    ['UpdateAlias', (ids) => ({ AliasName: 'alias/every', TargetKeyId: ids.key }), () => {}],
    ['ListAliases', (ids) => ({ KeyId: ids.key }), (o) => expect((o.Aliases as unknown[]).length).toBe(1)],
    ['Encrypt', () => ({ KeyId: 'alias/every', Plaintext: utf8('p') }), (o, ids) => void (ids.blob = o.CiphertextBlob as Uint8Array)],
    ['Decrypt', (ids) => ({ CiphertextBlob: ids.blob }), (o) => expect(new TextDecoder().decode(o.Plaintext as Uint8Array)).toBe('p')],
    [
      'ReEncrypt',
      (ids) => ({ CiphertextBlob: ids.blob, DestinationKeyId: ids.key, DestinationEncryptionContext: { a: 'b' } }),
      (o) => expect(o.KeyId).toContain('mrk-'),
    ],
    ['GenerateDataKey', (ids) => ({ KeyId: ids.key, KeySpec: 'AES_256' }), (o) => expect((o.Plaintext as Uint8Array).length).toBe(32)],
    ['GenerateDataKeyWithoutPlaintext', (ids) => ({ KeyId: ids.key, NumberOfBytes: 64 }), (o) => expect(o.Plaintext).toBeUndefined()],
    [
      'GenerateDataKeyPair',
      (ids) => ({ KeyId: ids.key, KeyPairSpec: 'ECC_NIST_P256' }),
      (o) => expect(o.PrivateKeyPlaintext).toBeInstanceOf(Uint8Array),
    ],
    [
      'GenerateDataKeyPairWithoutPlaintext',
      (ids) => ({ KeyId: ids.key, KeyPairSpec: 'ECC_NIST_P384' }),
      (o) => expect(o.PrivateKeyPlaintext).toBeUndefined(),
    ],
    ['GenerateRandom', () => ({ NumberOfBytes: 16 }), (o) => expect((o.Plaintext as Uint8Array).length).toBe(16)],
    [
      'Sign',
      (ids) => ({ KeyId: ids.ec, Message: ids.digest, MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }),
      (o, ids) => void (ids.sig = o.Signature as Uint8Array),
    ],
    [
      'Verify',
      (ids) => ({ KeyId: ids.ec, Message: utf8('m'), Signature: ids.sig, SigningAlgorithm: 'ECDSA_SHA_256' }),
      (o) => expect(o.SignatureValid).toBe(true),
    ],
    ['GetPublicKey', (ids) => ({ KeyId: ids.ec }), (o) => expect((o.PublicKey as Uint8Array).length).toBe(91)],
    [
      'GenerateMac',
      (ids) => ({ KeyId: ids.hmac, Message: utf8('m'), MacAlgorithm: 'HMAC_SHA_256' }),
      (o, ids) => void (ids.mac = o.Mac as Uint8Array),
    ],
    [
      'VerifyMac',
      (ids) => ({ KeyId: ids.hmac, Message: utf8('m'), Mac: ids.mac, MacAlgorithm: 'HMAC_SHA_256' }),
      (o) => expect(o.MacValid).toBe(true),
    ],
    ['EnableKeyRotation', (ids) => ({ KeyId: ids.key, RotationPeriodInDays: 180 }), () => {}],
    ['GetKeyRotationStatus', (ids) => ({ KeyId: ids.key }), (o) => expect(o.RotationPeriodInDays).toBe(180)],
    ['RotateKeyOnDemand', (ids) => ({ KeyId: ids.key }), () => {}],
    ['ListKeyRotations', (ids) => ({ KeyId: ids.key }), (o) => expect((o.Rotations as unknown[]).length).toBe(1)],
    ['DisableKeyRotation', (ids) => ({ KeyId: ids.key }), () => {}],
    ['ReplicateKey', (ids) => ({ KeyId: ids.key, ReplicaRegion: 'eu-west-1' }), (o) => expect(o.ReplicaKeyMetadata).toBeDefined()],
    ['UpdatePrimaryRegion', (ids) => ({ KeyId: ids.key, PrimaryRegion: 'eu-west-1' }), () => {}],
    ['TagResource', (ids) => ({ KeyId: ids.key, Tags: [{ TagKey: 't', TagValue: 'v' }] }), () => {}],
    ['ListResourceTags', (ids) => ({ KeyId: ids.key }), (o) => expect(o.Tags).toEqual([{ TagKey: 't', TagValue: 'v' }])],
    ['UntagResource', (ids) => ({ KeyId: ids.key, TagKeys: ['t'] }), () => {}],
    ['GetKeyPolicy', (ids) => ({ KeyId: ids.key }), (o, ids) => void (ids.policy = o.Policy as string)],
    ['PutKeyPolicy', (ids) => ({ KeyId: ids.key, Policy: ids.policy }), () => {}],
    ['ListKeyPolicies', (ids) => ({ KeyId: ids.key }), (o) => expect(o.PolicyNames).toEqual(['default'])],
    ['DeleteAlias', () => ({ AliasName: 'alias/every' }), () => {}],
    ['DisableKey', (ids) => ({ KeyId: ids.ec }), () => {}],
    ['EnableKey', (ids) => ({ KeyId: ids.ec }), () => {}],
    ['ScheduleKeyDeletion', (ids) => ({ KeyId: ids.hmac, PendingWindowInDays: 7 }), (o) => expect(o.KeyState).toBe('PendingDeletion')],
    ['CancelKeyDeletion', (ids) => ({ KeyId: ids.hmac }), () => {}],
    [
      'GetParametersForImport',
      (ids) => ({ KeyId: ids.external, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' }),
      (o, ids) => {
        ids.token = o.ImportToken as Uint8Array;
        ids.wrappingKey = o.PublicKey as Uint8Array;
      },
    ],
    [
      'ImportKeyMaterial',
      async (ids) => ({
        KeyId: ids.external,
        ImportToken: ids.token,
        EncryptedKeyMaterial: await wrapped(ids.wrappingKey as Uint8Array),
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      }),
      (o) => expect(o.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/),
    ],
    ['DeleteImportedKeyMaterial', (ids) => ({ KeyId: ids.external }), (o) => expect(o.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/)],
  ];
}

describe('every operation', () => {
  it('the script covers every core operation', () => {
    expect(new Set(steps().map((s) => s[0]))).toEqual(new Set(KMS_OPERATIONS.map((o) => o.name)));
  });

  it('through kms.call', async () => {
    const { call } = setup();
    const ids: Record<string, string | Uint8Array> = { digest: await digest(utf8('m')) };
    for (const [op, input, check] of steps()) {
      const out = await call(op, (await input(ids)) as InputOf<typeof op>, { region: 'us-east-1' });
      check(out, ids);
    }
  });

  it('through the AWS SDK client', async () => {
    const { client } = setup();
    const c = client();
    const ids: Record<string, string | Uint8Array> = { digest: await digest(utf8('m')) };
    const commands = K as unknown as Record<
      string,
      new (input: unknown) => K.KMSClient['send'] extends (c: infer C) => unknown ? C : never
    >;
    for (const [op, input, check] of steps()) {
      const Command = commands[`${op}Command`]!;
      const out = await c.send(new Command(await input(ids)));
      check(out as unknown as Record<string, unknown>, ids);
    }
  });
});
