/**
 * What each lab challenge is about, without its code: the Labs list, the progress page, study guides
 * and the console's banner read this, so they never load the starting states, checkers or texts
 * (those are in `registry.ts`). Order is the Labs page's: by topic in study order, easier first.
 */
/** How hard a lab is. */
export type LabDifficulty = 'beginner' | 'intermediate' | 'advanced';

/** A lab's catalog entry. */
export interface LabInfo {
  /** kebab-case, stable: progress, workspaces and study guides refer to it. */
  id: string;
  title: string;
  /** The question-bank topic (content/README.md), for grouping and the practice link. */
  topic: string;
  difficulty: LabDifficulty;
  /** Estimated minutes for a learner who knows the console. */
  minutes: number;
  /** One sentence for the list. */
  summary: string;
  /** Related guided scenario (`/scenarios/<id>`), when one shows the idea. */
  scenario?: string;
}

/** Every lab, in list order. */
export const LAB_CATALOG: readonly LabInfo[] = [
  {
    id: 'protect-app-secrets',
    title: 'Protect an application’s secret with an encryption context',
    topic: 'encryption-context',
    difficulty: 'beginner',
    minutes: 10,
    summary:
      'A key with an alias for the payments app, a secret encrypted under an encryption context, and proof that the context is required.',
    scenario: 'direct-encrypt',
  },
  {
    id: 'four-kb-limit',
    title: 'Protect a 50 KB document despite the 4 KB limit',
    topic: 'encrypt-limit',
    difficulty: 'beginner',
    minutes: 10,
    summary: 'The document service’s Encrypt of a 50 KB contract failed; protect the contract correctly under the same key.',
    scenario: 'four-kb-limit',
  },
  {
    id: 'envelope-data-key',
    title: 'Envelope encryption: keep only the encrypted data key',
    topic: 'envelope-encryption',
    difficulty: 'beginner',
    minutes: 15,
    summary: 'Encrypt a backup with a data key as one role, store only the encrypted data key, and restore it as another role.',
    scenario: 'envelope-encryption',
  },
  {
    id: 'rotation-old-ciphertext',
    title: 'Rotate a key and read what it encrypted before',
    topic: 'rotation',
    difficulty: 'beginner',
    minutes: 10,
    summary: 'Turn on yearly rotation, let two years pass on the simulated clock, and decrypt a ciphertext made before any rotation.',
    scenario: 'key-rotation',
  },
  {
    id: 'alias-manual-rotation',
    title: 'Rotate a key manually behind an alias',
    topic: 'aliases',
    difficulty: 'intermediate',
    minutes: 15,
    summary: 'Swap the key behind the application’s alias without a code change, keep the old key for old data, and show both work.',
    scenario: 'key-rotation',
  },
  {
    id: 'multi-region-decrypt',
    title: 'Decrypt in another Region with a multi-Region key',
    topic: 'regions',
    difficulty: 'intermediate',
    minutes: 10,
    summary: 'Replicate a multi-Region key to eu-west-1 and decrypt there a ciphertext made in us-east-1.',
    scenario: 'regions',
  },
  {
    id: 'least-privilege-context',
    title: 'Least privilege with an encryption context condition',
    topic: 'policies',
    difficulty: 'intermediate',
    minutes: 20,
    summary: 'AppRole may Encrypt and Decrypt with the finance key only when the context says department=finance, and nothing else.',
    scenario: 'permissions',
  },
  {
    id: 'cross-account-decrypt',
    title: 'Let another account decrypt with your key',
    topic: 'policies',
    difficulty: 'intermediate',
    minutes: 20,
    summary: "A partner in account 444455556666 must decrypt your quarterly report: both sides' policies, and nothing more than Decrypt.",
    scenario: 'cross-account',
  },
  {
    id: 'policy-lockout-recovery',
    title: 'Repair a key policy that locked the administrators out',
    topic: 'policies',
    difficulty: 'advanced',
    minutes: 15,
    summary:
      'The key’s administrator role was deleted and created again; use the account root to make it an administrator again without opening the key.',
    scenario: 'permissions',
  },
  {
    id: 'grant-batch-job',
    title: 'A temporary grant for a batch job',
    topic: 'grants',
    difficulty: 'intermediate',
    minutes: 15,
    summary: 'Give a batch job Decrypt through a grant limited to its encryption context, use it with the grant token, then retire it.',
    scenario: 'grants',
  },
  {
    id: 'safe-deletion',
    title: 'Delete a key safely, and stop when it is still used',
    topic: 'key-states',
    difficulty: 'intermediate',
    minutes: 20,
    summary:
      'Find out from the audit trail whether an old key is used, disable it first, schedule deletion with the longest window, and cancel it when a use turns up.',
  },
  {
    id: 'sign-release-manifest',
    title: 'Sign a release manifest with an ECC key',
    topic: 'asymmetric-hmac',
    difficulty: 'intermediate',
    minutes: 15,
    summary:
      'Create an ECC signing key, sign a manifest as the release bot, and let a second principal verify it without being able to sign.',
  },
  {
    id: 'via-s3-only',
    title: 'A key that works only through S3',
    topic: 'service-integrations',
    difficulty: 'advanced',
    minutes: 20,
    summary: 'Restrict a user to using a key through S3 with kms:ViaService, then see a direct Encrypt denied.',
    scenario: 'aws-managed-keys',
  },
  {
    id: 'managed-key-cross-account',
    title: 'Share S3 objects with another account: not with aws/s3',
    topic: 'service-integrations',
    difficulty: 'advanced',
    minutes: 20,
    summary:
      'Objects encrypted with the AWS managed key aws/s3 cannot be read by another account; re-encrypt them under a customer managed key you can share.',
    scenario: 'aws-managed-keys',
  },
  {
    id: 'byok-material-expiry',
    title: 'Bring your own key material, and recover when it expires',
    topic: 'keys-never-leave',
    difficulty: 'advanced',
    minutes: 20,
    summary:
      'Key material imported from your HSM expires on the clock; the key stops working. Import the same material again so the old ciphertexts decrypt.',
  },
  {
    id: 'investigate-decrypt',
    title: 'Investigate who decrypted an invoice',
    topic: 'cloudtrail',
    difficulty: 'advanced',
    minutes: 20,
    summary:
      'From the audit trail, find which principal decrypted a given ciphertext and from which Region; record it and block that principal.',
  },
];

/** A lab's catalog entry, or undefined. */
export function labInfo(id: string): LabInfo | undefined {
  return LAB_CATALOG.find((lab) => lab.id === id);
}

/** The catalog entry a lab definition is built on (a typo in a lab id fails at once, in every test). */
export function catalogEntry(id: string): LabInfo {
  const info = labInfo(id);
  if (!info) throw new Error(`Lab "${id}" is not in LAB_CATALOG.`);
  return info;
}
