import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { condition, contextHas, fact, keyById, learnerEvents, principalNamed, succeeded, touches } from '../queries';
import { allowPolicy, createKeyWithAlias } from '../setup-helpers';
import type { LabSnapshot } from '../snapshot';

const DATA_KEY_OPS = new Set(['GenerateDataKey', 'GenerateDataKeyWithoutPlaintext']);

function check(s: LabSnapshot): LabCondition[] {
  const key = keyById(s, fact(s, 'keyId'));
  const writer = principalNamed(s, 'BackupWriter');
  const restorer = principalNamed(s, 'RestoreJob');
  const mine = learnerEvents(s).filter((e) => touches(e, key) && succeeded(e) && contextHas(e, 'backup', 'nightly'));
  const dataKeys = mine.filter((e) => DATA_KEY_OPS.has(e.name));
  const byWriter = dataKeys.find((e) => !!writer && e.callerPolicyArn === writer.arn);
  const restored =
    byWriter && mine.find((e) => e.name === 'Decrypt' && e.time >= byWriter.time && !!restorer && e.callerPolicyArn === restorer.arn);
  const sent = mine.find((e) => e.name === 'Encrypt');
  const gone = 'The backups key of the starting state is gone; reset the lab to get it back.';

  return [
    condition(
      'data-key',
      'BackupWriter got a data key under alias/backups with backup=nightly',
      !!byWriter,
      `BackupWriter called ${byWriter?.name ?? ''} with backup=nightly.`,
      () =>
        !key
          ? gone
          : dataKeys.length > 0
            ? `A data key was generated with backup=nightly, but by ${dataKeys[0]!.callerArn}, not BackupWriter. Act as BackupWriter.`
            : 'As BackupWriter, encrypt the backup with a data key from alias/backups and the context backup=nightly (the envelope encryption page does it for a file; GenerateDataKey on the Operations tab shows the two copies of the key).',
    ),
    condition(
      'restored',
      'RestoreJob recovered the data key with Decrypt, after it was made',
      !!restored,
      'RestoreJob decrypted the encrypted data key.',
      byWriter
        ? 'As RestoreJob, decrypt the encrypted data key (or the encrypted file, on the envelope page) with the context backup=nightly.'
        : 'First let BackupWriter encrypt the backup; then RestoreJob recovers its data key with Decrypt.',
    ),
    condition(
      'not-sent',
      'The backup itself never went to KMS',
      !sent,
      'No Encrypt with backup=nightly: only the data key travelled to and from KMS.',
      'The backup was sent to KMS with Encrypt. With envelope encryption only the small data key goes to KMS; the data is encrypted locally with it.',
    ),
  ];
}

/** Lab: envelope encryption with a data key; only the encrypted data key is stored. */
export const envelopeDataKeyLab: LabDefinition = {
  ...catalogEntry('envelope-data-key'),
  situation: `Nightly backups are encrypted before they leave the server. The writer runs as the role **BackupWriter**, which may only call \`GenerateDataKey\` with \`alias/backups\`; restores run as **RestoreJob**, which may only call \`Decrypt\`. The backup file stays outside KMS: only its data key ever goes to KMS, and only in encrypted form is it kept.

Every call uses the encryption context \`backup=nightly\`.`,
  goal: `- **BackupWriter** has obtained a data key under \`alias/backups\` with the context \`backup=nightly\`;
- **RestoreJob** has then recovered that data key with Decrypt (same context);
- the backup itself never went to KMS.`,
  hints: [
    'The **envelope encryption** page (linked from the console) encrypts a file of any size this way: choose the caller BackupWriter, the key `alias/backups` and the context `backup` = `nightly`. Any small file will do.',
    'Or by hand on the **Operations** tab: as BackupWriter, GenerateDataKey with `alias/backups` and the context. The result has the data key twice: `Plaintext` (use it, then forget it) and `CiphertextBlob` (keep it beside the data).',
    'As RestoreJob, Decrypt the `CiphertextBlob` (or decrypt the `.kmslab` file on the envelope page) with the same context. Decrypt needs no key id: the blob names the key.',
  ],
  solution: {
    cli: `# As BackupWriter
aws kms generate-data-key --key-id alias/backups --key-spec AES_256 \\
    --encryption-context backup=nightly > data-key.json
# encrypt the backup locally with the Plaintext key (AES-256-GCM), keep only CiphertextBlob beside it,
# and erase the plaintext key.

# As RestoreJob
aws kms decrypt --ciphertext-blob fileb://backup.key.enc --encryption-context backup=nightly \\
    --query Plaintext --output text | base64 --decode > data-key.bin`,
    explanation: `Envelope encryption splits the work: KMS protects a small **data key** under a KMS key that never leaves it, and the data is encrypted locally with the data key, at any size and speed. GenerateDataKey returns the data key twice: in plaintext (to use once, then erase) and encrypted under the KMS key (to store beside the data). KMS does not keep or track data keys, so losing the encrypted copy means losing the data.

The two roles show the permissions: writing needs only \`kms:GenerateDataKey\`, reading only \`kms:Decrypt\`. A component that should never see a plaintext key now can use \`GenerateDataKeyWithoutPlaintext\` instead.`,
  },
  version: 1,
  async setup({ kms }) {
    const key = await createKeyWithAlias(kms, { alias: 'alias/backups', description: 'Nightly backup data keys' });
    kms.iam.createRole({
      roleName: 'BackupWriter',
      policies: { WriteBackups: allowPolicy(['kms:GenerateDataKey', 'kms:DescribeKey'], key.arn) },
    });
    kms.iam.createRole({ roleName: 'RestoreJob', policies: { RestoreBackups: allowPolicy(['kms:Decrypt', 'kms:DescribeKey'], key.arn) } });
    return { keyId: key.keyId };
  },
  check,
};
