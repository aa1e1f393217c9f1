import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { LAB_REGION, condition, contextHas, fact, keyById, learnerEvents, succeeded, touches } from '../queries';
import { DAY_MS, encryptText, toBase64 } from '../setup-helpers';
import type { LabSnapshot } from '../snapshot';
import { wrapKeyMaterial } from '../wrap-key-material';

const CONTEXT = { payroll: '2026-03' };
/** Days from the import to the expiry, and how many of them pass before the learner starts. */
const VALID_DAYS = 30;
const ELAPSED_DAYS = 20;

const day = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : 'the expiry date');

function check(s: LabSnapshot): LabCondition[] {
  const key = keyById(s, fact(s, 'keyId'));
  const validTo = Number(fact(s, 'validTo') || Number.NaN);
  const expired = Number.isFinite(validTo) && s.now >= validTo;
  const mine = learnerEvents(s).filter((e) => touches(e, key));
  const afterExpiry = mine.filter((e) => Number.isFinite(validTo) && e.time >= validTo);
  const reimport = afterExpiry.find((e) => e.name === 'ImportKeyMaterial' && succeeded(e));
  const wrongMaterial = mine.find((e) => e.name === 'ImportKeyMaterial' && e.errorCode === 'IncorrectKeyMaterialException');
  const refused = mine.find((e) => e.name === 'ImportKeyMaterial' && !succeeded(e));
  const decrypted =
    reimport &&
    afterExpiry.find((e) => e.name === 'Decrypt' && succeeded(e) && e.time >= reimport.time && contextHas(e, 'payroll', '2026-03'));
  const gone = 'The payroll key of the starting state is gone; reset the lab to get it back.';

  return [
    condition(
      'expired',
      'The imported key material’s expiry date has passed on the lab’s clock',
      expired,
      `The clock is past ${day(validTo)}: KMS deleted the expired material and the key waited in PendingImport.`,
      !key
        ? gone
        : `The material expires on ${day(validTo)}. Move the lab’s clock past it (the toolbar), then look at the key’s state and try to decrypt the payroll ciphertext.`,
    ),
    condition(
      'same-material',
      'The same key material was imported again after it expired',
      !!reimport,
      'ImportKeyMaterial succeeded after the expiry: the key has its material back.',
      !key
        ? gone
        : wrongMaterial
          ? 'An import was refused with IncorrectKeyMaterialException: a key takes back only the material it had. Wrap the key material your HSM keeps (on the lab page), not new material.'
          : refused
            ? `An import failed with ${refused.errorCode ?? 'an error'}. Get fresh parameters (GetParametersForImport), wrap the material with that PublicKey and the same wrapping algorithm, and import it with that ImportToken.`
            : 'Once the material has expired, get import parameters (GetParametersForImport), wrap your key material with the PublicKey in your HSM on the lab page, and import it (ImportKeyMaterial).',
    ),
    condition(
      'usable',
      'The key is Enabled again',
      !!reimport && key?.state === 'Enabled',
      'The key is Enabled.',
      !key
        ? gone
        : key.state === 'Enabled'
          ? 'The key is Enabled, but only because its first material has not expired yet (or was never imported again): this holds once the same material is back after the expiry.'
          : `The key is ${key.state}. It is usable again once its material is back.`,
    ),
    condition(
      'old-ciphertext',
      'The payroll ciphertext made before the expiry decrypts again',
      !!decrypted,
      'Decrypt of the payroll ciphertext succeeded after the import: nothing encrypted before the expiry was lost.',
      'After the import, decrypt the handed-out payroll ciphertext with its encryption context (payroll = 2026-03).',
    ),
  ];
}

/** Lab: imported key material expires on the clock; import the same material again and decrypt. */
export const byokMaterialExpiryLab: LabDefinition = {
  ...catalogEntry('byok-material-expiry'),
  situation: `Your company keeps its own key material in an on-premises HSM and imported it into the KMS key \`alias/payroll-byok\` (Origin \`EXTERNAL\`) with an **expiry**: KMS deletes the material on that date, so the key cannot outlive the company's policy. The payroll system encrypted March's payroll under it.

The expiry is ten days away, and nobody has planned for it. Your HSM (on this page) still holds the material.`,
  goal: `- the key material's **expiry date has passed** on the lab's clock;
- the **same key material** is back in the key, and the key is usable;
- the **payroll ciphertext from before** the expiry decrypts again.`,
  hints: [
    'Use the clock in the console toolbar (+30 days). Then look at the key’s state, and try to Decrypt the payroll ciphertext: which error do you get, and what does it say about the key?',
    'KMS deleted the expired material, not the key: the key waits in **PendingImport** for the same material. New material would not do: KMS refuses it (`IncorrectKeyMaterialException`), and the old ciphertexts need the old material anyway.',
    'On the Operations tab, run **GetParametersForImport** on the key (its key ID; RSAES_OAEP_SHA_256, RSA_2048). Copy its PublicKey into your HSM on the lab page and wrap. Then run **ImportKeyMaterial** with the ImportToken (“Use the last ImportToken”), the wrapped material, and ExpirationModel `KEY_MATERIAL_DOES_NOT_EXPIRE`.',
  ],
  solution: {
    cli: `KEY_ID=<the key ID on the lab page>

# After the expiry: the key is PendingImport, and Decrypt fails with KMSInvalidStateException
aws kms describe-key --key-id "$KEY_ID" --query KeyMetadata.KeyState

# New parameters for import (the public key and token are valid 24 hours)
aws kms get-parameters-for-import --key-id "$KEY_ID" \\
  --wrapping-algorithm RSAES_OAEP_SHA_256 --wrapping-key-spec RSA_2048 > params.json
jq -r .PublicKey params.json | base64 -d > wrapping-key.der
jq -r .ImportToken params.json | base64 -d > import-token.bin

# In your HSM (here with OpenSSL): wrap the same key material with the public key
openssl pkeyutl -encrypt -in key-material.bin -out wrapped-material.bin \\
  -inkey wrapping-key.der -keyform DER -pubin \\
  -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256

# Import it again (this time without an expiry, or with a later --valid-to)
aws kms import-key-material --key-id "$KEY_ID" \\
  --encrypted-key-material fileb://wrapped-material.bin --import-token fileb://import-token.bin \\
  --expiration-model KEY_MATERIAL_DOES_NOT_EXPIRE

# The ciphertext from before the expiry decrypts again
aws kms decrypt --ciphertext-blob fileb://payroll.enc --encryption-context payroll=2026-03 \\
  --query Plaintext --output text | base64 -d`,
    explanation: `With imported key material **you** are responsible for its durability: KMS keeps no copy it could restore. When material imported with \`KEY_MATERIAL_EXPIRES\` reaches its \`ValidTo\`, KMS deletes it (CloudTrail records a \`DeleteExpiredKeyMaterial\` service event) and the key goes to **PendingImport**: every cryptographic call fails with \`KMSInvalidStateException\`, but the key, its policy, its aliases and every ciphertext still exist.

Recovery is to import the **same** material again with fresh parameters (each public key and import token is valid for 24 hours). KMS refuses different material for that key (\`IncorrectKeyMaterialException\`), because old ciphertexts can only be decrypted with the material that made them. \`ValidTo\` may be at most 365 days ahead, or choose \`KEY_MATERIAL_DOES_NOT_EXPIRE\`. Automatic rotation is not available for imported material (on-demand rotation with new material is, since June 2025). If the material is lost from your HSM too, everything encrypted under the key is lost for good.`,
  },
  version: 1,
  async setup({ kms, now, advance }) {
    const ctx = { region: LAB_REGION };
    const created = await kms.call('CreateKey', { Origin: 'EXTERNAL', Description: 'Payroll (key material from our HSM)' }, ctx);
    const keyId = created.KeyMetadata!.KeyId!;
    await kms.call('CreateAlias', { AliasName: 'alias/payroll-byok', TargetKeyId: keyId }, ctx);
    const material = crypto.getRandomValues(new Uint8Array(32));
    const params = await kms.call(
      'GetParametersForImport',
      { KeyId: keyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' },
      ctx,
    );
    const validTo = now() + VALID_DAYS * DAY_MS;
    await kms.call(
      'ImportKeyMaterial',
      {
        KeyId: keyId,
        ImportToken: params.ImportToken!,
        EncryptedKeyMaterial: await wrapKeyMaterial(params.PublicKey!, 'RSAES_OAEP_SHA_256', material),
        ExpirationModel: 'KEY_MATERIAL_EXPIRES',
        ValidTo: new Date(validTo),
      },
      ctx,
    );
    const ciphertext = await encryptText(kms, keyId, 'Payroll March 2026: 42 people, 181,300.00 EUR', CONTEXT);
    advance(ELAPSED_DAYS * DAY_MS);
    return { keyId, ciphertext, material: toBase64(material), validTo: String(validTo) };
  },
  handouts: (facts) => [
    { label: 'The key ID', value: facts.keyId ?? '', kind: 'text' },
    { label: 'The March payroll ciphertext', value: facts.ciphertext ?? '', kind: 'base64' },
    { label: 'Its encryption context', value: JSON.stringify(CONTEXT), kind: 'json' },
    { label: 'Your HSM: the key material', value: facts.material ?? '', kind: 'key-material' },
  ],
  check,
};
