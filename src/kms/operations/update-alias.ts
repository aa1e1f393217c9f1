import { errors } from '../errors';
import { aliasArn } from '../ids';
import { KEY_STATES } from '../key-state';
import type { KeyRecord } from '../model';
import { validateAliasName, validateAliasTarget } from './alias-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

const keyType = (k: KeyRecord) => (k.keySpec === 'SYMMETRIC_DEFAULT' ? 'symmetric' : k.keySpec.startsWith('HMAC') ? 'HMAC' : 'asymmetric');

/** UpdateAlias: points an existing alias at another key of the same type and usage. */
export const updateAlias = defineKeyOperation({
  name: 'UpdateAlias',
  docUrl: apiDoc('UpdateAlias'),
  description: 'Moves an alias to another key of the same type and key usage (for example to switch an app to a new key).',
  action: 'kms:UpdateAlias',
  required: ['AliasName', 'TargetKeyId'],
  key: { param: 'TargetKeyId', forms: 'idOrArn' },
  // The new key may not be pending deletion; the old one may (key state table, footnote 10).
  keyStates: KEY_STATES.manage,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    validateAliasName(input.AliasName);
    validateAliasTarget(input.TargetKeyId);
  },
  async run(ctx) {
    const newKey = ctx.key;
    const arn = aliasArn(ctx.region, ctx.accountId, ctx.input.AliasName);
    const alias = ctx.engine.getAlias(ctx.accountId, ctx.region, ctx.input.AliasName);
    if (!alias) throw errors.notFoundAlias(arn);
    await ctx.authorize('kms:UpdateAlias', undefined, arn);
    const oldKey = ctx.engine.getKey(ctx.accountId, ctx.region, alias.targetKeyId);
    if (oldKey) {
      await ctx.authorize('kms:UpdateAlias', oldKey);
      if (keyType(oldKey) !== keyType(newKey) || oldKey.keyUsage !== newKey.keyUsage)
        // AWS's message is not published: a short neutral one, the rule in the explanation.
        throw errors
          .validation(`${newKey.arn} is not compatible with the key ${ctx.input.AliasName} points to.`)
          .explained(
            `${ctx.input.AliasName} points to a ${keyType(oldKey)} ${oldKey.keyUsage} key; an alias can only move to a key of the same type and key usage, but ${newKey.arn} is a ${keyType(newKey)} ${newKey.keyUsage} key.`,
          );
    }
    ctx.engine.saveAlias({ ...alias, targetKeyId: newKey.keyId, lastUpdatedDate: ctx.now });
    return {};
  },
});
