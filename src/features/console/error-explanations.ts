/**
 * Errors as learning moments: for an AWS exception the console shows the exception's name and
 * message as AWS sent them, then why it happened and what would fix it, with the AWS page to read.
 * Facts from docs/kms-facts.md (sections 1, 3, 9 and 10).
 */
export interface ErrorExplanation {
  /** One line: what went wrong, in plain words. */
  title: string;
  /** Why KMS refused, and the idea behind the rule. */
  why: string;
  /** What the learner can do next. */
  fix: string;
  /** The AWS documentation page that explains the rule. */
  docUrl: string;
}

interface Rule extends ErrorExplanation {
  name: string;
  /** Narrows a rule to a message (or operation) when one exception has several causes. */
  when?: (message: string, operation: string) => boolean;
}

import { CIPHERTEXT_REGION_RULE } from '@/kms';

const API = 'https://docs.aws.amazon.com/kms/latest/APIReference';
const DG = 'https://docs.aws.amazon.com/kms/latest/developerguide';

// Order matters: the first rule whose name and `when` match wins, so specific rules come first.
const RULES: Rule[] = [
  {
    name: 'ValidationException',
    when: (m) => /plaintext/i.test(m) && /4096/.test(m),
    title: 'More than 4,096 bytes sent to Encrypt',
    why: 'A KMS key encrypts at most 4 KB (4,096 bytes) in one Encrypt call. Every call travels to an HSM inside KMS, so the service is built for small secrets such as keys and passwords, not for bulk data.',
    fix: 'Use envelope encryption: call GenerateDataKey, encrypt your data locally with the plaintext data key, discard that key, and store the encrypted data key (CiphertextBlob) next to the data. Try the Envelope page in the Lab.',
    docUrl: `${API}/API_Encrypt.html`,
  },
  {
    name: 'ValidationException',
    when: (m) => /NumberOfBytes|KeySpec/i.test(m),
    title: 'Data key length given wrongly',
    why: 'GenerateDataKey needs exactly one of KeySpec (AES_128 or AES_256) or NumberOfBytes (1 to 1,024), never both and never neither.',
    fix: 'Choose a KeySpec, usually AES_256, or a number of bytes from 1 to 1,024.',
    docUrl: `${API}/API_GenerateDataKey.html`,
  },
  {
    name: 'ValidationException',
    when: (m) => /alias/i.test(m),
    title: 'That alias name or target is not allowed',
    why: 'An alias name starts with alias/ and uses only letters, digits, /, _ and - (no colon), at most 256 characters; an alias points at a key (key ID or key ARN), never at another alias.',
    fix: 'Choose a name such as alias/my-app-key, and give the key ID or key ARN as TargetKeyId.',
    docUrl: `${API}/API_CreateAlias.html`,
  },
  {
    name: 'ValidationException',
    title: 'A parameter breaks one of the API’s constraints',
    why: 'KMS checks every parameter against the limits in its API model (lengths, ranges, allowed values) before doing anything.',
    fix: 'Read the message: it names the parameter and the constraint. Change that value and try again.',
    docUrl: `${API}/CommonErrors.html`,
  },
  {
    name: 'AccessDeniedException',
    when: (m) => /explicit deny/i.test(m),
    title: 'An explicit Deny blocked the call',
    why: 'In AWS policy evaluation an explicit Deny in any policy (key policy, IAM policy) wins over every Allow. No grant or other statement can override it.',
    fix: 'Find the Deny statement named in the audit trail and narrow or remove it, or make the call as a principal it does not match.',
    docUrl: `${DG}/determining-access.html`,
  },
  {
    name: 'AccessDeniedException',
    when: (m) => /ciphertext refers to a customer master key/i.test(m),
    title: 'KMS in this Region has no key for this ciphertext',
    why: CIPHERTEXT_REGION_RULE,
    fix: 'Switch the Region selector to the Region where the ciphertext was made and decrypt there, re-encrypt the data under a key in this Region, or encrypt under a multi-Region key and replicate it here.',
    docUrl: `${DG}/multi-region-keys-overview.html`,
  },
  {
    name: 'AccessDeniedException',
    title: 'Nothing allowed this principal to perform this operation',
    why: 'Every KMS operation is its own permission (kms:Encrypt and kms:Decrypt are separate). A call is allowed only if the key policy allows it, or the key policy trusts the account and an IAM policy of the caller allows it, or a grant does. Otherwise it is implicitly denied.',
    fix: 'Switch to a principal that has the permission, add the action to the caller’s IAM policy (when the key policy trusts the account), add it to the key policy, or create a grant. The audit trail says which policies were checked.',
    docUrl: `${DG}/control-access.html`,
  },
  {
    name: 'DisabledException',
    title: 'The key is disabled',
    why: 'A disabled key cannot be used in cryptographic operations. Its material still exists, so ciphertexts under it can be decrypted again once it is enabled.',
    fix: 'Enable the key (EnableKey) and try again.',
    docUrl: `${DG}/enabling-keys.html`,
  },
  {
    name: 'KMSInvalidStateException',
    when: (m) => /pending ?deletion/i.test(m),
    title: 'The key is scheduled for deletion',
    why: 'A key pending deletion cannot be used. When its waiting period (7 to 30 days) ends, KMS deletes the key material and every ciphertext under it becomes unrecoverable.',
    fix: 'If the data still matters, cancel the deletion (CancelKeyDeletion). The key then comes back Disabled, so enable it before use.',
    docUrl: `${DG}/deleting-keys.html`,
  },
  {
    name: 'KMSInvalidStateException',
    title: 'The key’s state does not allow this operation',
    why: 'Each key state (Enabled, Disabled, PendingDeletion, PendingReplicaDeletion, ...) allows a different set of operations.',
    fix: 'Check the key’s state on its page and change it first, for example cancel a pending deletion.',
    docUrl: `${DG}/key-state.html`,
  },
  {
    name: 'NotFoundException',
    title: 'No such key or alias here',
    why: 'Keys and aliases are regional: a key or alias in one Region does not exist in another. The key may also have been deleted, or the id mistyped.',
    fix: 'Check the Region selector and the key id or alias name. To use the same key material in several Regions, create a multi-Region key and replicate it.',
    docUrl: `${DG}/find-cmk-id-arn.html`,
  },
  {
    name: 'InvalidCiphertextException',
    title: 'The ciphertext or its encryption context does not match',
    why: 'KMS authenticates the ciphertext and binds the encryption context to it as additional authenticated data. Any changed byte or a different encryption context (keys and values must match exactly; only order may differ) fails the check. (A ciphertext made in another Region fails earlier, with AccessDeniedException: KMS in this Region has no key with its key ID.)',
    fix: 'Pass exactly the encryption context used at encryption, and make sure the blob was not altered.',
    docUrl: `${DG}/encrypt_context.html`,
  },
  {
    name: 'IncorrectKeyException',
    title: 'The key you named did not encrypt this ciphertext',
    why: 'For symmetric ciphertext, Decrypt finds the key from the ciphertext itself. If you also give a KeyId, KMS checks it matches, which protects you from decrypting with an unexpected key.',
    fix: 'Leave KeyId out, or give the key that actually encrypted the data.',
    docUrl: `${API}/API_Decrypt.html`,
  },
  {
    name: 'InvalidKeyUsageException',
    title: 'This key cannot do this operation',
    why: 'A key has one key usage for life: ENCRYPT_DECRYPT, SIGN_VERIFY or GENERATE_VERIFY_MAC. Each algorithm also suits only some key specs, and data keys come only from symmetric encryption keys.',
    fix: 'Use a key whose key usage and spec fit the operation, for example a SYMMETRIC_DEFAULT key for GenerateDataKey, or an HMAC key for GenerateMac.',
    docUrl: `${DG}/symm-asymm-choose-key-spec.html`,
  },
  {
    name: 'KMSInvalidSignatureException',
    title: 'The signature does not verify',
    why: 'The message, the signing algorithm, the message type (RAW or DIGEST) or the key differs from what was signed, or the signature was changed.',
    fix: 'Verify with the same key, algorithm, message type and message that were signed.',
    docUrl: `${API}/API_Verify.html`,
  },
  {
    name: 'KMSInvalidMacException',
    title: 'The MAC does not verify',
    why: 'The message, the MAC algorithm or the HMAC key differs from what produced the MAC, or the MAC was changed.',
    fix: 'Verify with the same HMAC key, algorithm and message.',
    docUrl: `${API}/API_VerifyMac.html`,
  },
  {
    name: 'AlreadyExistsException',
    title: 'That already exists',
    why: 'Alias names are unique per account and Region, and a multi-Region key can have only one replica per Region.',
    fix: 'Pick another alias name (or UpdateAlias to repoint an existing one), or use the replica that already exists.',
    docUrl: `${DG}/kms-alias.html`,
  },
  {
    name: 'NotAuthorizedException',
    title: 'Alias names under alias/aws/ belong to AWS',
    why: 'Aliases that begin with alias/aws/ are reserved for AWS managed keys: AWS creates them when a service first uses KMS, and nobody can create, move or delete them. AWS sends this exception without a message.',
    fix: 'Choose a name of your own, such as alias/my-app-key.',
    docUrl: `${API}/API_CreateAlias.html`,
  },
  {
    name: 'InvalidAliasNameException',
    title: 'That alias name is not allowed',
    why: 'An alias must start with alias/, use only letters, digits, /, _ and -, and be at most 256 characters.',
    fix: 'Choose a name such as alias/my-app-key.',
    docUrl: `${API}/API_CreateAlias.html`,
  },
  {
    name: 'MalformedPolicyDocumentException',
    title: 'The key policy is not valid',
    why: 'KMS checks that a key policy is valid JSON with the required elements, names principals that exist, and would not lock everyone out of the key (the policy lockout safety check).',
    fix: 'Read the message for the line and element at fault; keep a statement that lets an administrator (usually the account root) manage the key.',
    docUrl: `${DG}/key-policy-overview.html`,
  },
  {
    name: 'LimitExceededException',
    title: 'A quota was reached',
    why: 'KMS has quotas, for example 25 on-demand rotations per key, 50 aliases per key, and a 32 KB key policy.',
    fix: 'Stay within the quota named in the message; some quotas can be raised in a real account, the on-demand rotation quota cannot.',
    docUrl: `${DG}/resource-limits.html`,
  },
  {
    name: 'UnsupportedOperationException',
    title: 'Not supported for this kind of key',
    why: 'Some operations apply only to some keys. Automatic and on-demand rotation, for instance, work only on symmetric encryption keys with KMS-generated material; AWS managed keys cannot be changed at all.',
    fix: 'Use a customer managed symmetric encryption key for rotation, or pick the operation that fits this key.',
    docUrl: `${DG}/rotate-keys.html`,
  },
  {
    name: 'UnrecognizedClientException',
    title: 'The access key is not known',
    why: 'Every request is signed with an access key id. KMS rejects a request whose access key does not belong to any IAM user or role.',
    fix: 'Switch to a principal that exists (the principal switcher lists them).',
    docUrl: `${API}/CommonErrors.html`,
  },
  {
    name: 'InvalidGrantTokenException',
    title: 'The grant token is not valid',
    why: 'A grant token proves a grant exists before it has propagated. It must be a token KMS returned from CreateGrant.',
    fix: 'Use the token from the CreateGrant response, or omit it once the grant is in effect.',
    docUrl: `${DG}/using-grant-token.html`,
  },
  {
    name: 'TagException',
    title: 'A tag is not valid',
    why: 'Tag keys are 1 to 128 characters and must be unique; values are up to 256 characters; keys starting aws: are reserved.',
    fix: 'Shorten or rename the tag.',
    docUrl: `${API}/API_TagResource.html`,
  },
  {
    name: 'ThrottlingException',
    title: 'Too many requests per second',
    why: 'KMS request quotas cap how fast an account can call each operation in a Region; the cryptographic operations share one quota.',
    fix: 'Retry with backoff, cache data keys (the AWS Encryption SDK can), use S3 Bucket Keys, or ask for a higher quota.',
    docUrl: `${DG}/requests-per-second.html`,
  },
];

/**
 * Explains an AWS exception for a learner. Unknown names get a general explanation that still
 * points at the API's list of errors, so the learner is never left with only a code.
 */
export function explainError(name: string, message: string, operation = ''): ErrorExplanation {
  const rule = RULES.find((r) => r.name === name && (!r.when || r.when(message, operation)));
  if (rule) {
    const { title, why, fix, docUrl } = rule;
    return { title, why, fix, docUrl };
  }
  return {
    title: `${name || 'An error'} was returned`,
    why: 'KMS refused the request. The exception name says which rule it broke.',
    fix: 'Read the message, then look the exception up in the operation’s page of the KMS API Reference.',
    docUrl: `${API}/CommonErrors.html`,
  };
}
