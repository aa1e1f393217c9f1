import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { condition, contextHas, fact, keyById, learnerEvents, succeeded, touches } from '../queries';
import { createKeyWithAlias, encryptText } from '../setup-helpers';
import type { LabSnapshot } from '../snapshot';

const CONTEXT = { order: '1001' };
const TARGET = 'eu-west-1';

function check(s: LabSnapshot): LabCondition[] {
  const keyId = fact(s, 'keyId');
  const primary = keyById(s, keyId);
  const replica = keyById(s, keyId, TARGET);
  const elsewhere = s.keys.filter(
    (k) => k.region === TARGET && k.accountId === s.accountId && k.keyId !== keyId && k.keyManager === 'CUSTOMER',
  );
  const decrypts = learnerEvents(s).filter((e) => e.name === 'Decrypt' && succeeded(e) && contextHas(e, 'order', '1001'));
  const inTarget = decrypts.find((e) => e.region === TARGET && touches(e, replica));
  const replicaOk = !!replica && replica.multiRegionRole === 'REPLICA' && replica.state === 'Enabled';

  return [
    condition('replica', `The orders key has an enabled replica in ${TARGET}`, replicaOk, `${keyId} is replicated to ${TARGET}.`, () =>
      replica
        ? `The replica in ${TARGET} is ${replica.state}; it must be enabled to decrypt.`
        : elsewhere.length > 0
          ? `The key in ${TARGET} is a new key (${elsewhere[0]!.keyId}), not a replica: it has other key material and cannot decrypt what ${keyId} encrypted. Replicate the primary instead.`
          : !primary
            ? 'The orders key of the starting state is gone; reset the lab to get it back.'
            : `There is no replica of ${keyId} in ${TARGET} yet. Multi-Region keys are replicated explicitly: open the key (us-east-1) and use its Multi-Region section.`,
    ),
    condition(
      'decrypted',
      `The us-east-1 ciphertext was decrypted in ${TARGET}`,
      !!inTarget,
      `Decrypt succeeded in ${TARGET} with the replica.`,
      () =>
        decrypts.length > 0
          ? `You decrypted the order in ${decrypts[decrypts.length - 1]!.region}. Switch the Region to ${TARGET} and decrypt it there, without re-encrypting it.`
          : `Switch the Region to ${TARGET} and Decrypt the handed-out ciphertext with the context order=1001.`,
    ),
  ];
}

/** Lab: replicate a multi-Region key and decrypt in eu-west-1 what us-east-1 encrypted. */
export const multiRegionDecryptLab: LabDefinition = {
  ...catalogEntry('multi-region-decrypt'),
  situation: `The orders service encrypts each order in **us-east-1** under \`alias/global-orders\`, a multi-Region primary key (its ID starts with \`mrk-\`). A new team in Ireland must read orders in **eu-west-1**, without calling us-east-1 and without re-encrypting anything.

Order 1001's ciphertext, made in us-east-1, is below.`,
  goal: `- the orders key has an enabled replica in **eu-west-1**;
- order 1001's ciphertext has been decrypted **in eu-west-1**.`,
  hints: [
    'A single-Region key can never be used outside its Region. A multi-Region key can be replicated: the replica has the same key ID and the same key material.',
    'Open `alias/global-orders` in us-east-1: its **Multi-Region** section replicates the key to eu-west-1.',
    'Switch the toolbar’s Region to eu-west-1, then Decrypt the handed-out ciphertext with the context `order` = `1001`. The ciphertext names the key ID, which the replica shares.',
  ],
  solution: {
    cli: `aws kms replicate-key --key-id <mrk key id> --replica-region eu-west-1 --region us-east-1

aws kms decrypt --ciphertext-blob fileb://order-1001.enc --encryption-context order=1001 \\
    --region eu-west-1`,
    explanation: `KMS keys are regional: a ciphertext names its key by ID, and only a Region holding a key with that ID can decrypt it. A multi-Region key and its replicas share key ID and key material, so a ciphertext from one decrypts in the others without a cross-Region call. Each replica has its **own** key policy, aliases, grants and state (here the alias exists in us-east-1 only), and rotation happens on the primary.

You cannot turn an existing single-Region key into a multi-Region one; a new key in eu-west-1 would have different material and could not decrypt the order.`,
  },
  version: 1,
  async setup({ kms }) {
    const key = await createKeyWithAlias(kms, { alias: 'alias/global-orders', description: 'Orders, all Regions', multiRegion: true });
    const ciphertext = await encryptText(kms, key.keyId, 'Order 1001: 3 x widget, ship to Dublin', CONTEXT);
    return { keyId: key.keyId, ciphertext };
  },
  handouts: (facts) => [
    { label: 'Order 1001’s ciphertext (made in us-east-1)', value: facts.ciphertext ?? '', kind: 'base64' },
    { label: 'Its encryption context', value: JSON.stringify(CONTEXT), kind: 'json' },
  ],
  check,
};
