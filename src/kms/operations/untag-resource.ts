import { errors } from '../errors';
import { KEY_STATES } from '../key-state';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** UntagResource: removes tags by key (absent keys are ignored). */
export const untagResource = defineKeyOperation({
  name: 'UntagResource',
  docUrl: apiDoc('UntagResource'),
  description: 'Removes tags from a key by tag key.',
  action: 'kms:UntagResource',
  required: ['KeyId', 'TagKeys'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.manage,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    const tagKeys: unknown = input.TagKeys;
    if (!Array.isArray(tagKeys) || tagKeys.some((k) => typeof k !== 'string'))
      throw errors.serialization("'TagKeys' must be a list of strings.");
  },
  run(ctx) {
    const key = ctx.key;
    const drop = new Set(ctx.input.TagKeys);
    key.tags = key.tags.filter((t) => !drop.has(t.TagKey));
    ctx.engine.saveKey(key);
    return {};
  },
});
