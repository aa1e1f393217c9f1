import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { automaticRotations, condition, contextHas, fact, keyById, learnerEvents, succeeded, touches } from '../queries';
import { createKeyWithAlias, encryptText } from '../setup-helpers';
import type { LabSnapshot } from '../snapshot';

const CONTEXT = { ledger: '2024' };
const PRODUCERS = new Set(['Encrypt', 'ReEncrypt', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext']);

function check(s: LabSnapshot): LabCondition[] {
  const key = keyById(s, fact(s, 'keyId'));
  const gone = 'The ledger key of the starting state is gone; reset the lab to get it back.';
  const automatic = key ? automaticRotations(key, s.now) : 0;
  const recorded = key ? key.rotations.filter((r) => r.rotationType === 'AUTOMATIC') : [];
  const onDemand = key ? key.rotations.length - recorded.length : 0;
  const secondRotation = recorded[1]?.rotationDate;
  const mine = learnerEvents(s).filter((e) => touches(e, key));
  const decrypted = mine.find(
    (e) =>
      e.name === 'Decrypt' && succeeded(e) && contextHas(e, 'ledger', '2024') && secondRotation !== undefined && e.time >= secondRotation,
  );
  const remade = mine.find((e) => PRODUCERS.has(e.name) && succeeded(e) && contextHas(e, 'ledger', '2024'));
  const period = key?.rotationPeriodInDays ?? 365;

  return [
    condition(
      'yearly',
      'Automatic rotation is on, once a year',
      !!key && key.rotationEnabled && period === 365,
      'Automatic rotation is enabled with a period of 365 days.',
      !key
        ? gone
        : !key.rotationEnabled
          ? `Automatic rotation is off${onDemand > 0 ? ` (the ${onDemand} on-demand rotation${onDemand > 1 ? 's' : ''} you made do not turn it on)` : ''}. Enable it on the key's Rotation section.`
          : `Rotation is on, every ${period} days; the task is yearly rotation (365 days, the default).`,
    ),
    condition(
      'two-years',
      'Two years have passed: the key has rotated automatically twice',
      automatic >= 2,
      `${automatic} automatic rotations so far.`,
      key
        ? `${automatic} automatic rotation${automatic === 1 ? '' : 's'} so far. The first comes 365 days after you enable rotation: move the simulated clock forward (+1 year twice, a few more days if needed).`
        : gone,
    ),
    condition(
      'old-decrypts',
      'The ciphertext from before the rotations still decrypts, after the second one',
      !!decrypted,
      'The ledger ciphertext decrypted after the second rotation.',
      secondRotation === undefined
        ? 'Once the key has rotated twice, decrypt the handed-out ledger ciphertext with the context ledger=2024.'
        : 'Decrypt the handed-out ledger ciphertext (context ledger=2024) now, after the second rotation.',
    ),
    condition(
      'same-ciphertext',
      'It is the original ciphertext, not a new one',
      !remade,
      'No new ciphertext was made with ledger=2024, so the one that decrypted is the original.',
      'You made a new ciphertext with ledger=2024, so this check cannot tell which one decrypted. Reset the lab and decrypt only the handed-out one: the point is that rotation keeps the old material.',
    ),
  ];
}

/** Lab: yearly rotation, two years on the clock, and an old ciphertext that still decrypts. */
export const rotationOldCiphertextLab: LabDefinition = {
  ...catalogEntry('rotation-old-ciphertext'),
  situation: `The finance ledger's 2024 totals were encrypted under \`alias/ledger\` long ago, and nobody is going to re-encrypt them. An auditor asks for automatic key rotation on that key, and the team worries that rotating will make the old ledger unreadable.

The ledger's ciphertext, made before any rotation, is below.`,
  goal: `- automatic rotation of \`alias/ledger\` is on, **once a year**;
- two years have passed on the simulated clock, so the key has rotated automatically twice;
- after that, the original ledger ciphertext still decrypts.`,
  hints: [
    'Open `alias/ledger` on the **Keys** tab. Its **Rotation** section enables automatic rotation; a yearly period is 365 days.',
    'The toolbar’s **Simulated date** moves the clock. The first automatic rotation comes one period after you enable it; the history table on the key page lists each rotation.',
    'When the history shows two AUTOMATIC rotations, go to **Operations**, choose Decrypt, paste the handed-out ciphertext and add the context `ledger` = `2024`. You do not need a key id: the ciphertext names the key and its material version.',
  ],
  solution: {
    cli: `# Management calls take a key id or ARN, not an alias
KEY_ID=$(aws kms describe-key --key-id alias/ledger --query KeyMetadata.KeyId --output text)
aws kms enable-key-rotation --key-id "$KEY_ID" --rotation-period-in-days 365
aws kms get-key-rotation-status --key-id "$KEY_ID"
# ... two years later:
aws kms list-key-rotations --key-id "$KEY_ID"      # two AUTOMATIC rotations
aws kms decrypt --ciphertext-blob fileb://ledger-2024.enc --encryption-context ledger=2024`,
    explanation: `Rotation gives the key new key material but keeps its key ID, ARN, aliases and policies, **and every earlier material version**. Encrypt uses the newest material; Decrypt reads from the ciphertext which material made it and uses that one. So nothing has to be re-encrypted, and rotation does not by itself protect data already encrypted (only new encryptions use the new material).

Automatic rotation of customer managed keys is off by default. Since April 2024 its period can be 90 to 2,560 days (default 365); before, it was always one year, which older exam material still says. AWS managed keys rotate every year by themselves (every three years before May 2022).`,
  },
  version: 1,
  async setup({ kms }) {
    const key = await createKeyWithAlias(kms, { alias: 'alias/ledger', description: 'Finance ledger' });
    const ciphertext = await encryptText(kms, key.keyId, '2024 totals: revenue 51.3M, costs 44.0M', CONTEXT);
    return { keyId: key.keyId, ciphertext };
  },
  handouts: (facts) => [
    { label: 'The 2024 ledger ciphertext (made before any rotation)', value: facts.ciphertext ?? '', kind: 'base64' },
    { label: 'Its encryption context', value: JSON.stringify(CONTEXT), kind: 'json' },
  ],
  check,
};
