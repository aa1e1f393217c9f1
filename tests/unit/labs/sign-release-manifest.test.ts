import { CreateAliasCommand, CreateKeyCommand, SignCommand, VerifyCommand, type KeySpec } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { addStatements, conditionOf, expectAllHeld, failsWith, startLab, utf8 } from './helpers';

const MANIFEST = utf8('app-2.4.0.tar.gz sha256=9f2c0d');

async function signAndVerify(lab: Awaited<ReturnType<typeof startLab>>, spec: KeySpec, algorithm: 'ECDSA_SHA_256' | 'RSASSA_PSS_SHA_256') {
  const key = await lab.client().send(new CreateKeyCommand({ KeySpec: spec, KeyUsage: 'SIGN_VERIFY' }));
  await lab.client().send(new CreateAliasCommand({ AliasName: 'alias/release-signing', TargetKeyId: key.KeyMetadata!.KeyId }));
  const signed = await lab
    .client(lab.keyOf('release-bot'))
    .send(new SignCommand({ KeyId: 'alias/release-signing', Message: MANIFEST, MessageType: 'RAW', SigningAlgorithm: algorithm }));
  const verified = await lab.client(lab.keyOf('verifier')).send(
    new VerifyCommand({
      KeyId: 'alias/release-signing',
      Message: MANIFEST,
      MessageType: 'RAW',
      Signature: signed.Signature,
      SigningAlgorithm: algorithm,
    }),
  );
  expect(verified.SignatureValid).toBe(true);
  return { keyId: key.KeyMetadata!.KeyId!, signature: signed.Signature! };
}

describe('lab sign-release-manifest', () => {
  it('passes an ECC key: release-bot signs, verifier verifies and cannot sign', async () => {
    const lab = await startLab('sign-release-manifest');
    await signAndVerify(lab, 'ECC_NIST_P256', 'ECDSA_SHA_256');
    expect(
      await failsWith(
        lab
          .client(lab.keyOf('verifier'))
          .send(new SignCommand({ KeyId: 'alias/release-signing', Message: MANIFEST, SigningAlgorithm: 'ECDSA_SHA_256' })),
      ),
    ).toBe('AccessDeniedException');
    expectAllHeld(await lab.check());
  });

  it('fails an RSA key', async () => {
    const lab = await startLab('sign-release-manifest');
    await signAndVerify(lab, 'RSA_2048', 'RSASSA_PSS_SHA_256');
    const c = conditionOf(await lab.check(), 'ecc-key');
    expect(c.held).toBe(false);
    expect(c.message).toContain('RSA');
  });

  it('fails a key policy that lets verifier sign too', async () => {
    const lab = await startLab('sign-release-manifest');
    const { keyId } = await signAndVerify(lab, 'ECC_SECG_P256K1', 'ECDSA_SHA_256');
    await addStatements(lab.client(), keyId, {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:user/verifier' },
      Action: 'kms:*',
      Resource: '*',
    });
    const c = conditionOf(await lab.check(), 'verifier-cannot-sign');
    expect(c.held).toBe(false);
    expect(c.message).toContain('Only release-bot');
  });

  it('fails a verification of another message', async () => {
    const lab = await startLab('sign-release-manifest');
    const { signature } = await signAndVerify(lab, 'ECC_NIST_P256', 'ECDSA_SHA_256');
    const lab2 = await startLab('sign-release-manifest');
    const key = await lab2.client().send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }));
    await lab2.client().send(new CreateAliasCommand({ AliasName: 'alias/release-signing', TargetKeyId: key.KeyMetadata!.KeyId }));
    await lab2
      .client(lab2.keyOf('release-bot'))
      .send(new SignCommand({ KeyId: 'alias/release-signing', Message: MANIFEST, SigningAlgorithm: 'ECDSA_SHA_256' }));
    const wrong = await failsWith(
      lab2.client(lab2.keyOf('verifier')).send(
        new VerifyCommand({
          KeyId: 'alias/release-signing',
          Message: utf8('tampered'),
          Signature: signature,
          SigningAlgorithm: 'ECDSA_SHA_256',
        }),
      ),
    );
    expect(wrong).toBe('KMSInvalidSignatureException');
    expect(conditionOf(await lab2.check(), 'verified').held).toBe(false);
  });
});
