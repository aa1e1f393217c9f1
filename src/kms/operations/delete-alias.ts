import { errors } from '../errors';
import { aliasArn } from '../ids';
import { validateAliasName } from './alias-common';
import { apiDoc } from './shared';
import type { OperationDefinition } from './types';

/** DeleteAlias: removes an alias; the key is unaffected. */
export const deleteAlias: OperationDefinition<{ AliasName: string }> = {
  name: 'DeleteAlias',
  docUrl: apiDoc('DeleteAlias'),
  description: 'Deletes an alias. The key it pointed to is not affected.',
  action: 'kms:DeleteAlias',
  target: { kind: 'none' },
  mutates: true,
  validate: (input) => validateAliasName(input, { allowReserved: true }),
  async run(ctx) {
    const arn = aliasArn(ctx.region, ctx.accountId, ctx.input.AliasName);
    const alias = ctx.engine.getAlias(ctx.accountId, ctx.region, ctx.input.AliasName);
    if (!alias) throw errors.notFoundAlias(arn);
    await ctx.authorize('kms:DeleteAlias', undefined, arn);
    const key = ctx.engine.getKey(ctx.accountId, ctx.region, alias.targetKeyId);
    if (key) {
      await ctx.authorize('kms:DeleteAlias', key);
      if (key.keyManager === 'AWS')
        throw errors.accessDenied(
          `User: ${ctx.principal.arn} is not authorized to perform: kms:DeleteAlias on resource: ${arn} because aliases of AWS managed keys are managed by AWS`,
        );
    }
    ctx.engine.deleteAlias(alias);
    return {};
  },
};
