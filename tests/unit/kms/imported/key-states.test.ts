/**
 * The key state table (docs/kms-facts.md §3.4) for keys with imported material, case by case through
 * the SDK: the three import operations in every state, for keys that can and cannot have imported
 * material, and every other operation on a key pending import. Messages are the table's footnotes.
 */
import * as K from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { failure, setup, utf8 } from '../helpers';
import { externalKey, importMaterial, material, parameters, wrap } from './helpers';

type Client = K.KMSClient;
type KeyState = 'Enabled' | 'Disabled' | 'PendingDeletion' | 'PendingImport';
/** `ok`, or the exception and (where the table quotes one) the message, `{arn}` standing for the key ARN. */
type Outcome = 'ok' | { name: string; message?: string };

const F4 = { name: 'KMSInvalidStateException', message: '{arn} is not pending deletion.' };
const F5 = { name: 'KMSInvalidStateException', message: '{arn} is pending import.' };
const F6 = { name: 'UnsupportedOperationException', message: '{arn} origin is EXTERNAL which is not valid for this operation.' };
const F8 = { name: 'KMSInvalidStateException', message: '{arn} is pending deletion.' };
const F9 = { name: 'UnsupportedOperationException' };

async function expectOutcome(p: Promise<unknown>, outcome: Outcome, arn: string): Promise<void> {
  if (outcome === 'ok') {
    await p;
    return;
  }
  const err = await failure(p);
  expect(err.name).toBe(outcome.name);
  if (outcome.message) expect(err.message).toBe(outcome.message.replace('{arn}', arn));
}

const arnOf = async (c: Client, id: string) => (await c.send(new K.DescribeKeyCommand({ KeyId: id }))).KeyMetadata!.Arn!;
const stateOf = async (c: Client, id: string) => (await c.send(new K.DescribeKeyCommand({ KeyId: id }))).KeyMetadata!.KeyState;

/** Moves an enabled key to a state. */
async function moveTo(c: Client, id: string, state: KeyState): Promise<void> {
  if (state === 'Disabled') await c.send(new K.DisableKeyCommand({ KeyId: id }));
  if (state === 'PendingDeletion') await c.send(new K.ScheduleKeyDeletionCommand({ KeyId: id, PendingWindowInDays: 7 }));
}

/**
 * A key in `state`: with imported material (Origin EXTERNAL; none when PendingImport) or KMS material,
 * and an import token taken while the key could still have one.
 */
async function keyIn(c: Client, state: KeyState, origin: 'EXTERNAL' | 'AWS_KMS') {
  const bytes = material();
  const id = origin === 'EXTERNAL' ? await externalKey(c) : (await c.send(new K.CreateKeyCommand({}))).KeyMetadata!.KeyId!;
  if (origin === 'EXTERNAL' && state !== 'PendingImport') await importMaterial(c, id, bytes);
  const token = await parameters(c, origin === 'EXTERNAL' ? id : await externalKey(c));
  await moveTo(c, id, state);
  const importSame = () =>
    c.send(
      new K.ImportKeyMaterialCommand({
        KeyId: id,
        ImportToken: token.token,
        EncryptedKeyMaterial: wrap(token.publicKey, 'RSAES_OAEP_SHA_256', bytes),
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      }),
    );
  return { id, arn: await arnOf(c, id), importSame };
}

const STATES: KeyState[] = ['Enabled', 'Disabled', 'PendingDeletion', 'PendingImport'];
const name = (o: Outcome) => (o === 'ok' ? 'succeeds' : o.name);

describe('GetParametersForImport, ImportKeyMaterial, DeleteImportedKeyMaterial in every key state', { timeout: 60_000 }, () => {
  const table: Record<'EXTERNAL' | 'AWS_KMS', Record<string, Partial<Record<KeyState, Outcome>>>> = {
    EXTERNAL: {
      GetParametersForImport: { Enabled: 'ok', Disabled: 'ok', PendingDeletion: F8, PendingImport: 'ok' },
      ImportKeyMaterial: { Enabled: 'ok', Disabled: 'ok', PendingDeletion: F8, PendingImport: 'ok' },
      DeleteImportedKeyMaterial: { Enabled: 'ok', Disabled: 'ok', PendingDeletion: 'ok', PendingImport: 'ok' },
    },
    // Footnote 9: a key that cannot have imported material.
    AWS_KMS: {
      GetParametersForImport: { Enabled: F9, Disabled: F9, PendingDeletion: F9 },
      ImportKeyMaterial: { Enabled: F9, Disabled: F9, PendingDeletion: F9 },
      DeleteImportedKeyMaterial: { Enabled: F9, Disabled: F9, PendingDeletion: F9 },
    },
  };
  for (const [origin, rows] of Object.entries(table) as Array<
    ['EXTERNAL' | 'AWS_KMS', Record<string, Partial<Record<KeyState, Outcome>>>]
  >) {
    for (const [op, row] of Object.entries(rows)) {
      for (const state of STATES) {
        const outcome = row[state];
        if (!outcome) continue;
        it(`${op}, Origin ${origin}, ${state}: ${name(outcome)}`, async () => {
          const { client } = setup();
          const c = client();
          const key = await keyIn(c, state, origin);
          const call =
            op === 'GetParametersForImport'
              ? parameters(c, key.id)
              : op === 'ImportKeyMaterial'
                ? key.importSame()
                : c.send(new K.DeleteImportedKeyMaterialCommand({ KeyId: key.id }));
          await expectOutcome(call, outcome, key.arn);
        });
      }
    }
  }

  it('after an import or a deletion the key is in the state the Developer Guide names', async () => {
    const { client } = setup();
    const c = client();
    for (const state of ['Enabled', 'Disabled'] as const) {
      const key = await keyIn(c, state, 'EXTERNAL');
      await c.send(new K.DeleteImportedKeyMaterialCommand({ KeyId: key.id }));
      expect(await stateOf(c, key.id)).toBe('PendingImport');
      // "When key material is successfully imported, the key state of the KMS key changes to Enabled."
      await key.importSame();
      expect(await stateOf(c, key.id)).toBe('Enabled');
    }
    // Pending deletion: DeleteImportedKeyMaterial "does not change the KMS key's state".
    const pending = await keyIn(c, 'PendingDeletion', 'EXTERNAL');
    await c.send(new K.DeleteImportedKeyMaterialCommand({ KeyId: pending.id }));
    expect(await stateOf(c, pending.id)).toBe('PendingDeletion');
    // Cancelling the deletion of a key without its material leaves it pending import, not Disabled.
    await c.send(new K.CancelKeyDeletionCommand({ KeyId: pending.id }));
    expect(await stateOf(c, pending.id)).toBe('PendingImport');
  });
});

describe('every other operation on a key pending import', { timeout: 60_000 }, () => {
  /** Keys pending import of each kind, with what was made under them while they had their material. */
  async function fixture() {
    const { client } = setup();
    const c = client();
    const bytes = material();
    const sym = await externalKey(c, { MultiRegion: true });
    await importMaterial(c, sym, bytes);
    const blob = (await c.send(new K.EncryptCommand({ KeyId: sym, Plaintext: utf8('x') }))).CiphertextBlob!;
    const grant = await c.send(
      new K.CreateGrantCommand({ KeyId: sym, GranteePrincipal: 'arn:aws:iam::111122223333:root', Operations: ['Decrypt'] }),
    );
    await c.send(new K.CreateAliasCommand({ AliasName: 'alias/imported', TargetKeyId: sym }));
    await c.send(new K.DeleteImportedKeyMaterialCommand({ KeyId: sym }));
    const hmac = await externalKey(c, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const ecc = await externalKey(c, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    const other = (await c.send(new K.CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    const otherBlob = (await c.send(new K.EncryptCommand({ KeyId: other, Plaintext: utf8('y') }))).CiphertextBlob!;
    return { c, sym, hmac, ecc, blob, otherBlob, grantId: grant.GrantId! };
  }
  type Fixture = Awaited<ReturnType<typeof fixture>>;

  // [operation, command input, expected, which key the message names]
  const rows: Array<[string, (f: Fixture) => object, Outcome, (f: Fixture) => string]> = [
    ['CancelKeyDeletion', (f) => ({ KeyId: f.sym }), F4, (f) => f.sym],
    ['CreateAlias', (f) => ({ AliasName: 'alias/second', TargetKeyId: f.sym }), 'ok', (f) => f.sym],
    [
      'CreateGrant',
      (f) => ({ KeyId: f.sym, GranteePrincipal: 'arn:aws:iam::111122223333:root', Operations: ['Encrypt'] }),
      F5,
      (f) => f.sym,
    ],
    ['Decrypt', (f) => ({ CiphertextBlob: f.blob }), F5, (f) => f.sym],
    ['DeleteAlias', () => ({ AliasName: 'alias/imported' }), 'ok', (f) => f.sym],
    ['DescribeKey', (f) => ({ KeyId: f.sym }), 'ok', (f) => f.sym],
    ['DisableKey', (f) => ({ KeyId: f.sym }), F5, (f) => f.sym],
    ['DisableKeyRotation', (f) => ({ KeyId: f.sym }), F6, (f) => f.sym],
    ['EnableKey', (f) => ({ KeyId: f.sym }), F5, (f) => f.sym],
    ['EnableKeyRotation', (f) => ({ KeyId: f.sym }), F6, (f) => f.sym],
    ['Encrypt', (f) => ({ KeyId: f.sym, Plaintext: utf8('x') }), F5, (f) => f.sym],
    ['GenerateDataKey', (f) => ({ KeyId: f.sym, KeySpec: 'AES_256' }), F5, (f) => f.sym],
    ['GenerateDataKeyWithoutPlaintext', (f) => ({ KeyId: f.sym, NumberOfBytes: 16 }), F5, (f) => f.sym],
    ['GenerateDataKeyPair', (f) => ({ KeyId: f.sym, KeyPairSpec: 'ECC_NIST_P256' }), F5, (f) => f.sym],
    ['GenerateDataKeyPairWithoutPlaintext', (f) => ({ KeyId: f.sym, KeyPairSpec: 'ECC_NIST_P256' }), F5, (f) => f.sym],
    ['GenerateMac', (f) => ({ KeyId: f.hmac, Message: utf8('m'), MacAlgorithm: 'HMAC_SHA_256' }), F5, (f) => f.hmac],
    ['GetKeyPolicy', (f) => ({ KeyId: f.sym }), 'ok', (f) => f.sym],
    ['GetKeyRotationStatus', (f) => ({ KeyId: f.sym }), F6, (f) => f.sym],
    ['GetPublicKey', (f) => ({ KeyId: f.ecc }), F5, (f) => f.ecc],
    ['ListAliases', (f) => ({ KeyId: f.sym }), 'ok', (f) => f.sym],
    ['ListGrants', (f) => ({ KeyId: f.sym }), 'ok', (f) => f.sym],
    ['ListKeyPolicies', (f) => ({ KeyId: f.sym }), 'ok', (f) => f.sym],
    ['ListResourceTags', (f) => ({ KeyId: f.sym }), 'ok', (f) => f.sym],
    ['PutKeyPolicy', (f) => ({ KeyId: f.sym, Policy: defaultPolicy }), 'ok', (f) => f.sym],
    ['ReEncrypt', (f) => ({ CiphertextBlob: f.otherBlob, DestinationKeyId: f.sym }), F5, (f) => f.sym],
    ['ReplicateKey', (f) => ({ KeyId: f.sym, ReplicaRegion: 'eu-west-1' }), F5, (f) => f.sym],
    ['RevokeGrant', (f) => ({ KeyId: f.sym, GrantId: f.grantId }), 'ok', (f) => f.sym],
    ['ScheduleKeyDeletion', (f) => ({ KeyId: f.sym, PendingWindowInDays: 7 }), 'ok', (f) => f.sym],
    ['Sign', (f) => ({ KeyId: f.ecc, Message: utf8('m'), SigningAlgorithm: 'ECDSA_SHA_256' }), F5, (f) => f.ecc],
    [
      'Verify',
      (f) => ({ KeyId: f.ecc, Message: utf8('m'), Signature: new Uint8Array(70), SigningAlgorithm: 'ECDSA_SHA_256' }),
      F5,
      (f) => f.ecc,
    ],
    ['VerifyMac', (f) => ({ KeyId: f.hmac, Message: utf8('m'), Mac: new Uint8Array(32), MacAlgorithm: 'HMAC_SHA_256' }), F5, (f) => f.hmac],
    ['TagResource', (f) => ({ KeyId: f.sym, Tags: [{ TagKey: 'k', TagValue: 'v' }] }), 'ok', (f) => f.sym],
    ['UntagResource', (f) => ({ KeyId: f.sym, TagKeys: ['k'] }), 'ok', (f) => f.sym],
    ['UpdateAlias', (f) => ({ AliasName: 'alias/imported', TargetKeyId: f.sym }), 'ok', (f) => f.sym],
    ['UpdateKeyDescription', (f) => ({ KeyId: f.sym, Description: 'd' }), 'ok', (f) => f.sym],
    ['UpdatePrimaryRegion', (f) => ({ KeyId: f.sym, PrimaryRegion: 'eu-west-1' }), F5, (f) => f.sym],
  ];
  const commands = K as unknown as Record<string, new (input: object) => Parameters<Client['send']>[0]>;

  for (const [op, input, outcome, named] of rows) {
    it(`${op}: ${name(outcome)}`, async () => {
      const f = await fixture();
      await expectOutcome(f.c.send(new commands[`${op}Command`]!(input(f))), outcome, await arnOf(f.c, named(f)));
    });
  }
});

describe('automatic rotation of keys with imported material (footnote 7)', { timeout: 60_000 }, () => {
  it.each(['Enabled', 'Disabled'] as const)(
    '%s: EnableKeyRotation, DisableKeyRotation, GetKeyRotationStatus are UnsupportedOperationException',
    async (state) => {
      const { client } = setup();
      const c = client();
      const key = await keyIn(c, state, 'EXTERNAL');
      for (const Command of [K.EnableKeyRotationCommand, K.DisableKeyRotationCommand, K.GetKeyRotationStatusCommand])
        await expectOutcome(c.send(new Command({ KeyId: key.id })), F6, key.arn);
    },
  );
});

const defaultPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
});
