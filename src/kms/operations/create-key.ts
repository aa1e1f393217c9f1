import { errors } from '../errors';
import { buildKey } from '../key-factory';
import type { KeyUsage, SupportedKeySpec } from '../model';
import { defaultKeyPolicy } from '../policies';
import { apiDoc, checkEnum, checkLength, keyMetadata } from './shared';
import { defineAccountOperation } from './types';
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

/** Why a spec AWS has cannot be simulated here (KMS Lab's limits, not AWS's: AWS would create these keys). */
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
  if (why) throw errors.unsupported(`KMS Lab does not simulate KeySpec ${spec}.`).explained(why);
}

/** The key usages a spec allows, for explanations ("ENCRYPT_DECRYPT or SIGN_VERIFY"). */
function usagesOf(spec: string): string {
  const usages: readonly string[] | undefined = USAGES[spec as SupportedKeySpec];
  return usages ? usages.join(' or ') : 'see the key spec table';
}

/** True when a key spec can have this key usage. */
function fitsSpec(spec: SupportedKeySpec, usage: string): usage is KeyUsage {
  return (USAGES[spec] as readonly string[]).includes(usage);
}

/** CreateKey: a new customer managed key in the caller's account and the request's Region. */
export const createKey = defineAccountOperation({
  name: 'CreateKey',
  docUrl: apiDoc('CreateKey'),
  description:
    'Creates a KMS key: symmetric (AES-256-GCM), RSA or ECC key pair, or HMAC key. With Origin EXTERNAL it has no key material until you import yours.',
  action: 'kms:CreateKey',
  required: [],
  mutates: true,
  validate(input) {
    checkLength(input, 'Description', 0, 8192);
    checkLength(input, 'Policy', 1, 131072);
    checkEnum(input, 'KeySpec', ALL_KEY_SPECS);
    checkEnum(input, 'CustomerMasterKeySpec', ALL_KEY_SPECS);
    checkEnum(input, 'KeyUsage', ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT']);
    checkEnum(input, 'Origin', ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE']);
    // AWS's message as other KMS emulators reproduce it (nsmithuk/local-kms); the rule is the API Reference's.
    if (input.KeySpec !== undefined && input.CustomerMasterKeySpec !== undefined)
      throw errors
        .validation('You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.')
        .explained('KeySpec replaced CustomerMasterKeySpec; the two mean the same. Send only KeySpec.');
    // AWS's recorded message (LocalStack's AWS-validated snapshot test_hmac_create_key_invalid_operations, 2023).
    const spec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
    if (input.KeyUsage === undefined && spec !== 'SYMMETRIC_DEFAULT')
      throw errors
        .validation('You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.')
        .explained(`A ${spec} key can be made for more than one job, or its one job must be named: add KeyUsage (${usagesOf(spec)}).`);
  },
  async run(ctx) {
    const input = ctx.input;
    const spec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
    assertSupportedSpec(spec);
    const origin = input.Origin ?? 'AWS_KMS';
    if ((origin !== 'AWS_KMS' && origin !== 'EXTERNAL') || input.CustomKeyStoreId)
      throw errors
        .unsupported('KMS Lab does not simulate custom key stores.')
        .explained(
          'Keys in an AWS CloudHSM key store (Origin AWS_CLOUDHSM) need a CloudHSM cluster, and keys in an external key store (EXTERNAL_KEY_STORE, XKS) an external key manager behind an XKS proxy; neither can run in a browser.',
        );
    const usage = input.KeyUsage ?? 'ENCRYPT_DECRYPT';
    if (usage === 'KEY_AGREEMENT')
      throw errors
        .unsupported('KMS Lab does not simulate KeyUsage KEY_AGREEMENT.')
        .explained('KEY_AGREEMENT keys (ECDH through DeriveSharedSecret) exist in AWS; KMS Lab does not simulate them.');
    // AWS's message is not published; LocalStack words it so. The valid usages are in the explanation.
    if (!fitsSpec(spec, usage))
      throw errors
        .validation(`KeyUsage ${usage} is not compatible with KeySpec ${spec}`)
        .explained(`A ${spec} key can have the key usage ${usagesOf(spec)}.`);
    const tags = validateTags(input.Tags);
    let policy = defaultKeyPolicy(ctx.accountId);
    let principalIds: Record<string, string> | undefined;
    if (input.Policy !== undefined) {
      policy = validatePolicyDocument(input.Policy);
      principalIds = ctx.validatePolicy({
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
      origin,
      now: ctx.now,
    });
    if (principalIds) key.policyPrincipalIds = principalIds;
    ctx.engine.saveKey(key);
    return { KeyMetadata: keyMetadata(ctx.engine, key) };
  },
});
