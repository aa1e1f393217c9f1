import { parseKeyIdentifier } from '../ids';
import { KEY_STATES } from '../key-state';
import type { KeyRecord } from '../model';
import { ensureAwsManagedKey } from '../services/aws-managed-keys';
import { PREDEFINED_AWS_ALIASES } from './alias-common';
import { apiDoc, checkGrantTokens, checkLength, keyMetadata } from './shared';
import { defineResolvingOperation, type RequestContext } from './types';

/**
 * The service of a predefined AWS alias (`alias/aws/s3`, or its alias ARN in the caller's account and
 * Region) that has no key yet, else undefined.
 */
function unusedPredefinedAlias(ctx: RequestContext<{ KeyId: string }>): string | undefined {
  const id = parseKeyIdentifier(ctx.input.KeyId);
  if (id.kind !== 'aliasName' && id.kind !== 'aliasArn') return undefined;
  if (id.kind === 'aliasArn' && (id.accountId !== ctx.accountId || id.region !== ctx.region)) return undefined;
  if (!PREDEFINED_AWS_ALIASES.includes(id.aliasName)) return undefined;
  const alias = ctx.engine.getAlias(ctx.accountId, ctx.region, id.aliasName);
  if (alias && ctx.engine.getKey(ctx.accountId, ctx.region, alias.targetKeyId)) return undefined;
  return id.aliasName.slice('alias/aws/'.length);
}

/**
 * DescribeKey: metadata of a key (any state). Called with a predefined AWS alias that has no key yet
 * (`alias/aws/s3` before S3 first used KMS), it creates the AWS managed key and points the alias at it,
 * as API_DescribeKey documents.
 */
export const describeKey = defineResolvingOperation({
  name: 'DescribeKey',
  docUrl: apiDoc('DescribeKey'),
  description: "Shows a key's metadata: ID, ARN, state, spec, usage, algorithms, manager, multi-Region configuration.",
  action: 'kms:DescribeKey',
  required: ['KeyId'],
  keyStates: KEY_STATES.any,
  validate(input) {
    checkLength(input, 'KeyId', 1, 2048);
    checkGrantTokens(input);
  },
  resolveKey(ctx): { key: KeyRecord; state: undefined } | Promise<{ key: KeyRecord; state: undefined }> {
    const service = unusedPredefinedAlias(ctx);
    if (service === undefined) return { key: ctx.resolveKey(ctx.input.KeyId, 'any'), state: undefined };
    return ensureAwsManagedKey(ctx.engine, ctx.accountId, ctx.region, service).then((key) => ({ key, state: undefined }));
  },
  run: ({ engine, key }) => ({ KeyMetadata: keyMetadata(engine, key) }),
});
