import { apiDoc, checkRange, paginate } from './shared';
import { defineAccountOperation } from './types';

/** ListKeys: every key of the caller's account in the Region (customer and AWS managed). */
export const listKeys = defineAccountOperation({
  name: 'ListKeys',
  docUrl: apiDoc('ListKeys'),
  description: 'Lists the key IDs and ARNs of all keys in the account and Region, a page at a time.',
  action: 'kms:ListKeys',
  required: [],
  validate: (input) => checkRange(input, 'Limit', 1, 1000),
  run(ctx) {
    const keys = ctx.engine.listKeys(ctx.accountId, ctx.region);
    const { page, ...rest } = paginate(keys, ctx.input, 100);
    return { Keys: page.map((k) => ({ KeyId: k.keyId, KeyArn: k.arn })), ...rest };
  },
});
