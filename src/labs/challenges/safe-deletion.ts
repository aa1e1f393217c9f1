import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { condition, fact, keyById, learnerEvents, succeeded, touches } from '../queries';
import { DAY_MS, allowPolicy, createKeyWithAlias, encryptText, fromBase64 } from '../setup-helpers';
import type { LabSnapshot } from '../snapshot';

const CONTEXT = { invoice: 'INV-1001' };
/** The failures a use of a disabled or pending-deletion key meets. */
const BLOCKED = new Set(['DisabledException', 'KMSInvalidStateException']);

function check(s: LabSnapshot): LabCondition[] {
  const key = keyById(s, fact(s, 'keyId'));
  const gone =
    'The key alias/old-invoices no longer exists: its deletion went through, and everything it encrypted is lost. Reset the lab and try again.';
  const mine = learnerEvents(s).filter((e) => touches(e, key));
  const ok = (name: string) => mine.filter((e) => e.name === name && succeeded(e));
  const schedule = ok('ScheduleKeyDeletion')[0];
  const disabledBefore = schedule && ok('DisableKey').find((e) => e.time <= schedule.time);
  const waitDays = schedule ? (schedule.request?.pendingWindowInDays ?? 30) : undefined;
  const blocked = schedule && mine.find((e) => e.time >= schedule.time && e.errorCode !== undefined && BLOCKED.has(e.errorCode));
  const cancelled = schedule && ok('CancelKeyDeletion').find((e) => e.time >= schedule.time);

  return [
    condition(
      'disabled-first',
      'The key was disabled before its deletion was scheduled',
      !!disabledBefore,
      'DisableKey came before ScheduleKeyDeletion.',
      !key
        ? gone
        : schedule
          ? 'You scheduled the deletion without disabling the key first. Disabling is reversible and makes any forgotten user fail loudly (DisabledException) before data becomes unreadable. Reset the lab and disable first.'
          : 'Disable the key first (its page, State section).',
    ),
    condition(
      'longest-window',
      'The deletion was scheduled with the longest waiting period',
      waitDays === 30,
      'The waiting period was 30 days, the longest KMS allows.',
      schedule
        ? `The waiting period was ${typeof waitDays === 'number' ? waitDays : 'an unreadable number of'} days. The longest is 30 days (also the default): the more time a forgotten user has to show up, the better.`
        : 'Schedule the deletion of alias/old-invoices once it is disabled.',
    ),
    condition(
      'use-turned-up',
      'A use of the key turned up while it waited',
      !!blocked,
      `A ${blocked?.name ?? ''} by ${blocked?.callerArn ?? ''} failed with ${blocked?.errorCode ?? ''}.`,
      'While the deletion is pending, run the archive job: act as InvoiceArchiver and Decrypt the handed-out invoice ciphertext. It fails, which is how a forgotten user shows up.',
    ),
    condition(
      'cancelled',
      'The deletion was cancelled',
      !!cancelled && !!key && key.state !== 'PendingDeletion',
      'CancelKeyDeletion stopped the deletion.',
      !key ? gone : 'The archive job still needs the key: cancel its deletion (State section).',
    ),
    condition(
      'usable',
      'The key is usable again',
      !!cancelled && key?.state === 'Enabled',
      'The key is Enabled: the archive job works again.',
      key?.state === 'Disabled' && cancelled
        ? 'CancelKeyDeletion leaves a key Disabled, not Enabled. Enable it so the archive job works again.'
        : !key
          ? gone
          : 'After cancelling the deletion, make sure the key is Enabled.',
    ),
  ];
}

/** Lab: check the audit trail, disable, schedule deletion with 30 days, cancel when a use turns up. */
export const safeDeletionLab: LabDefinition = {
  ...catalogEntry('safe-deletion'),
  situation: `Operations want to delete \`alias/old-invoices\`: "nothing uses it any more". Deleting a KMS key is irreversible, and everything encrypted under it becomes unreadable for good, so check the **Audit trail** tab first: it holds the last months of calls.

The monthly archive job runs as the role **InvoiceArchiver**. Its next run is due now: the invoice it decrypts, and its encryption context, are below.`,
  goal: `- \`alias/old-invoices\` was **disabled before** its deletion was scheduled;
- the deletion was scheduled with the **longest** waiting period;
- a use of the key turned up while it waited (run the archive job: act as InvoiceArchiver and decrypt the invoice);
- the deletion was then **cancelled**, and the key is usable again.`,
  hints: [
    'On the **Audit trail** tab, filter on the event Decrypt: InvoiceArchiver has used the key every month. "Nothing uses it" is not true.',
    'On the key page, the **State** section disables the key and schedules deletion; the waiting period is 7 to 30 days. Then switch "Acting as" to InvoiceArchiver and Decrypt the invoice: see which error the job gets.',
    'Cancelling a deletion does not bring the key back to Enabled: it comes back **Disabled**. Enable it afterwards.',
  ],
  solution: {
    cli: `# Who used the key lately? (CloudTrail; here the Audit trail tab)
aws cloudtrail lookup-events --lookup-attributes AttributeKey=ResourceName,AttributeValue=<key ARN>

# Management calls take a key id or ARN, not an alias
KEY_ID=$(aws kms describe-key --key-id alias/old-invoices --query KeyMetadata.KeyId --output text)
aws kms disable-key --key-id "$KEY_ID"
aws kms schedule-key-deletion --key-id "$KEY_ID" --pending-window-in-days 30

# The archive job fails: KMSInvalidStateException (key pending deletion).
aws kms cancel-key-deletion --key-id "$KEY_ID"     # the key is now Disabled
aws kms enable-key --key-id "$KEY_ID"`,
    explanation: `KMS stores no ciphertext, so it cannot tell you what a key still protects; CloudTrail can tell you who used it recently. Disabling first is the reversible test: anything that still needs the key fails with \`DisabledException\` (or \`KMSInvalidStateException\` once deletion is pending), and you can simply enable it again.

\`ScheduleKeyDeletion\` waits 7 to 30 days (default 30) before deleting the key, its aliases and its material; during the wait the key is \`PendingDeletion\` and unusable. \`CancelKeyDeletion\` leaves it **Disabled**, a classic exam trap. Once the deletion has gone through, only a multi-Region replica (or, for imported material, a copy you kept) could bring the material back.`,
  },
  version: 1,
  async setup({ kms, advance }) {
    const key = await createKeyWithAlias(kms, { alias: 'alias/old-invoices', description: 'Invoices before 2023' });
    const role = kms.iam.createRole({ roleName: 'InvoiceArchiver', policies: { ArchiveInvoices: allowPolicy(['kms:Decrypt'], key.arn) } });
    const ciphertext = await encryptText(kms, key.keyId, 'INV-1001: 2,340.00 EUR, paid', CONTEXT);
    for (let month = 0; month < 3; month++) {
      advance(30 * DAY_MS);
      await kms.call(
        'Decrypt',
        { CiphertextBlob: fromBase64(ciphertext), EncryptionContext: CONTEXT },
        { region: 'us-east-1', accessKeyId: role.accessKeyId },
      );
    }
    advance(2 * DAY_MS);
    return { keyId: key.keyId, ciphertext };
  },
  handouts: (facts) => [
    { label: 'The invoice the archive job decrypts', value: facts.ciphertext ?? '', kind: 'base64' },
    { label: 'Its encryption context', value: JSON.stringify(CONTEXT), kind: 'json' },
  ],
  check,
};
