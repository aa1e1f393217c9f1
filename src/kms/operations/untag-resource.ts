import { errors } from '../errors';
import { KEY_STATES } from '../key-state';
import { apiDoc, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** UntagResource: removes tags by key (absent keys are ignored). */
export const untagResource: OperationDefinition<{ KeyId: string; TagKeys: string[] }> = {
  name: 'UntagResource',
  docUrl: apiDoc('UntagResource'),
  description: 'Removes tags from a key by tag key.',
  action: 'kms:UntagResource',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.manage,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    requireMember(input, 'KeyId');
    requireMember(input, 'TagKeys');
    if (!Array.isArray(input.TagKeys) || input.TagKeys.some((k) => typeof k !== 'string'))
      throw errors.serialization("'TagKeys' must be a list of strings.");
  },
  run(ctx) {
    const key = ctx.key!;
    const drop = new Set(ctx.input.TagKeys);
    key.tags = key.tags.filter((t) => !drop.has(t.TagKey));
    ctx.engine.saveKey(key);
    return {};
  },
};
