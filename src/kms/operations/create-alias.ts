import { errors } from '../errors';
import { aliasArn } from '../ids';
import { KEY_STATES } from '../key-state';
import { MAX_ALIASES_PER_KEY, validateAliasName, validateAliasTarget } from './alias-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** CreateAlias: a friendly name for a customer managed key in one account and Region. */
export const createAlias = defineKeyOperation({
  name: 'CreateAlias',
  docUrl: apiDoc('CreateAlias'),
  description: 'Creates a friendly name (alias/...) for a key. Aliases are per account and Region and can be moved to another key.',
  action: 'kms:CreateAlias',
  required: ['AliasName', 'TargetKeyId'],
  key: { param: 'TargetKeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.manage,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    validateAliasName(input.AliasName);
    validateAliasTarget(input.TargetKeyId);
  },
  async run(ctx) {
    const { key, engine } = ctx;
    const { AliasName } = ctx.input;
    const arn = aliasArn(ctx.region, ctx.accountId, AliasName);
    // Alias operations need permission on the alias as well as on the key.
    await ctx.authorize('kms:CreateAlias', undefined, arn);
    if (engine.getAlias(ctx.accountId, ctx.region, AliasName)) throw errors.alreadyExists(`An alias with the name ${arn} already exists`);
    const count = engine.listAliases(ctx.accountId, ctx.region).filter((a) => a.targetKeyId === key.keyId).length;
    if (count >= MAX_ALIASES_PER_KEY)
      // AWS's message for this quota is not published: a short neutral one, the quota in the explanation.
      throw errors
        .limitExceeded(`Aliases per key quota exceeded for ${key.arn}.`)
        .explained(`A KMS key can have at most ${MAX_ALIASES_PER_KEY} aliases (an adjustable quota in a real account).`);
    engine.saveAlias({
      accountId: ctx.accountId,
      region: ctx.region,
      aliasName: AliasName,
      targetKeyId: key.keyId,
      creationDate: ctx.now,
      lastUpdatedDate: ctx.now,
    });
    return {};
  },
});
