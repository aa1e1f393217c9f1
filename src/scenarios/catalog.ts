/**
 * What each scenario is about, without its code: the list page reads this so it never loads the
 * simulator. Order is teaching order.
 */
export interface ScenarioInfo {
  id: ScenarioId;
  title: string;
  summary: string;
  takeaways: string[];
  /** The question-bank topic closest to the scenario: its questions come first, and "practise more" opens it. */
  quizTopic: string;
}

/** The scenario ids, also used in question banks as `scenario: <id>`. */
export type ScenarioId =
  | 'direct-encrypt'
  | 'four-kb-limit'
  | 'envelope-encryption'
  | 'key-rotation'
  | 'regions'
  | 'permissions'
  | 'aws-managed-keys'
  | 'cross-account'
  | 'grants'
  | 'bring-your-own-key';

/** Every scenario, in teaching order. */
export const SCENARIO_CATALOG: readonly ScenarioInfo[] = [
  {
    id: 'direct-encrypt',
    // The banks tag their direct-Encrypt questions in encrypt-limit (none in keys-never-leave any more).
    quizTopic: 'encrypt-limit',
    title: 'Using a KMS key directly',
    summary: 'An application sends a small secret to KMS to encrypt, then gets it back with Decrypt.',
    takeaways: [
      'Encrypt takes up to 4,096 bytes; the key itself never leaves KMS.',
      'Decrypt needs no key id: the ciphertext says which key to use.',
      'kms:Encrypt and kms:Decrypt are separate permissions.',
    ],
  },
  {
    id: 'four-kb-limit',
    quizTopic: 'encrypt-limit',
    title: 'The 4 KB limit',
    summary: 'What happens when an application sends 4,097 bytes to Encrypt, and what to do instead.',
    takeaways: [
      '4,096 bytes encrypt; 4,097 bytes are rejected with a ValidationException.',
      'Larger data uses envelope encryption with a data key.',
    ],
  },
  {
    id: 'envelope-encryption',
    quizTopic: 'envelope-encryption',
    title: 'Envelope encryption',
    summary:
      'GenerateDataKey gives a plaintext and an encrypted data key; the application encrypts locally and keeps only the encrypted key.',
    takeaways: [
      'The plaintext data key is used locally, then discarded.',
      'The encrypted data key is stored next to the data; Decrypt unwraps it later.',
      'KMS never stores or tracks data keys.',
    ],
  },
  {
    id: 'key-rotation',
    quizTopic: 'rotation',
    title: 'Key rotation',
    summary: 'A year passes, the key rotates: the key id stays, new material encrypts, and old ciphertext still decrypts.',
    takeaways: [
      'Rotation changes the key material, not the key id, ARN or policies.',
      'Old ciphertext decrypts without re-encryption; data is not re-encrypted.',
      'AWS managed keys rotate every year; customer managed keys rotate when you enable it (90 to 2,560 days) or on demand.',
    ],
  },
  {
    id: 'regions',
    quizTopic: 'regions',
    title: 'Regions and multi-Region keys',
    summary: 'A single-Region key cannot decrypt in another Region; a replicated multi-Region key can. Aliases are regional.',
    takeaways: [
      'KMS keys live in one Region; ciphertext from one cannot be decrypted in another.',
      'Multi-Region keys share key id and material with their replicas.',
      'An alias exists in one Region only.',
    ],
  },
  {
    id: 'permissions',
    quizTopic: 'policies',
    title: 'Permissions: key policy, IAM and grants',
    summary: 'Who may use a key: the key policy, IAM policies it enables, an explicit deny, and a grant, each decision explained.',
    takeaways: [
      'The default key policy lets IAM policies in the account grant access.',
      'Encrypt and Decrypt are separate permissions; an explicit deny always wins.',
      'A grant gives one principal specific operations without changing a policy.',
    ],
  },
  {
    id: 'aws-managed-keys',
    quizTopic: 'key-types',
    title: 'AWS managed versus customer managed keys',
    summary: 'S3 with SSE-KMS creates and uses aws/s3 on your behalf; see what you can and cannot change about it.',
    takeaways: [
      'An AWS service creates its AWS managed key (alias aws/<service>) on first use.',
      'You cannot change its policy, rotation or deletion; it rotates every year.',
      'A customer managed key gives you that control.',
    ],
  },
  {
    id: 'cross-account',
    quizTopic: 'policies',
    title: 'Using a key from another account',
    summary: "A user in another account uses your key: the key policy must trust that account and the account's IAM policy must allow it.",
    takeaways: [
      'Across accounts, the key policy and the caller’s IAM policy must both allow the action.',
      'The key policy can trust the other account; that account’s administrators then choose who, through IAM.',
      'Callers in another account name the key by its ARN.',
    ],
  },
  {
    id: 'grants',
    quizTopic: 'grants',
    title: 'Grants: create, use, retire',
    summary: 'A grant gives one principal Decrypt without touching any policy; the grant token makes it usable at once; retiring ends it.',
    takeaways: [
      'CreateGrant returns a grant id and a grant token.',
      'A grant token lets the grantee use a new grant before it is consistent everywhere.',
      'Retiring or revoking the grant ends the access; keeping the token does not keep it.',
    ],
  },
  {
    id: 'bring-your-own-key',
    quizTopic: 'keys-never-leave',
    title: 'Bring your own key material',
    summary:
      'A key with Origin EXTERNAL gets material you made and wrapped yourself; when the material expires its ciphertexts wait for the same material to come back.',
    takeaways: [
      'GetParametersForImport gives a wrapping public key and an import token, valid for 24 hours.',
      'Expired or deleted material returns the key to PendingImport; only the same material can be imported again.',
      'AWS cannot recover imported material: keep your own copy.',
    ],
  },
];

/** Catalog entry by id. */
export function scenarioInfo(id: string): ScenarioInfo | undefined {
  return SCENARIO_CATALOG.find((s) => s.id === id);
}
