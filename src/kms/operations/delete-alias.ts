import { errors } from '../errors';
import { aliasArn } from '../ids';
import { validateAliasName } from './alias-common';
import { apiDoc } from './shared';
import { defineAccountOperation } from './types';

/** DeleteAlias: removes an alias; the key is unaffected. */
export const deleteAlias = defineAccountOperation({
  name: 'DeleteAlias',
  docUrl: apiDoc('DeleteAlias'),
  description: 'Deletes an alias. The key it pointed to is not affected.',
  action: 'kms:DeleteAlias',
  required: ['AliasName'],
  mutates: true,
  validate: (input) => validateAliasName(input.AliasName),
  async run(ctx) {
    const arn = aliasArn(ctx.region, ctx.accountId, ctx.input.AliasName);
    const alias = ctx.engine.getAlias(ctx.accountId, ctx.region, ctx.input.AliasName);
    if (!alias) throw errors.notFoundAlias(arn);
    await ctx.authorize('kms:DeleteAlias', undefined, arn);
    const key = ctx.engine.getKey(ctx.accountId, ctx.region, alias.targetKeyId);
    // Only customer managed keys have such aliases: names under alias/aws/ never get here (NotAuthorizedException).
    if (key) await ctx.authorize('kms:DeleteAlias', key);
    ctx.engine.deleteAlias(alias);
    return {};
  },
});
