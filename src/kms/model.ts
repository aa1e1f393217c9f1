/**
 * The simulator's internal records. They are plain structured-cloneable objects (CryptoKeys included)
 * so the IndexedDB store can persist them as they are.
 */

/** Key states (https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html). Creating/Updating are instantaneous here. */
export type KeyState = 'Enabled' | 'Disabled' | 'PendingDeletion' | 'PendingReplicaDeletion' | 'PendingImport';

/** Key specs the simulator can create (WebCrypto-backed; ECC_SECG_P256K1 with @noble/curves). */
export type SupportedKeySpec =
  | 'SYMMETRIC_DEFAULT'
  | 'RSA_2048'
  | 'RSA_3072'
  | 'RSA_4096'
  | 'ECC_NIST_P256'
  | 'ECC_NIST_P384'
  | 'ECC_NIST_P521'
  | 'ECC_SECG_P256K1'
  | 'HMAC_224'
  | 'HMAC_256'
  | 'HMAC_384'
  | 'HMAC_512';

/** Key usages (NIST SP 800-57: one usage per key). */
export type KeyUsage = 'ENCRYPT_DECRYPT' | 'SIGN_VERIFY' | 'GENERATE_VERIFY_MAC';

/** One version of a symmetric key's material (an HSM backing key in AWS terms). */
export interface SymmetricMaterial {
  /** 64 lowercase hex characters, as AWS's KeyMaterialId. */
  id: string;
  /** Non-extractable AES-256-GCM key. */
  key: CryptoKey;
  /** Epoch ms when this material was created. */
  createdAt: number;
}

/** Asymmetric key pair material: non-extractable private keys per WebCrypto algorithm, public key bytes. */
export interface AsymmetricMaterial {
  /** DER SubjectPublicKeyInfo, as GetPublicKey returns it. */
  publicKeySpki: Uint8Array;
  /**
   * Non-extractable private (and public) CryptoKeys, one per algorithm name such as `RSASSA_PSS_SHA_256`.
   * Empty for ECC_SECG_P256K1, a curve WebCrypto lacks.
   */
  keys: Record<string, CryptoKey>;
  /**
   * Private key as JWK, AES-GCM-encrypted under the simulator's domain key (like AWS's exported key token).
   * Only unwrapped in memory for operations WebCrypto cannot do directly (signing a pre-computed DIGEST,
   * any signature with ECC_SECG_P256K1).
   */
  wrappedPrivateJwk: Uint8Array;
}

/** One entry of ListKeyRotations. */
export interface RotationRecord {
  keyMaterialId: string;
  rotationDate: number;
  rotationType: 'AUTOMATIC' | 'ON_DEMAND';
}

/** Tag on a key. */
export interface Tag {
  TagKey: string;
  TagValue: string;
}

/** A KMS key in one account and Region (a multi-Region replica is its own record in its own Region). */
export interface KeyRecord {
  accountId: string;
  region: string;
  keyId: string;
  arn: string;
  creationDate: number;
  description: string;
  keyUsage: KeyUsage;
  keySpec: SupportedKeySpec;
  keyManager: 'CUSTOMER' | 'AWS';
  origin: 'AWS_KMS';
  state: KeyState;
  /** Epoch ms; set while PendingDeletion. */
  deletionDate?: number;
  /** Days asked for in ScheduleKeyDeletion (kept while PendingReplicaDeletion). */
  pendingWindowInDays?: number;
  multiRegion: boolean;
  /** For multi-Region keys: this record's role. */
  multiRegionRole?: 'PRIMARY' | 'REPLICA';
  /** The key policy document (JSON text). Evaluation belongs to src/kms/access. */
  policy: string;
  /**
   * The unique IDs (AIDA..., AROA...) of the users and roles the policy named when it was saved, by
   * ARN. As in AWS, the policy stays bound to those principals: a user or role deleted and created
   * again with the same name is a new principal the policy does not name. Absent on keys saved
   * before the simulator recorded it (their ARNs then match by name).
   */
  policyPrincipalIds?: Record<string, string>;
  tags: Tag[];
  /** Automatic rotation (symmetric customer managed keys; always on for AWS managed keys). */
  rotationEnabled: boolean;
  rotationPeriodInDays?: number;
  /** Epoch ms of the next automatic rotation, when enabled. */
  nextRotationDate?: number;
  /** Epoch ms of the most recent on-demand rotation. */
  onDemandRotationStartDate?: number;
  rotations: RotationRecord[];
  /** Symmetric material versions, oldest first; the last is current. */
  materials: SymmetricMaterial[];
  asymmetric?: AsymmetricMaterial;
  /** HMAC material: non-extractable key, or wrapped bytes for HMAC_224 (no SHA-224 in WebCrypto). */
  hmac?: { key?: CryptoKey; wrapped?: Uint8Array };
  /** Service name for AWS managed keys (`s3`, `ebs`, ...). */
  awsService?: string;
}

/** An alias in one account and Region. */
export interface AliasRecord {
  accountId: string;
  region: string;
  aliasName: string;
  targetKeyId: string;
  creationDate: number;
  lastUpdatedDate: number;
}
