/** Helpers shared by operation implementations: validation, key metadata, pagination, algorithm lists. */
import type { Engine } from '../engine';
import { errors, validationError } from '../errors';
import type { KeyRecord, SupportedKeySpec } from '../model';

/** API Reference URL of an operation. */
export const apiDoc = (op: string) => `https://docs.aws.amazon.com/kms/latest/APIReference/API_${op}.html`;

/** camelCase field name as AWS writes it in validation messages (`Plaintext` -> `plaintext`). */
const fieldName = (member: string) => member.charAt(0).toLowerCase() + member.slice(1);

/** Throws ValidationException ("Member must not be null") when a required member is missing. */
export function requireMember(input: Record<string, unknown>, member: string): void {
  const v = input[member];
  if (v === undefined || v === null) throw validationError(fieldName(member), 'Member must not be null', null);
}

/** Length constraint on a string or blob member (when present). */
export function checkLength(input: Record<string, unknown>, member: string, min: number, max: number): void {
  const v = input[member];
  if (v === undefined || v === null) return;
  if (typeof v !== 'string' && !(v instanceof Uint8Array)) throw errors.serialization(`'${member}' has the wrong type.`);
  const len = v.length;
  if (len < min) throw validationError(fieldName(member), `Member must have length greater than or equal to ${min}`);
  if (len > max) throw validationError(fieldName(member), `Member must have length less than or equal to ${max}`);
}

/** Range constraint on an integer member (when present). */
export function checkRange(input: Record<string, unknown>, member: string, min: number, max: number): void {
  const v = input[member];
  if (v === undefined || v === null) return;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw errors.serialization(`'${member}' must be an integer.`);
  if (v < min) throw validationError(fieldName(member), `Member must have value greater than or equal to ${min}`, v);
  if (v > max) throw validationError(fieldName(member), `Member must have value less than or equal to ${max}`, v);
}

/** Enum constraint (when present). */
export function checkEnum(input: Record<string, unknown>, member: string, allowed: readonly string[]): void {
  const v = input[member];
  if (v === undefined || v === null) return;
  if (typeof v !== 'string' || !allowed.includes(v))
    throw validationError(
      fieldName(member),
      `Member must satisfy enum value set: [${allowed.join(', ')}]`,
      typeof v === 'string' ? v : JSON.stringify(v),
    );
}

/** GrantTokens: 0–10 tokens. */
export function checkGrantTokens(input: Record<string, unknown>): void {
  const t = input.GrantTokens;
  if (t === undefined) return;
  if (!Array.isArray(t)) throw errors.serialization("'GrantTokens' must be a list of strings.");
  if (t.length > 10) throw validationError('grantTokens', 'Member must have length less than or equal to 10');
}

/** Encryption algorithms per key spec. */
export function encryptionAlgorithms(key: KeyRecord): string[] | undefined {
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') return undefined;
  return key.keySpec === 'SYMMETRIC_DEFAULT' ? ['SYMMETRIC_DEFAULT'] : ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'];
}

/** Signing algorithms per key spec (docs/kms-facts.md §2.1). */
export function signingAlgorithms(spec: SupportedKeySpec): string[] {
  switch (spec) {
    case 'RSA_2048':
    case 'RSA_3072':
    case 'RSA_4096':
      return [
        'RSASSA_PSS_SHA_256',
        'RSASSA_PSS_SHA_384',
        'RSASSA_PSS_SHA_512',
        'RSASSA_PKCS1_V1_5_SHA_256',
        'RSASSA_PKCS1_V1_5_SHA_384',
        'RSASSA_PKCS1_V1_5_SHA_512',
      ];
    case 'ECC_NIST_P256':
    case 'ECC_SECG_P256K1':
      return ['ECDSA_SHA_256'];
    case 'ECC_NIST_P384':
      return ['ECDSA_SHA_384'];
    case 'ECC_NIST_P521':
      return ['ECDSA_SHA_512'];
    default:
      return [];
  }
}

/** MAC algorithm of an HMAC key spec. */
export const macAlgorithm = (spec: SupportedKeySpec) => `HMAC_SHA_${spec.slice(5)}`;

/** The KeyMetadata structure (DescribeKey, CreateKey, ReplicateKey). */
export function keyMetadata(engine: Engine, key: KeyRecord): Record<string, unknown> {
  const md: Record<string, unknown> = {
    AWSAccountId: key.accountId,
    KeyId: key.keyId,
    Arn: key.arn,
    CreationDate: new Date(key.creationDate),
    Enabled: key.state === 'Enabled',
    Description: key.description,
    KeyUsage: key.keyUsage,
    KeyState: key.state,
    Origin: key.origin,
    KeyManager: key.keyManager,
    CustomerMasterKeySpec: key.keySpec,
    KeySpec: key.keySpec,
    MultiRegion: key.multiRegion,
  };
  if (key.state === 'PendingDeletion' && key.deletionDate !== undefined) md.DeletionDate = new Date(key.deletionDate);
  if (key.state === 'PendingReplicaDeletion') md.PendingDeletionWindowInDays = key.pendingWindowInDays;
  const enc = encryptionAlgorithms(key);
  if (enc) md.EncryptionAlgorithms = enc;
  if (key.keyUsage === 'SIGN_VERIFY') md.SigningAlgorithms = signingAlgorithms(key.keySpec);
  if (key.keyUsage === 'GENERATE_VERIFY_MAC') md.MacAlgorithms = [macAlgorithm(key.keySpec)];
  if (key.keySpec === 'SYMMETRIC_DEFAULT' && key.materials.length) md.CurrentKeyMaterialId = key.materials.at(-1)!.id;
  if (key.multiRegion) {
    const family = engine.relatedKeys(key.accountId, key.keyId);
    const primary = family.find((k) => k.multiRegionRole === 'PRIMARY');
    md.MultiRegionConfiguration = {
      MultiRegionKeyType: key.multiRegionRole,
      PrimaryKey: primary ? { Arn: primary.arn, Region: primary.region } : undefined,
      ReplicaKeys: family.filter((k) => k.multiRegionRole === 'REPLICA').map((k) => ({ Arn: k.arn, Region: k.region })),
    };
  }
  return md;
}

/**
 * Limit/Marker pagination. The marker is opaque to callers (base64 of the next index, like AWS's
 * opaque markers); a marker this simulator did not issue gives InvalidMarkerException.
 */
export function paginate<T>(
  items: T[],
  input: Record<string, unknown>,
  defaultLimit: number,
): { page: T[]; Truncated: boolean; NextMarker?: string } {
  const limit = (input.Limit as number | undefined) ?? defaultLimit;
  let start = 0;
  if (input.Marker !== undefined) {
    const m = /^kmslab:(\d+)$/.exec(typeof input.Marker === 'string' ? safeAtob(input.Marker) : '');
    if (!m) throw errors.invalidMarker();
    start = Number(m[1]);
  }
  const page = items.slice(start, start + limit);
  const truncated = start + limit < items.length;
  return truncated ? { page, Truncated: true, NextMarker: btoa(`kmslab:${start + limit}`) } : { page, Truncated: false };
}

function safeAtob(s: string): string {
  try {
    return atob(s);
  } catch {
    return '';
  }
}

/** Days to ms. */
export const days = (n: number) => n * 86_400_000;
