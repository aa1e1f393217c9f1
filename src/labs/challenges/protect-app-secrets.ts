import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { condition, contextHas, contextOf, isUsableSymmetricKey, keyByAlias, learnerEvents, succeeded, touches } from '../queries';
import type { LabSnapshot } from '../snapshot';

const ALIAS = 'alias/payments-app';

function check(s: LabSnapshot): LabCondition[] {
  const key = keyByAlias(s, ALIAS);
  const mine = learnerEvents(s).filter((e) => touches(e, key));
  const keyOk = isUsableSymmetricKey(key);
  const encrypts = mine.filter((e) => e.name === 'Encrypt' && succeeded(e));
  const encrypted = encrypts.find((e) => contextHas(e, 'app', 'payments'));
  const after = (t: number) => mine.filter((e) => e.name === 'Decrypt' && e.time >= t);
  const decrypted = encrypted && after(encrypted.time).find((e) => succeeded(e) && contextHas(e, 'app', 'payments'));
  const refused =
    encrypted && after(encrypted.time).find((e) => e.errorCode === 'InvalidCiphertextException' && contextOf(e).app !== 'payments');
  return [
    condition(
      'key',
      `${ALIAS} points at an enabled symmetric encryption key you manage`,
      keyOk,
      `${ALIAS} points at ${key?.keyId ?? ''}.`,
      !key
        ? `There is no ${ALIAS} in us-east-1 yet. Create a symmetric encryption key there and give it that alias.`
        : `${ALIAS} points at a ${key.keySpec} key for ${key.keyUsage} in state ${key.state}: an encryption context needs an enabled symmetric encryption key (SYMMETRIC_DEFAULT).`,
    ),
    condition(
      'encrypt',
      'The secret was encrypted under the key with the encryption context app=payments',
      !!encrypted,
      'An Encrypt under the key carried app=payments.',
      encrypts.length > 0
        ? `You encrypted under ${ALIAS}, but not with app=payments in the encryption context (CloudTrail shows ${JSON.stringify(contextOf(encrypts[encrypts.length - 1]!))}). Add the pair key "app", value "payments".`
        : `No successful Encrypt under ${ALIAS} yet. Use the Operations tab, key ${ALIAS}.`,
    ),
    condition(
      'decrypt',
      'It decrypts when the same encryption context is given',
      !!decrypted,
      'A Decrypt with app=payments succeeded.',
      encrypted
        ? 'Decrypt the ciphertext with the encryption context app=payments (the ciphertext from your Encrypt is offered in the Decrypt form).'
        : 'First encrypt the secret with app=payments; then decrypt it with the same context.',
    ),
    condition(
      'refused',
      'It does not decrypt without that context',
      !!refused,
      'A Decrypt without app=payments failed with InvalidCiphertextException, as it should.',
      'Show the other half: decrypt the same ciphertext with no encryption context (or another one). KMS answers InvalidCiphertextException, because the context is part of the authenticated data.',
    ),
  ];
}

/** Lab: a key with an alias, Encrypt under an encryption context, Decrypt only with it. */
export const protectAppSecretsLab: LabDefinition = {
  ...catalogEntry('protect-app-secrets'),
  situation: `The payments application keeps its database password in a configuration file, in plaintext. It should keep a KMS ciphertext instead, under a key of its own that the code names by alias, so the key behind it can change without a code change.

The application always knows which application it is, so it can send \`app=payments\` as encryption context with every call: the ciphertext is then bound to that context.`,
  goal: `In **us-east-1**:

- \`${ALIAS}\` points at a symmetric encryption key that you manage;
- a secret (any text, such as a made-up password) has been encrypted under it with the encryption context \`app=payments\`;
- that ciphertext has been decrypted **with** the context, and a Decrypt of it **without** the context has been refused.`,
  hints: [
    'Create the key on the **Keys** tab: the create form takes an alias too. The default key spec is the symmetric one.',
    'On the **Operations** tab, **Encrypt** with key `alias/payments-app` and one encryption context row: key `app`, value `payments`.',
    'Run **Decrypt** twice on the same ciphertext (the form offers the last ciphertext): once with the row `app` = `payments`, once with no rows. The second fails with `InvalidCiphertextException`: the encryption context is authenticated with the ciphertext, so it must match exactly.',
  ],
  solution: {
    cli: `aws kms create-key --description "Payments app secrets" --region us-east-1
aws kms create-alias --alias-name ${ALIAS} --target-key-id <key-id> --region us-east-1

aws kms encrypt --key-id ${ALIAS} --plaintext fileb://db-password.txt \\
    --encryption-context app=payments --region us-east-1 \\
    --query CiphertextBlob --output text | base64 --decode > db-password.enc

# With the context: works.
aws kms decrypt --ciphertext-blob fileb://db-password.enc --encryption-context app=payments \\
    --region us-east-1 --query Plaintext --output text | base64 --decode
# Without it: InvalidCiphertextException.
aws kms decrypt --ciphertext-blob fileb://db-password.enc --region us-east-1`,
    explanation: `The encryption context is additional authenticated data: KMS binds it to the ciphertext, so Decrypt succeeds only with exactly the same pairs, and the error (\`InvalidCiphertextException\`) says nothing about why. It is **not secret**: CloudTrail logs it with every call, which makes it useful for auditing ("which app decrypted this?") and for policy conditions (\`kms:EncryptionContext:app\`).

The application names the key by alias, so the key behind \`${ALIAS}\` can be replaced later without a code change; Decrypt needs no key at all for a symmetric ciphertext, because the ciphertext says which key made it.`,
  },
  version: 1,
  setup: async () => ({}),
  check,
};
