import { DecryptCommand, DescribeKeyCommand, GetParametersForImportCommand, ImportKeyMaterialCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { wrapKeyMaterial } from '@/labs';
import { material as randomMaterial, wrap } from '../kms/imported/helpers';
import { bytesOf, conditionOf, expectAllHeld, failsWith, startLab } from './helpers';

const CONTEXT = { payroll: '2026-03' };
type Lab = Awaited<ReturnType<typeof startLab>>;

const decryptPayroll = (lab: Lab) =>
  lab.client().send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: CONTEXT }));

/** GetParametersForImport, wrap `keyMaterial` as OpenSSL would, ImportKeyMaterial without expiry. */
async function reimport(lab: Lab, keyMaterial: Uint8Array) {
  const kms = lab.client();
  const KeyId = lab.facts.keyId;
  const p = await kms.send(
    new GetParametersForImportCommand({ KeyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' }),
  );
  return kms.send(
    new ImportKeyMaterialCommand({
      KeyId,
      ImportToken: p.ImportToken,
      EncryptedKeyMaterial: wrap(p.PublicKey!, 'RSAES_OAEP_SHA_256', keyMaterial),
      ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    }),
  );
}

describe('lab byok-material-expiry', { timeout: 30_000 }, () => {
  it('starts with imported material that expires in ten days, and the payroll still decrypts', async () => {
    const lab = await startLab('byok-material-expiry');
    const md = (await lab.client().send(new DescribeKeyCommand({ KeyId: 'alias/payroll-byok' }))).KeyMetadata!;
    expect(md).toMatchObject({ Origin: 'EXTERNAL', KeyState: 'Enabled', ExpirationModel: 'KEY_MATERIAL_EXPIRES' });
    // Ten days left (the setup's own calls took a simulated minute or so).
    const left = md.ValidTo!.getTime() - lab.ws.clock.now();
    expect(left).toBeGreaterThan(10 * 86_400_000 - 5 * 60_000);
    expect(left).toBeLessThanOrEqual(10 * 86_400_000);
    expect(new TextDecoder().decode((await decryptPayroll(lab)).Plaintext)).toContain('Payroll March 2026');
    expect((await lab.check()).filter((c) => c.held)).toEqual([]);
  });

  it('passes: the expiry passes, the same material (from the HSM) is imported again, the old payroll decrypts', async () => {
    const lab = await startLab('byok-material-expiry');
    lab.ws.advanceDays(11);
    expect(await failsWith(decryptPayroll(lab))).toBe('KMSInvalidStateException');
    await reimport(lab, bytesOf(lab.facts.material));
    expect(new TextDecoder().decode((await decryptPayroll(lab)).Plaintext)).toContain('181,300.00 EUR');
    expectAllHeld(await lab.check());
  });

  it('the lab page’s HSM wrap (WebCrypto RSA-OAEP) is what ImportKeyMaterial takes', async () => {
    const lab = await startLab('byok-material-expiry');
    lab.ws.advanceDays(11);
    const kms = lab.client();
    const KeyId = lab.facts.keyId;
    const p = await kms.send(
      new GetParametersForImportCommand({ KeyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_1', WrappingKeySpec: 'RSA_3072' }),
    );
    const EncryptedKeyMaterial = await wrapKeyMaterial(p.PublicKey!, 'RSAES_OAEP_SHA_1', bytesOf(lab.facts.material));
    await kms.send(
      new ImportKeyMaterialCommand({
        KeyId,
        ImportToken: p.ImportToken,
        EncryptedKeyMaterial,
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      }),
    );
    await decryptPayroll(lab);
    expectAllHeld(await lab.check());
    await expect(wrapKeyMaterial(new Uint8Array([1, 2, 3]), 'RSAES_OAEP_SHA_256', bytesOf(lab.facts.material))).rejects.toThrow(
      /not an RSA public key/,
    );
  });

  it('fails new key material: refused by KMS, and the checker says a key takes back only its own material', async () => {
    const lab = await startLab('byok-material-expiry');
    lab.ws.advanceDays(11);
    expect(await failsWith(reimport(lab, randomMaterial()))).toBe('IncorrectKeyMaterialException');
    const result = await lab.check();
    expect(conditionOf(result, 'expired').held).toBe(true);
    expect(conditionOf(result, 'same-material').message).toContain('IncorrectKeyMaterialException');
    expect(conditionOf(result, 'usable').message).toContain('PendingImport');
    expect(conditionOf(result, 'old-ciphertext').held).toBe(false);
  });

  it('fails when the expiry never passed (the material was only imported again before it)', async () => {
    const lab = await startLab('byok-material-expiry');
    await reimport(lab, bytesOf(lab.facts.material));
    await decryptPayroll(lab);
    const result = await lab.check();
    expect(conditionOf(result, 'expired').message).toMatch(/Move the lab’s clock past it/);
    expect(conditionOf(result, 'same-material').held).toBe(false);
  });
});
