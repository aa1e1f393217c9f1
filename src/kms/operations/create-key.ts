import { errors, validationError } from '../errors';
import { buildKey } from '../key-factory';
import type { KeyUsage, SupportedKeySpec } from '../model';
import { defaultKeyPolicy } from '../policies';
import { apiDoc, checkEnum, checkLength, keyMetadata } from './shared';
import type { OperationDefinition } from './types';
import { validatePolicyDocument, validateTags } from './validate-common';

/** Every KeySpec AWS defines (API-CreateKey). */
export const ALL_KEY_SPECS = [
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'SYMMETRIC_DEFAULT',
  'HMAC_224',
  'HMAC_256',
  'HMAC_384',
  'HMAC_512',
  'SM2',
  'ML_DSA_44',
  'ML_DSA_65',
  'ML_DSA_87',
  'ECC_NIST_EDWARDS25519',
] as const;

/** Why a spec AWS has cannot be simulated here. */
const UNSUPPORTED_SPECS: Record<string, string> = {
  SM2: 'SM2 exists only in the AWS China Regions and WebCrypto has no SM2. Use ECC_NIST_P256 or RSA_2048.',
  ML_DSA_44: 'WebCrypto has no ML-DSA (post-quantum) signatures yet. Use ECC_NIST_P256 or RSA_2048.',
  ML_DSA_65: 'WebCrypto has no ML-DSA (post-quantum) signatures yet. Use ECC_NIST_P256 or RSA_2048.',
  ML_DSA_87: 'WebCrypto has no ML-DSA (post-quantum) signatures yet. Use ECC_NIST_P256 or RSA_2048.',
  ECC_NIST_EDWARDS25519: 'Ed25519 KMS keys are not simulated in KMS Lab. Use ECC_NIST_P256 to practise signing.',
};

/** Key usages each supported spec allows (docs/kms-facts.md §2.1). */
const USAGES: Record<SupportedKeySpec, KeyUsage[]> = {
  SYMMETRIC_DEFAULT: ['ENCRYPT_DECRYPT'],
  RSA_2048: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_3072: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_4096: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  ECC_NIST_P256: ['SIGN_VERIFY'],
  ECC_NIST_P384: ['SIGN_VERIFY'],
  ECC_NIST_P521: ['SIGN_VERIFY'],
  ECC_SECG_P256K1: ['SIGN_VERIFY'],
  HMAC_224: ['GENERATE_VERIFY_MAC'],
  HMAC_256: ['GENERATE_VERIFY_MAC'],
  HMAC_384: ['GENERATE_VERIFY_MAC'],
  HMAC_512: ['GENERATE_VERIFY_MAC'],
};

/** Throws UnsupportedOperationException with a clear reason for key specs WebCrypto cannot do. */
export function assertSupportedSpec(spec: string): asserts spec is SupportedKeySpec {
  const why = UNSUPPORTED_SPECS[spec];
  if (why) throw errors.unsupported(`KeySpec ${spec} is not supported in KMS Lab: ${why}`);
}

type Input = {
  Policy?: string;
  Description?: string;
  KeyUsage?: string;
  KeySpec?: string;
  CustomerMasterKeySpec?: string;
  Origin?: string;
  Tags?: unknown;
  MultiRegion?: boolean;
  BypassPolicyLockoutSafetyCheck?: boolean;
  CustomKeyStoreId?: string;
};

/** CreateKey: a new customer managed key in the caller's account and the request's Region. */
export const createKey: OperationDefinition<Input> = {
  name: 'CreateKey',
  docUrl: apiDoc('CreateKey'),
  description: 'Creates a KMS key: symmetric (AES-256-GCM), RSA or ECC key pair, or HMAC key. You never see its key material.',
  action: 'kms:CreateKey',
  target: { kind: 'none' },
  mutates: true,
  validate(input) {
    const i = input as Record<string, unknown>;
    checkLength(i, 'Description', 0, 8192);
    checkLength(i, 'Policy', 1, 131072);
    checkEnum(i, 'KeySpec', ALL_KEY_SPECS);
    checkEnum(i, 'CustomerMasterKeySpec', ALL_KEY_SPECS);
    checkEnum(i, 'KeyUsage', ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT']);
    checkEnum(i, 'Origin', ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE']);
    if (input.KeySpec && input.CustomerMasterKeySpec && input.KeySpec !== input.CustomerMasterKeySpec)
      throw errors.validation(
        'KeySpec and CustomerMasterKeySpec are the same parameter (CustomerMasterKeySpec is deprecated). Give only KeySpec.',
      );
  },
  async run(ctx) {
    const input = ctx.input;
    const spec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
    assertSupportedSpec(spec);
    if (input.Origin && input.Origin !== 'AWS_KMS')
      throw errors.unsupported(
        `Origin ${input.Origin} is not simulated in KMS Lab: keys are created with KMS-generated material (AWS_KMS).`,
      );
    if (input.CustomKeyStoreId) throw errors.unsupported('Custom key stores (CloudHSM, external) are not simulated in KMS Lab.');
    const usage = (input.KeyUsage ?? 'ENCRYPT_DECRYPT') as KeyUsage | 'KEY_AGREEMENT';
    if (usage === 'KEY_AGREEMENT') throw errors.unsupported('KEY_AGREEMENT keys (DeriveSharedSecret) are not simulated in KMS Lab.');
    if (!USAGES[spec].includes(usage)) {
      throw validationError(
        'keyUsage',
        `KeyUsage ${usage} is not compatible with KeySpec ${spec}. Valid key usages for ${spec}: ${USAGES[spec].join(', ')}`,
        usage,
      );
    }
    const tags = validateTags(input.Tags);
    let policy = defaultKeyPolicy(ctx.accountId);
    let principalIds: Record<string, string> | undefined;
    if (input.Policy !== undefined) {
      policy = validatePolicyDocument(input.Policy);
      principalIds = ctx.engine.access?.validatePolicy?.({
        policy,
        principal: ctx.principal,
        accountId: ctx.accountId,
        bypassLockoutCheck: !!input.BypassPolicyLockoutSafetyCheck,
        region: ctx.region,
      });
    }
    const key = await buildKey(ctx.engine, {
      accountId: ctx.accountId,
      region: ctx.region,
      keySpec: spec,
      keyUsage: usage,
      description: input.Description ?? '',
      policy,
      tags,
      multiRegion: !!input.MultiRegion,
      keyManager: 'CUSTOMER',
      now: ctx.now,
    });
    if (principalIds) key.policyPrincipalIds = principalIds;
    ctx.engine.saveKey(key);
    return { KeyMetadata: keyMetadata(ctx.engine, key) };
  },
};
