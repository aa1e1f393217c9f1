import { errors } from '../errors';
import { aliasArn } from '../ids';
import { KEY_STATES } from '../key-state';
import { MAX_ALIASES_PER_KEY, validateAliasName } from './alias-common';
import { apiDoc, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** CreateAlias: a friendly name for a customer managed key in one account and Region. */
export const createAlias: OperationDefinition<{ AliasName: string; TargetKeyId: string }> = {
  name: 'CreateAlias',
  docUrl: apiDoc('CreateAlias'),
  description: 'Creates a friendly name (alias/...) for a key. Aliases are per account and Region and can be moved to another key.',
  action: 'kms:CreateAlias',
  target: { kind: 'param', param: 'TargetKeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.manage,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    validateAliasName(input, { allowReserved: false });
    requireMember(input, 'TargetKeyId');
  },
  async run(ctx) {
    const key = ctx.key!;
    const { AliasName } = ctx.input;
    const arn = aliasArn(ctx.region, ctx.accountId, AliasName);
    // Alias operations need permission on the alias as well as on the key.
    await ctx.authorize('kms:CreateAlias', undefined, arn);
    if (ctx.engine.getAlias(ctx.accountId, ctx.region, AliasName))
      throw errors.alreadyExists(`An alias with the name ${arn} already exists`);
    const count = ctx.engine.listAliases(ctx.accountId, ctx.region).filter((a) => a.targetKeyId === key.keyId).length;
    if (count >= MAX_ALIASES_PER_KEY)
      throw errors.limitExceeded(`${key.arn} already has ${MAX_ALIASES_PER_KEY} aliases, the quota per key.`);
    ctx.engine.saveAlias({
      accountId: ctx.accountId,
      region: ctx.region,
      aliasName: AliasName,
      targetKeyId: key.keyId,
      creationDate: ctx.now,
      lastUpdatedDate: ctx.now,
    });
    return {};
  },
};
