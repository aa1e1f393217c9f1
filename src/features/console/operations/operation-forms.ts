/**
 * The console's operation forms, described as data (CyberChef style): each operation lists its
 * fields once, and one generic form renders them and builds the SDK input.
 */
export type FieldSpec =
  | { kind: 'key'; name: string; label: string; optional?: boolean; help?: string }
  | { kind: 'bytes'; name: string; label: string; defaultEncoding: 'text' | 'base64'; reuse?: string[]; optional?: boolean }
  | { kind: 'context'; name: string; label: string }
  | { kind: 'select'; name: string; label: string; options: string[]; optional?: boolean }
  | { kind: 'number'; name: string; label: string; min: number; max: number; optional?: boolean }
  /** A date and time, typed as UTC (a `datetime-local` input) and sent as a Date. */
  | { kind: 'datetime'; name: string; label: string; optional?: boolean }
  /** Free text (an id, a token); `list` sends it as a list, split at commas and whitespace. */
  | { kind: 'text'; name: string; label: string; optional?: boolean; list?: boolean };

export interface OperationForm {
  operation: string;
  summary: string;
  fields: FieldSpec[];
}

const ENCRYPTION_ALGORITHMS = ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'];
const SIGNING_ALGORITHMS = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
  'ECDSA_SHA_256',
  'ECDSA_SHA_384',
  'ECDSA_SHA_512',
];
// RSAES_PKCS1_V1_5 wrapping ended on 10 October 2023 (docs/kms-facts.md); the SM2 one is China Regions only.
const WRAPPING_ALGORITHMS = ['RSAES_OAEP_SHA_256', 'RSAES_OAEP_SHA_1', 'RSA_AES_KEY_WRAP_SHA_256', 'RSA_AES_KEY_WRAP_SHA_1'];
const MAC_ALGORITHMS = ['HMAC_SHA_224', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512'];
const CIPHERTEXT_FIELDS = ['CiphertextBlob'];
/** A grant can be used at once, before it reaches every KMS host, by passing its token. */
const GRANT_TOKENS: FieldSpec = { kind: 'text', name: 'GrantTokens', label: 'Grant tokens (optional)', optional: true, list: true };

// Exactly one of KeySpec and NumberOfBytes is allowed; the form lets the learner try both and see why.
const DATA_KEY_FIELDS: FieldSpec[] = [
  { kind: 'key', name: 'KeyId', label: 'Key' },
  { kind: 'select', name: 'KeySpec', label: 'Data key spec', options: ['AES_256', 'AES_128'], optional: true },
  { kind: 'number', name: 'NumberOfBytes', label: 'Or number of bytes (1 to 1,024)', min: 1, max: 1024, optional: true },
  { kind: 'context', name: 'EncryptionContext', label: 'Encryption context' },
  GRANT_TOKENS,
];

const DATA_KEY_PAIR_FIELDS: FieldSpec[] = [
  { kind: 'key', name: 'KeyId', label: 'Symmetric key that protects the private key' },
  {
    kind: 'select',
    name: 'KeyPairSpec',
    label: 'Key pair spec',
    options: ['RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1'],
  },
  { kind: 'context', name: 'EncryptionContext', label: 'Encryption context' },
];

// Message, type and algorithm are shared by Sign and Verify.
const SIGN_FIELDS = (extra: FieldSpec[]): FieldSpec[] => [
  { kind: 'key', name: 'KeyId', label: 'Signing key' },
  { kind: 'bytes', name: 'Message', label: 'Message', defaultEncoding: 'text' },
  { kind: 'select', name: 'MessageType', label: 'Message type', options: ['RAW', 'DIGEST'], optional: true },
  ...extra,
  { kind: 'select', name: 'SigningAlgorithm', label: 'Signing algorithm', options: SIGNING_ALGORITHMS },
];

export const OPERATION_FORMS: OperationForm[] = [
  {
    operation: 'Encrypt',
    summary: 'Encrypts up to 4,096 bytes under a KMS key. The key never leaves KMS; you get back a ciphertext blob.',
    fields: [
      { kind: 'key', name: 'KeyId', label: 'Key (id, ARN or alias)' },
      { kind: 'bytes', name: 'Plaintext', label: 'Plaintext', defaultEncoding: 'text' },
      { kind: 'context', name: 'EncryptionContext', label: 'Encryption context' },
      { kind: 'select', name: 'EncryptionAlgorithm', label: 'Encryption algorithm', options: ENCRYPTION_ALGORITHMS, optional: true },
      GRANT_TOKENS,
    ],
  },
  {
    operation: 'Decrypt',
    summary: 'Decrypts a ciphertext blob. For symmetric keys no key id is needed: the blob says which key and material version made it.',
    fields: [
      { kind: 'bytes', name: 'CiphertextBlob', label: 'Ciphertext blob', defaultEncoding: 'base64', reuse: CIPHERTEXT_FIELDS },
      { kind: 'context', name: 'EncryptionContext', label: 'Encryption context' },
      { kind: 'key', name: 'KeyId', label: 'Key (optional for symmetric, required for RSA)', optional: true },
      { kind: 'select', name: 'EncryptionAlgorithm', label: 'Encryption algorithm', options: ENCRYPTION_ALGORITHMS, optional: true },
      GRANT_TOKENS,
    ],
  },
  {
    operation: 'ReEncrypt',
    summary: 'Decrypts and re-encrypts under another key inside KMS, so the plaintext never leaves it.',
    fields: [
      { kind: 'bytes', name: 'CiphertextBlob', label: 'Ciphertext blob', defaultEncoding: 'base64', reuse: CIPHERTEXT_FIELDS },
      { kind: 'context', name: 'SourceEncryptionContext', label: 'Source encryption context' },
      { kind: 'key', name: 'DestinationKeyId', label: 'Destination key' },
      { kind: 'context', name: 'DestinationEncryptionContext', label: 'Destination encryption context' },
    ],
  },
  {
    operation: 'GenerateDataKey',
    summary: 'Returns a data key twice: in plaintext (use it, then discard it) and encrypted under the KMS key (store it with the data).',
    fields: DATA_KEY_FIELDS,
  },
  {
    operation: 'GenerateDataKeyWithoutPlaintext',
    summary: 'Returns only the encrypted data key, for a component that stores it now and asks KMS to decrypt it later.',
    fields: DATA_KEY_FIELDS,
  },
  {
    operation: 'GenerateDataKeyPair',
    summary:
      'Returns an asymmetric data key pair: the public key, the private key in plaintext, and the private key encrypted under the KMS key.',
    fields: DATA_KEY_PAIR_FIELDS,
  },
  {
    operation: 'GenerateDataKeyPairWithoutPlaintext',
    summary: 'Like GenerateDataKeyPair, without the plaintext private key.',
    fields: DATA_KEY_PAIR_FIELDS,
  },
  {
    operation: 'GenerateRandom',
    summary: 'Random bytes from KMS, not tied to any key.',
    fields: [{ kind: 'number', name: 'NumberOfBytes', label: 'Number of bytes (1 to 1,024)', min: 1, max: 1024 }],
  },
  {
    operation: 'Sign',
    summary: 'Signs a message (up to 4,096 bytes) or a digest with the private key of an asymmetric SIGN_VERIFY key.',
    fields: SIGN_FIELDS([]),
  },
  {
    operation: 'Verify',
    summary: 'Checks a signature inside KMS. You could also verify outside KMS with the public key from GetPublicKey.',
    fields: SIGN_FIELDS([{ kind: 'bytes', name: 'Signature', label: 'Signature', defaultEncoding: 'base64', reuse: ['Signature'] }]),
  },
  {
    operation: 'GetPublicKey',
    summary: 'Downloads the public key of an asymmetric key (DER-encoded SubjectPublicKeyInfo). The private key never leaves KMS.',
    fields: [{ kind: 'key', name: 'KeyId', label: 'Asymmetric key' }],
  },
  {
    operation: 'GenerateMac',
    summary: 'Computes an HMAC of a message (up to 4,096 bytes) with an HMAC key.',
    fields: [
      { kind: 'key', name: 'KeyId', label: 'HMAC key' },
      { kind: 'bytes', name: 'Message', label: 'Message', defaultEncoding: 'text' },
      { kind: 'select', name: 'MacAlgorithm', label: 'MAC algorithm', options: MAC_ALGORITHMS },
    ],
  },
  {
    operation: 'VerifyMac',
    summary: 'Checks an HMAC inside KMS.',
    fields: [
      { kind: 'key', name: 'KeyId', label: 'HMAC key' },
      { kind: 'bytes', name: 'Message', label: 'Message', defaultEncoding: 'text' },
      { kind: 'bytes', name: 'Mac', label: 'MAC', defaultEncoding: 'base64', reuse: ['Mac'] },
      { kind: 'select', name: 'MacAlgorithm', label: 'MAC algorithm', options: MAC_ALGORITHMS },
    ],
  },
  {
    operation: 'UpdateAlias',
    summary: 'Points an existing alias at another key of the same type in one step, so applications that use the alias follow at once.',
    fields: [
      { kind: 'text', name: 'AliasName', label: 'Alias name (alias/…)' },
      { kind: 'key', name: 'TargetKeyId', label: 'New target key (id or ARN)' },
    ],
  },
  {
    operation: 'GetParametersForImport',
    summary:
      'For a key with Origin EXTERNAL: a wrapping public key and an import token, valid 24 hours. Wrap your key material with the public key outside KMS.',
    fields: [
      { kind: 'key', name: 'KeyId', label: 'Key (key ID or ARN, not an alias)' },
      { kind: 'select', name: 'WrappingAlgorithm', label: 'Wrapping algorithm', options: WRAPPING_ALGORITHMS },
      { kind: 'select', name: 'WrappingKeySpec', label: 'Wrapping key spec', options: ['RSA_2048', 'RSA_3072', 'RSA_4096'] },
    ],
  },
  {
    operation: 'ImportKeyMaterial',
    summary:
      'Imports key material wrapped with the public key from GetParametersForImport. KEY_MATERIAL_EXPIRES (the default) needs ValidTo, at most 365 days ahead on the simulated clock; KEY_MATERIAL_DOES_NOT_EXPIRE takes none. A key page offers the whole flow, wrapping included.',
    fields: [
      { kind: 'key', name: 'KeyId', label: 'Key (key ID or ARN, not an alias)' },
      { kind: 'bytes', name: 'ImportToken', label: 'Import token', defaultEncoding: 'base64', reuse: ['ImportToken'] },
      { kind: 'bytes', name: 'EncryptedKeyMaterial', label: 'Encrypted key material', defaultEncoding: 'base64' },
      {
        kind: 'select',
        name: 'ExpirationModel',
        label: 'Expiration model',
        options: ['KEY_MATERIAL_DOES_NOT_EXPIRE', 'KEY_MATERIAL_EXPIRES'],
        optional: true,
      },
      { kind: 'datetime', name: 'ValidTo', label: 'ValidTo (UTC; with KEY_MATERIAL_EXPIRES)', optional: true },
    ],
  },
  {
    operation: 'RetireGrant',
    summary: 'Ends a grant when its work is done: give its grant token, or the key and the grant id.',
    fields: [
      { kind: 'text', name: 'GrantToken', label: 'Grant token', optional: true },
      { kind: 'key', name: 'KeyId', label: 'Or the key (id or ARN)', optional: true },
      { kind: 'text', name: 'GrantId', label: 'and the grant id', optional: true },
    ],
  },
];
