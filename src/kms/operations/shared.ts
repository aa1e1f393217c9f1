/** Helpers shared by operation implementations: validation, key metadata, pagination, algorithm lists. */
import type {
  EncryptionAlgorithmSpec,
  KeyMetadata,
  MacAlgorithmSpec,
  MultiRegionConfiguration,
  SigningAlgorithmSpec,
} from '@aws-sdk/client-kms';
import type { Engine } from '../engine';
import { errors, validationError } from '../errors';
import { importedKeyMetadata } from '../imported/imported-state';
import type { KeyRecord, SupportedKeySpec } from '../model';

/** API Reference URL of an operation. */
export const apiDoc = (op: string) => `https://docs.aws.amazon.com/kms/latest/APIReference/API_${op}.html`;

/** camelCase field name as AWS writes it in validation messages (`Plaintext` -> `plaintext`). */
const fieldName = (member: string) => member.charAt(0).toLowerCase() + member.slice(1);

/** The names of an input's members (validators take them, so a misspelt member is a type error). */
type Member<I> = keyof I & string;

/** Reads a member of an input as the wire delivered it (its declared type is not yet established). */
function memberOf<I extends object>(input: I, member: Member<I>): unknown {
  return input[member];
}

/** Throws ValidationException ("Member must not be null") when a required member is missing. */
export function requireMember<I extends object>(input: I, member: Member<I>): void {
  const v = memberOf(input, member);
  if (v === undefined || v === null) throw validationError(fieldName(member), 'Member must not be null', null);
}

/** Length constraint on a string or blob member (when present). */
export function checkLength<I extends object>(input: I, member: Member<I>, min: number, max: number): void {
  const v = memberOf(input, member);
  if (v === undefined || v === null) return;
  if (typeof v !== 'string' && !(v instanceof Uint8Array)) throw errors.serialization(`'${member}' has the wrong type.`);
  const len = v.length;
  if (len < min) throw validationError(fieldName(member), `Member must have length greater than or equal to ${min}`);
  if (len > max) throw validationError(fieldName(member), `Member must have length less than or equal to ${max}`);
}

/** Range constraint on an integer member (when present). */
export function checkRange<I extends object>(input: I, member: Member<I>, min: number, max: number): void {
  const v = memberOf(input, member);
  if (v === undefined || v === null) return;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw errors.serialization(`'${member}' must be an integer.`);
  if (v < min) throw validationError(fieldName(member), `Member must have value greater than or equal to ${min}`, v);
  if (v > max) throw validationError(fieldName(member), `Member must have value less than or equal to ${max}`, v);
}

/** Enum constraint (when present). */
export function checkEnum<I extends object>(input: I, member: Member<I>, allowed: readonly string[]): void {
  const v = memberOf(input, member);
  if (v === undefined || v === null) return;
  if (typeof v !== 'string' || !allowed.includes(v))
    throw validationError(
      fieldName(member),
      `Member must satisfy enum value set: [${allowed.join(', ')}]`,
      typeof v === 'string' ? v : JSON.stringify(v),
    );
}

/** GrantTokens: 0–10 tokens. */
export function checkGrantTokens(input: { GrantTokens?: string[] | undefined }): void {
  const t: unknown = input.GrantTokens;
  if (t === undefined) return;
  if (!Array.isArray(t)) throw errors.serialization("'GrantTokens' must be a list of strings.");
  if (t.length > 10) throw validationError('grantTokens', 'Member must have length less than or equal to 10');
}

/** Encryption algorithms per key spec. */
export function encryptionAlgorithms(key: KeyRecord): EncryptionAlgorithmSpec[] | undefined {
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') return undefined;
  return key.keySpec === 'SYMMETRIC_DEFAULT' ? ['SYMMETRIC_DEFAULT'] : ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'];
}

/** Signing algorithms per key spec (docs/kms-facts.md §2.1). */
export function signingAlgorithms(spec: SupportedKeySpec): SigningAlgorithmSpec[] {
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
export const macAlgorithm = (spec: SupportedKeySpec) => `HMAC_SHA_${spec.slice(5)}` as MacAlgorithmSpec;

function multiRegionConfiguration(engine: Engine, key: KeyRecord): MultiRegionConfiguration {
  const family = engine.relatedKeys(key.accountId, key.keyId);
  const primary = family.find((k) => k.multiRegionRole === 'PRIMARY');
  return {
    MultiRegionKeyType: key.multiRegionRole,
    PrimaryKey: primary ? { Arn: primary.arn, Region: primary.region } : undefined,
    ReplicaKeys: family.filter((k) => k.multiRegionRole === 'REPLICA').map((k) => ({ Arn: k.arn, Region: k.region })),
  };
}

/** The KeyMetadata structure (DescribeKey, CreateKey, ReplicateKey). */
export function keyMetadata(engine: Engine, key: KeyRecord): KeyMetadata {
  const md: KeyMetadata = {
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
  if (key.origin === 'EXTERNAL') {
    const imported = importedKeyMetadata(key);
    if (imported.validTo !== undefined) md.ValidTo = new Date(imported.validTo);
    if (imported.expirationModel) md.ExpirationModel = imported.expirationModel;
    if (imported.currentKeyMaterialId) md.CurrentKeyMaterialId = imported.currentKeyMaterialId;
  } else {
    const current = key.materials.at(-1);
    if (key.keySpec === 'SYMMETRIC_DEFAULT' && current) md.CurrentKeyMaterialId = current.id;
  }
  if (key.multiRegion) md.MultiRegionConfiguration = multiRegionConfiguration(engine, key);
  return md;
}

/** The paging members of a List* request. */
interface PageRequest {
  Limit?: number | undefined;
  Marker?: string | undefined;
}

/**
 * Limit/Marker pagination. The marker is opaque to callers (base64 of the next index, like AWS's
 * opaque markers); a marker this simulator did not issue gives InvalidMarkerException.
 */
export function paginate<T>(items: T[], input: PageRequest, defaultLimit: number): { page: T[]; Truncated: boolean; NextMarker?: string } {
  const limit = input.Limit ?? defaultLimit;
  let start = 0;
  if (input.Marker !== undefined) {
    const marker: unknown = input.Marker;
    const m = /^kmslab:(\d+)$/.exec(typeof marker === 'string' ? safeAtob(marker) : '');
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
