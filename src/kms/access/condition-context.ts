/**
 * Builds the request context: the condition keys (lower-cased) and their values for one permission
 * check. Which keys KMS sets comes from the KMS condition key reference:
 * https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html and the global keys from
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
import type { Principal } from '../principal';

/** The key facts conditions can see. Structural so tests and the core can pass their own records. */
export interface ConditionKeyFacts {
  arn: string;
  accountId: string;
  keySpec: string;
  keyUsage: string;
  origin: string;
  keyManager: string;
  multiRegion: boolean;
  multiRegionRole?: 'PRIMARY' | 'REPLICA' | undefined;
  tags?: Array<{ TagKey: string; TagValue: string }>;
}

/** Inputs for {@link buildConditionContext}. */
export interface ConditionContextInput {
  principal: Principal;
  /** `kms:Encrypt`, `kms:ReEncryptFrom`, ... */
  action: string;
  operation: string;
  region: string;
  /** Request input in the SDK's shape. */
  request: Record<string, unknown>;
  key?: ConditionKeyFacts | undefined;
  viaService?: string | undefined;
  keyAliases?: string[];
  /** Epoch ms of the request. */
  now: number;
}

/** Condition key (lower-cased) -> values. A key that is absent is "not present in the request". */
export type ConditionContext = Map<string, string[]>;

function stringMap(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** The encryption context that `kms:EncryptionContext:*` conditions see for this action. */
export function encryptionContextFor(action: string, request: Record<string, unknown>): Record<string, string> | undefined {
  switch (action) {
    case 'kms:ReEncryptFrom':
      return stringMap(request.SourceEncryptionContext);
    case 'kms:ReEncryptTo':
      return stringMap(request.DestinationEncryptionContext);
    case 'kms:CreateGrant': {
      // For CreateGrant the encryption context conditions evaluate the grant's constraint.
      const constraints = request.Constraints as Record<string, unknown> | undefined;
      return stringMap(constraints?.EncryptionContextEquals) ?? stringMap(constraints?.EncryptionContextSubset);
    }
    default:
      return stringMap(request.EncryptionContext);
  }
}

function aliasNameOf(keyId: unknown): string | undefined {
  if (typeof keyId !== 'string') return undefined;
  if (keyId.startsWith('alias/')) return keyId;
  const m = /^arn:aws:kms:[^:]*:\d{12}:(alias\/.+)$/.exec(keyId);
  return m?.[1];
}

const PRINCIPAL_TYPE: Record<Principal['type'], string> = { Root: 'Account', IAMUser: 'User', AssumedRole: 'AssumedRole' };

const SYMMETRIC_CRYPTO = new Set([
  'kms:Encrypt',
  'kms:Decrypt',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyWithoutPlaintext',
]);

/** Builds the condition context for one permission check. */
export function buildConditionContext(input: ConditionContextInput): ConditionContext {
  const ctx: ConditionContext = new Map();
  const set = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      const list = value.filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean').map(String);
      ctx.set(key.toLowerCase(), list);
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      ctx.set(key.toLowerCase(), [String(value)]);
    }
  };
  const { principal, request, key } = input;

  // Global keys.
  set('aws:PrincipalArn', principal.policyArn);
  set('aws:PrincipalAccount', principal.accountId);
  set('aws:PrincipalType', PRINCIPAL_TYPE[principal.type]);
  set('aws:userid', principal.principalId);
  if (principal.type === 'IAMUser') set('aws:username', principal.name);
  set('aws:RequestedRegion', input.region);
  set('aws:SecureTransport', true);
  set('aws:CurrentTime', new Date(input.now).toISOString());
  set('aws:EpochTime', Math.floor(input.now / 1000));
  set('aws:ViaAWSService', input.viaService !== undefined);
  if (input.viaService) set('aws:CalledVia', [input.viaService.split('.')[0] + '.amazonaws.com']);
  for (const tag of key?.tags ?? []) set(`aws:ResourceTag/${tag.TagKey}`, tag.TagValue);
  const requestTags = Array.isArray(request.Tags) ? (request.Tags as Array<{ TagKey?: unknown; TagValue?: unknown }>) : [];
  for (const tag of requestTags) if (typeof tag.TagKey === 'string') set(`aws:RequestTag/${tag.TagKey}`, tag.TagValue ?? '');
  if (requestTags.length > 0)
    set(
      'aws:TagKeys',
      requestTags.map((t) => t.TagKey),
    );
  if (Array.isArray(request.TagKeys)) set('aws:TagKeys', request.TagKeys);

  // KMS keys.
  set('kms:CallerAccount', principal.accountId);
  if (input.viaService) set('kms:ViaService', input.viaService);
  if (key) {
    set('kms:KeySpec', key.keySpec);
    set('kms:KeyUsage', key.keyUsage);
    set('kms:KeyOrigin', key.origin);
    set('kms:MultiRegion', key.multiRegion);
    if (key.multiRegionRole) set('kms:MultiRegionKeyType', key.multiRegionRole);
  } else if (input.operation === 'CreateKey') {
    // For CreateKey the key conditions describe the key being requested.
    set('kms:KeySpec', request.KeySpec ?? request.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT');
    set('kms:KeyUsage', request.KeyUsage ?? 'ENCRYPT_DECRYPT');
    set('kms:KeyOrigin', request.Origin ?? 'AWS_KMS');
    set('kms:MultiRegion', request.MultiRegion ?? false);
  }
  const context = encryptionContextFor(input.action, request);
  if (context) {
    for (const [k, v] of Object.entries(context)) {
      // The context key inside the condition key name is matched case-insensitively (condition key
      // names are); kms:EncryptionContextKeys stays case-sensitive for strict checks.
      const name = `kms:EncryptionContext:${k}`.toLowerCase();
      ctx.set(name, [...(ctx.get(name) ?? []), v]);
    }
    set('kms:EncryptionContextKeys', Object.keys(context));
  }
  const alias = aliasNameOf(request.KeyId) ?? (input.action === 'kms:ReEncryptTo' ? aliasNameOf(request.DestinationKeyId) : undefined);
  if (alias && input.action !== 'kms:ReEncryptFrom') set('kms:RequestAlias', alias);
  if (input.keyAliases && input.keyAliases.length > 0) set('kms:ResourceAliases', input.keyAliases);

  if (typeof request.EncryptionAlgorithm === 'string') set('kms:EncryptionAlgorithm', request.EncryptionAlgorithm);
  else if (SYMMETRIC_CRYPTO.has(input.action) && key?.keySpec === 'SYMMETRIC_DEFAULT') set('kms:EncryptionAlgorithm', 'SYMMETRIC_DEFAULT');
  if (input.action === 'kms:ReEncryptFrom' && typeof request.SourceEncryptionAlgorithm === 'string')
    set('kms:EncryptionAlgorithm', request.SourceEncryptionAlgorithm);
  if (input.action === 'kms:ReEncryptTo' && typeof request.DestinationEncryptionAlgorithm === 'string')
    set('kms:EncryptionAlgorithm', request.DestinationEncryptionAlgorithm);
  set('kms:SigningAlgorithm', request.SigningAlgorithm);
  set('kms:MacAlgorithm', request.MacAlgorithm);
  set('kms:KeyAgreementAlgorithm', request.KeyAgreementAlgorithm);
  set('kms:DataKeyPairSpec', request.KeyPairSpec);
  set('kms:RotationPeriodInDays', request.RotationPeriodInDays);
  set('kms:ScheduleKeyDeletionPendingWindowInDays', request.PendingWindowInDays);
  if (input.operation === 'CreateKey' || input.operation === 'PutKeyPolicy') {
    set('kms:BypassPolicyLockoutSafetyCheck', request.BypassPolicyLockoutSafetyCheck === true);
  }
  if (input.operation === 'ReEncrypt') {
    const dest = request.DestinationKeyId;
    if (typeof dest === 'string' && key) set('kms:ReEncryptOnSameKey', dest === key.arn || key.arn.endsWith(`/${dest}`));
  }
  operationConditionKeys(input, set);
  return ctx;
}

/** Condition keys of particular operations: grants and imported key material. */
function operationConditionKeys(input: ConditionContextInput, set: (key: string, value: unknown) => void): void {
  const { request } = input;
  if (input.action === 'kms:CreateGrant') {
    set('kms:GrantOperations', request.Operations);
    set('kms:GranteePrincipal', request.GranteePrincipal);
    set('kms:RetiringPrincipal', request.RetiringPrincipal);
    const constraints = request.Constraints as Record<string, unknown> | undefined;
    if (constraints?.EncryptionContextEquals) set('kms:GrantConstraintType', 'EncryptionContextEquals');
    else if (constraints?.EncryptionContextSubset) set('kms:GrantConstraintType', 'EncryptionContextSubset');
  }
  if (input.action === 'kms:CreateGrant' || input.action === 'kms:ListGrants' || input.action === 'kms:RevokeGrant') {
    // True only when an integrated AWS service makes the call on the principal's behalf.
    set('kms:GrantIsForAWSResource', input.viaService !== undefined);
  }
  if (input.operation === 'GetParametersForImport') {
    set('kms:WrappingAlgorithm', request.WrappingAlgorithm);
    set('kms:WrappingKeySpec', request.WrappingKeySpec);
  }
  if (input.operation === 'ImportKeyMaterial') {
    // ExpirationModel defaults to KEY_MATERIAL_EXPIRES (API-ImportKeyMaterial); kms:ValidTo is a date in epoch seconds.
    set('kms:ExpirationModel', request.ExpirationModel ?? 'KEY_MATERIAL_EXPIRES');
    if (request.ValidTo instanceof Date) set('kms:ValidTo', Math.floor(request.ValidTo.getTime() / 1000));
  }
}
