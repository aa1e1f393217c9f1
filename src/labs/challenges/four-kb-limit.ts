import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { condition, contextHas, fact, keyById, learnerEvents, succeeded, touches } from '../queries';
import { allowPolicy, attempt, createKeyWithAlias } from '../setup-helpers';
import type { LabSnapshot } from '../snapshot';

const CONTEXT = { document: 'contract-2025' };
const DATA_KEY_OPS = new Set(['GenerateDataKey', 'GenerateDataKeyWithoutPlaintext']);

function check(s: LabSnapshot): LabCondition[] {
  const key = keyById(s, fact(s, 'keyId'));
  const mine = learnerEvents(s).filter((e) => touches(e, key) && contextHas(e, 'document', 'contract-2025'));
  const dataKey = mine.find((e) => DATA_KEY_OPS.has(e.name) && succeeded(e));
  const readBack = dataKey && mine.find((e) => e.name === 'Decrypt' && succeeded(e) && e.time >= dataKey.time);
  const encrypts = mine.filter((e) => e.name === 'Encrypt' && succeeded(e));
  const tooBig = mine.find((e) => e.name === 'Encrypt' && e.errorCode === 'ValidationException');

  return [
    condition(
      'data-key',
      'The contract is protected with a data key from alias/contracts (document=contract-2025)',
      !!dataKey,
      `${dataKey?.name ?? ''} gave a data key under alias/contracts for the contract.`,
      !key
        ? 'The contracts key of the starting state is gone; reset the lab to get it back.'
        : tooBig
          ? 'Encrypt refused the whole document again (ValidationException: at most 4,096 bytes). Use a data key instead.'
          : 'Generate a data key under alias/contracts with the context document=contract-2025, and encrypt the document with it outside KMS (the envelope encryption page does both).',
    ),
    condition(
      'read-back',
      'It has been read back',
      !!readBack,
      'Decrypt recovered the data key, so the document can be decrypted.',
      'Show the contract can be read back: decrypt the encrypted data key (or the encrypted file, on the envelope encryption page) with the same context.',
    ),
    condition(
      'no-chunks',
      'The document was not sent to KMS in 4 KB pieces',
      encrypts.length === 0,
      'No part of the document went to KMS.',
      `${encrypts.length} Encrypt call${encrypts.length === 1 ? '' : 's'} with document=contract-2025 succeeded. Cutting the document into 4 KB pieces "works", but sends every byte to KMS, costs a request per piece and is slow and throttled at scale. Only a data key should go to KMS.`,
    ),
  ];
}

/** Lab: a 50 KB document is too big for Encrypt; protect it with envelope encryption. */
export const fourKbLimitLab: LabDefinition = {
  ...catalogEntry('four-kb-limit'),
  situation: `The document service tried to encrypt a 50 KB contract directly with KMS and failed: the **Audit trail** tab shows its Encrypt refused with a \`ValidationException\`. The contract must be protected under \`alias/contracts\`, with the encryption context \`document=contract-2025\`, and must still be readable afterwards.

Any file of about 50 KB will do as the contract (a PDF or a photo, say).`,
  goal: `- the contract is protected under \`alias/contracts\` with the context \`document=contract-2025\`, in a way that works for any size;
- it has been read back;
- it was not sent to KMS in 4 KB pieces.`,
  hints: [
    'Encrypt accepts at most 4,096 bytes of plaintext. Anything bigger is encrypted with a **data key**: KMS protects the small key, and the data is encrypted locally.',
    'The **envelope encryption** page does it for a file of any size: choose `alias/contracts`, add the context `document` = `contract-2025`, encrypt, then decrypt the `.kmslab` file it produced.',
    'By hand: GenerateDataKey with `alias/contracts` and the context; encrypt the file locally with the `Plaintext` key (AES-GCM); keep the `CiphertextBlob` beside it; later Decrypt the `CiphertextBlob` with the same context to get the key back.',
  ],
  solution: {
    cli: `# What failed: aws kms encrypt --key-id alias/contracts --plaintext fileb://contract.pdf  (ValidationException)

aws kms generate-data-key --key-id alias/contracts --key-spec AES_256 \\
    --encryption-context document=contract-2025 > data-key.json
# encrypt contract.pdf locally with the Plaintext key (AES-256-GCM), store the CiphertextBlob with it,
# erase the plaintext key. (The AWS Encryption SDK does all of this: aws-encryption-cli --encrypt ...)

aws kms decrypt --ciphertext-blob fileb://contract.key.enc --encryption-context document=contract-2025`,
    explanation: `KMS's Encrypt, Decrypt and ReEncrypt take at most 4,096 bytes: KMS is built to protect keys, not bulk data. For anything larger, envelope encryption: GenerateDataKey returns a fresh data key in plaintext and encrypted under the KMS key; the data is encrypted locally with the plaintext key, and only the encrypted data key is stored beside it. Reading it back takes one Decrypt of that small blob.

Splitting the file into 4 KB pieces would send every byte of the contract to KMS, cost one request per piece and run into request quotas; it is the classic wrong answer.`,
  },
  version: 1,
  async setup({ kms }) {
    const key = await createKeyWithAlias(kms, { alias: 'alias/contracts', description: 'Signed contracts' });
    const service = kms.iam.createUser({
      userName: 'doc-service',
      policies: { Documents: allowPolicy(['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey'], key.arn) },
    });
    const document = new Uint8Array(50 * 1024).fill(0x25);
    await attempt(() =>
      kms.call(
        'Encrypt',
        { KeyId: key.keyId, Plaintext: document, EncryptionContext: CONTEXT },
        { region: 'us-east-1', accessKeyId: service.accessKeyId },
      ),
    );
    return { keyId: key.keyId };
  },
  check,
};
