/**
 * AWS's exception names and messages, exactly as the unmodified SDK surfaces them, on the validation
 * paths where KMS Lab once used its own wording; KMS Lab's teaching text arrives apart, as
 * `kmsLabExplanation`, and never inside AWS's message.
 */
import { describe, expect, it } from 'vitest';
import {
  CreateKeyCommand,
  DecryptCommand,
  EncryptCommand,
  GenerateMacCommand,
  RotateKeyOnDemandCommand,
  SignCommand,
} from '@aws-sdk/client-kms';
import { CIPHERTEXT_REGION_RULE } from '@/kms';
import { failure, setup, utf8 } from './helpers';

const explanation = (e: unknown) => (e as { kmsLabExplanation?: string }).kmsLabExplanation;

describe('exact AWS messages, teaching text apart', () => {
  it('CreateKey: KeySpec with CustomerMasterKeySpec, and an asymmetric spec without KeyUsage', async () => {
    const c = setup().client();
    const both = await failure(c.send(new CreateKeyCommand({ KeySpec: 'SYMMETRIC_DEFAULT', CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT' })));
    expect([both.name, both.message]).toEqual([
      'ValidationException',
      'You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.',
    ]);
    expect(explanation(both)).toContain('Send only KeySpec');
    const noUsage = await failure(c.send(new CreateKeyCommand({ KeySpec: 'RSA_2048' })));
    expect([noUsage.name, noUsage.message]).toEqual([
      'ValidationException',
      'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.',
    ]);
    expect(explanation(noUsage)).toContain('ENCRYPT_DECRYPT or SIGN_VERIFY');
    // The deprecated member alone still works.
    const old = await c.send(new CreateKeyCommand({ CustomerMasterKeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }));
    expect(old.KeyMetadata!.KeySpec).toBe('HMAC_256');
  });

  it('RotateKeyOnDemand on an asymmetric key, RSA plaintext limit, HMAC and signing algorithm mismatch', async () => {
    const c = setup().client();
    const rsa = (await c.send(new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }))).KeyMetadata!.Arn!;
    const rotate = await failure(c.send(new RotateKeyOnDemandCommand({ KeyId: rsa })));
    expect([rotate.name, rotate.message]).toEqual(['UnsupportedOperationException', `${rsa} is not a symmetric encryption KMS key.`]);
    expect(explanation(rotate)).toContain('create a new key and move the alias');
    expect(rotate.message).not.toContain('alias');

    const big = await failure(
      c.send(new EncryptCommand({ KeyId: rsa, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256', Plaintext: new Uint8Array(191) })),
    );
    expect([big.name, big.message]).toEqual([
      'ValidationException',
      'Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than 190 bytes.',
    ]);
    expect(explanation(big)).toContain('envelope encryption');

    const hmac = (await c.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }))).KeyMetadata!.Arn!;
    const mac = await failure(c.send(new GenerateMacCommand({ KeyId: hmac, MacAlgorithm: 'HMAC_SHA_512', Message: utf8('m') })));
    expect([mac.name, mac.message]).toEqual(['InvalidKeyUsageException', 'Algorithm HMAC_SHA_512 is incompatible with key spec HMAC_256.']);
    expect(explanation(mac)).toContain('uses HMAC_SHA_256');

    const ec = (await c.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!.Arn!;
    const sign = await failure(c.send(new SignCommand({ KeyId: ec, SigningAlgorithm: 'ECDSA_SHA_384', Message: utf8('m') })));
    expect([sign.name, sign.message]).toEqual([
      'InvalidKeyUsageException',
      'Algorithm ECDSA_SHA_384 is incompatible with key spec ECC_NIST_P256.',
    ]);
    expect(explanation(sign)).toContain('ECDSA_SHA_256');
  });

  it('Decrypt of a single-Region ciphertext in another Region: AccessDeniedException as AWS sends it, the Region rule explained', async () => {
    const { client } = setup();
    const k2 = (await client().send(new CreateKeyCommand({}))).KeyMetadata!;
    const b2 = (await client().send(new EncryptCommand({ KeyId: k2.KeyId, Plaintext: utf8('x') }))).CiphertextBlob!;
    const west = await failure(client('eu-west-1').send(new DecryptCommand({ CiphertextBlob: b2 })));
    expect([west.name, west.message]).toEqual([
      'AccessDeniedException',
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    ]);
    expect(explanation(west)).toBe(
      `The ciphertext was made under key ${k2.KeyId}, which exists in us-east-1 but not in eu-west-1. ${CIPHERTEXT_REGION_RULE}`,
    );
  });

  it('unsupported custom key stores name KMS Lab, not AWS, and say why apart', async () => {
    const c = setup().client();
    const xks = await failure(c.send(new CreateKeyCommand({ Origin: 'EXTERNAL_KEY_STORE', CustomKeyStoreId: 'cks-1234567890abcdef0' })));
    expect([xks.name, xks.message]).toEqual(['UnsupportedOperationException', 'KMS Lab does not simulate custom key stores.']);
    expect(explanation(xks)).toContain('XKS proxy');
  });
});
