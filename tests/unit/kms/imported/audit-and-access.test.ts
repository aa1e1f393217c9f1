/**
 * The import calls in the audit trail (as CloudTrail records them: no token, no wrapped material, no
 * public key), the condition keys of the import operations, and persistence across a reload.
 */
import 'fake-indexeddb/auto';
import * as K from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { createIndexedDbStore } from '@/kms';
import { failure, setup, utf8 } from '../helpers';
import { DAY, T0, externalKey, importMaterial, material, parameters, wrap } from './helpers';

describe('audit trail', { timeout: 60_000 }, () => {
  it('records GetParametersForImport, ImportKeyMaterial and DeleteImportedKeyMaterial without secrets', async () => {
    const { client, kms } = setup();
    const c = client();
    const id = await externalKey(c);
    await importMaterial(c, id, material(), { ExpirationModel: 'KEY_MATERIAL_EXPIRES', ValidTo: new Date(T0 + 5 * DAY) });
    await c.send(new K.DeleteImportedKeyMaterialCommand({ KeyId: id }));
    const [del, imp, params] = kms.audit.list({ limit: 3 });
    expect(params).toMatchObject({
      eventName: 'GetParametersForImport',
      readOnly: true,
      requestParameters: { keyId: id, wrappingAlgorithm: 'RSAES_OAEP_SHA_256', wrappingKeySpec: 'RSA_2048' },
      responseElements: null,
    });
    expect(imp).toMatchObject({
      eventName: 'ImportKeyMaterial',
      readOnly: false,
      requestParameters: { keyId: id, expirationModel: 'KEY_MATERIAL_EXPIRES', validTo: new Date(T0 + 5 * DAY).toISOString() },
      responseElements: null,
    });
    expect(Object.keys(imp!.requestParameters!)).not.toContain('importToken');
    expect(Object.keys(imp!.requestParameters!)).not.toContain('encryptedKeyMaterial');
    expect(del).toMatchObject({ eventName: 'DeleteImportedKeyMaterial', readOnly: false, requestParameters: { keyId: id } });
    expect(JSON.stringify(kms.audit.list())).not.toMatch(/publicKey|importToken/);
  });
});

describe('condition keys of the import operations', { timeout: 60_000 }, () => {
  it('kms:WrappingAlgorithm, kms:WrappingKeySpec, kms:ExpirationModel and kms:ValidTo decide access', async () => {
    const { client, kms } = setup();
    const root = client();
    const alice = kms.iam.createUser({
      userName: 'alice',
      policies: {
        Import: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'kms:GetParametersForImport',
              Resource: '*',
              Condition: { StringEquals: { 'kms:WrappingAlgorithm': 'RSA_AES_KEY_WRAP_SHA_256', 'kms:WrappingKeySpec': 'RSA_4096' } },
            },
            {
              Effect: 'Allow',
              Action: 'kms:ImportKeyMaterial',
              Resource: '*',
              Condition: {
                StringEquals: { 'kms:ExpirationModel': 'KEY_MATERIAL_EXPIRES' },
                NumericLessThanEquals: { 'kms:ValidTo': String((T0 + 30 * DAY) / 1000) },
              },
            },
          ],
        },
      },
    });
    const c = client('us-east-1', alice.accessKeyId);
    const id = await externalKey(root);
    expect((await failure(parameters(c, id, 'RSAES_OAEP_SHA_256', 'RSA_4096'))).name).toBe('AccessDeniedException');
    const p = await parameters(c, id, 'RSA_AES_KEY_WRAP_SHA_256', 'RSA_4096');
    const bytes = material();
    const send = (input: Partial<K.ImportKeyMaterialCommandInput>) =>
      c.send(
        new K.ImportKeyMaterialCommand({
          KeyId: id,
          ImportToken: p.token,
          EncryptedKeyMaterial: wrap(p.publicKey, 'RSA_AES_KEY_WRAP_SHA_256', bytes),
          ...input,
        }),
      );
    expect((await failure(send({ ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' }))).name).toBe('AccessDeniedException');
    expect((await failure(send({ ValidTo: new Date(T0 + 60 * DAY) }))).name).toBe('AccessDeniedException');
    await send({ ValidTo: new Date(T0 + 20 * DAY) });
    expect((await root.send(new K.DescribeKeyCommand({ KeyId: id }))).KeyMetadata!.KeyState).toBe('Enabled');
  });

  it('kms:KeyOrigin limits CreateKey to keys for imported material', async () => {
    const { client, kms } = setup();
    const bob = kms.iam.createUser({
      userName: 'bob',
      policies: {
        Create: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'kms:CreateKey', Resource: '*', Condition: { StringEquals: { 'kms:KeyOrigin': 'EXTERNAL' } } },
          ],
        },
      },
    });
    const c = client('us-east-1', bob.accessKeyId);
    expect((await failure(c.send(new K.CreateKeyCommand({})))).name).toBe('AccessDeniedException');
    expect((await c.send(new K.CreateKeyCommand({ Origin: 'EXTERNAL' }))).KeyMetadata!.Origin).toBe('EXTERNAL');
  });
});

describe('persistence', { timeout: 60_000 }, () => {
  it('imported material, outstanding import parameters and the expiry schedule survive a reload', async () => {
    let t = T0;
    const first = setup({ store: createIndexedDbStore('kms-imported-1'), now: () => t });
    await first.kms.ready();
    const c1 = first.client();
    const id = await externalKey(c1);
    const bytes = material();
    await importMaterial(c1, id, bytes, { ValidTo: new Date(T0 + 3 * DAY) });
    const blob = (await c1.send(new K.EncryptCommand({ KeyId: id, Plaintext: utf8('kept') }))).CiphertextBlob!;
    const pending = await parameters(c1, id);
    await first.kms.flush();

    const second = setup({ store: createIndexedDbStore('kms-imported-1'), now: () => t });
    await second.kms.ready();
    const c2 = second.client();
    expect(new TextDecoder().decode((await c2.send(new K.DecryptCommand({ CiphertextBlob: blob }))).Plaintext)).toBe('kept');
    t += 3 * DAY;
    expect((await c2.send(new K.DescribeKeyCommand({ KeyId: id }))).KeyMetadata!.KeyState).toBe('PendingImport');
    // The token issued before the reload is three days old now: expired (its 24 hours run on the clock, across reloads).
    expect(
      (
        await failure(
          c2.send(
            new K.ImportKeyMaterialCommand({
              KeyId: id,
              ImportToken: pending.token,
              EncryptedKeyMaterial: wrap(pending.publicKey, 'RSAES_OAEP_SHA_256', bytes),
              ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
            }),
          ),
        )
      ).name,
    ).toBe('ExpiredImportTokenException');
    await importMaterial(c2, id, bytes);
    expect(new TextDecoder().decode((await c2.send(new K.DecryptCommand({ CiphertextBlob: blob }))).Plaintext)).toBe('kept');
  });

  it('a wrapping key issued before a reload unwraps after it', async () => {
    const t = T0;
    const first = setup({ store: createIndexedDbStore('kms-imported-2'), now: () => t });
    await first.kms.ready();
    const id = await externalKey(first.client());
    const p = await parameters(first.client(), id);
    await first.kms.flush();
    const second = setup({ store: createIndexedDbStore('kms-imported-2'), now: () => t });
    await second.kms.ready();
    await second.client().send(
      new K.ImportKeyMaterialCommand({
        KeyId: id,
        ImportToken: p.token,
        EncryptedKeyMaterial: wrap(p.publicKey, 'RSAES_OAEP_SHA_256', material()),
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      }),
    );
    expect((await second.client().send(new K.DescribeKeyCommand({ KeyId: id }))).KeyMetadata!.KeyState).toBe('Enabled');
  });
});
