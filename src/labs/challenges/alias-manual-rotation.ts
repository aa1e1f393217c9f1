import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import {
  condition,
  contextHas,
  fact,
  isUsableSymmetricKey,
  keyByAlias,
  keyById,
  learnerEvents,
  succeeded,
  text,
  touches,
} from '../queries';
import { createKeyWithAlias, encryptText } from '../setup-helpers';
import type { LabSnapshot } from '../snapshot';

const ALIAS = 'alias/app-data';
const CONTEXT = { app: 'orders' };
const ALIAS_EVENTS = new Set(['CreateAlias', 'UpdateAlias', 'DeleteAlias']);

function check(s: LabSnapshot): LabCondition[] {
  const original = keyById(s, fact(s, 'originalKeyId'));
  const current = keyByAlias(s, ALIAS);
  const moved = !!current && current.keyId !== fact(s, 'originalKeyId');
  const mine = learnerEvents(s);
  const lastMove = [...mine]
    .reverse()
    .find((e) => ALIAS_EVENTS.has(e.name) && succeeded(e) && JSON.stringify(e.request ?? {}).includes(ALIAS));
  const since = lastMove?.time ?? Infinity;
  const encrypted =
    moved && mine.find((e) => e.name === 'Encrypt' && succeeded(e) && touches(e, current) && text(e.request?.keyId).includes(ALIAS));
  const oldDecrypted = mine.find(
    (e) => e.name === 'Decrypt' && succeeded(e) && touches(e, original) && contextHas(e, 'app', 'orders') && e.time >= since,
  );
  const rotatedInPlace = original ? original.rotations.length > 0 : false;

  return [
    condition(
      'alias-moved',
      `${ALIAS} points at a new symmetric key`,
      moved && isUsableSymmetricKey(current),
      `${ALIAS} now points at ${current?.keyId ?? ''}.`,
      !current
        ? `${ALIAS} no longer exists. The application names the key by this alias: point it at the new key (UpdateAlias) rather than deleting it.`
        : !moved
          ? rotatedInPlace
            ? `${ALIAS} still points at the original key. Rotating it (on demand) gives it new material under the same key; the task is a new key behind the alias.`
            : `${ALIAS} still points at the original key. Create a new key and point the alias at it.`
          : `${ALIAS} points at ${current.keyId}, which is not an enabled customer managed symmetric key.`,
    ),
    condition(
      'old-key-kept',
      'The original key is still enabled',
      original?.state === 'Enabled',
      'The original key stays enabled for the ciphertexts it made.',
      !original
        ? 'The original key is gone, and with it every order encrypted before the switch. Reset the lab.'
        : `The original key is ${original.state}. Old orders name that key, not the alias: they can only be decrypted while it is enabled.`,
    ),
    condition(
      'new-encrypts',
      `New encryptions through ${ALIAS} use the new key`,
      !!encrypted,
      `An Encrypt with KeyId ${ALIAS} used the new key.`,
      moved
        ? `Encrypt something with KeyId ${ALIAS}, as the application does: KMS resolves the alias to the new key.`
        : `First point ${ALIAS} at a new key.`,
    ),
    condition(
      'old-decrypts',
      'An order encrypted before the switch still decrypts afterwards',
      !!oldDecrypted,
      'The handed-out order decrypted with the original key after the switch.',
      'After the switch, Decrypt the handed-out order (context app=orders). Decrypt ignores aliases: the ciphertext names the original key.',
    ),
  ];
}

/** Lab: manual rotation, a new key behind the application's alias, old ciphertexts still readable. */
export const aliasManualRotationLab: LabDefinition = {
  ...catalogEntry('alias-manual-rotation'),
  situation: `The orders application encrypts with \`KeyId = ${ALIAS}\`. After an incident review, security wants new orders encrypted under a **new key** (not just new material for the same key) starting today, and the application cannot be redeployed this week. Orders already encrypted must stay readable.

One order encrypted before the switch is below.`,
  goal: `- \`${ALIAS}\` points at a **new** symmetric key, and an Encrypt through the alias uses it;
- the original key is still enabled;
- after the switch, the order encrypted before it still decrypts.`,
  hints: [
    'The application knows only the alias, so the alias is what moves: UpdateAlias points an existing alias at another key of the same type, in the same account and Region.',
    'Create a new symmetric key on the **Keys** tab, without an alias (an alias name is unique per Region, and this one is taken). Then move the alias with **UpdateAlias** on the Operations tab: the alias name and the new key’s id. Deleting the alias and creating it again also works, but for a moment the application’s calls would fail.',
    'Then Encrypt anything with key `alias/app-data` (the result names the new key), and Decrypt the handed-out order with the context `app` = `orders` (it names the original key). Do not disable or delete the original key.',
  ],
  solution: {
    cli: `aws kms create-key --description "Orders, from 2026"
aws kms update-alias --alias-name ${ALIAS} --target-key-id <new-key-id>

aws kms encrypt --key-id ${ALIAS} --plaintext fileb://order.json --encryption-context app=orders
# -> KeyId is the new key's ARN
aws kms decrypt --ciphertext-blob fileb://order-old.enc --encryption-context app=orders
# -> KeyId is the original key's ARN: Decrypt ignores aliases`,
    explanation: `Manual rotation means a new key, not new material: it is the only way to rotate asymmetric and HMAC keys, and the way to change anything fixed at creation (key spec, origin, multi-Region). Aliases make it painless: applications that name the key by alias follow \`UpdateAlias\` at once.

A symmetric ciphertext names the key that made it, so Decrypt never looks at aliases: the original key must stay enabled for as long as data encrypted under it exists (or until it has all been re-encrypted with ReEncrypt). Automatic rotation is the other option when the same key may stay: it keeps the key ID and adds material.`,
  },
  version: 1,
  async setup({ kms }) {
    const key = await createKeyWithAlias(kms, { alias: ALIAS, description: 'Orders, until 2025' });
    const ciphertext = await encryptText(kms, ALIAS, 'Order 88123: 1 x keyboard', CONTEXT);
    return { originalKeyId: key.keyId, ciphertext };
  },
  handouts: (facts) => [
    { label: 'An order encrypted before the switch', value: facts.ciphertext ?? '', kind: 'base64' },
    { label: 'Its encryption context', value: JSON.stringify(CONTEXT), kind: 'json' },
  ],
  check,
};
