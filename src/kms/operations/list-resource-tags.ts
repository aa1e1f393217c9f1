import { KEY_STATES } from '../key-state';
import { apiDoc, checkRange, paginate, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** ListResourceTags. */
export const listResourceTags: OperationDefinition<{ KeyId: string; Limit?: number; Marker?: string }> = {
  name: 'ListResourceTags',
  docUrl: apiDoc('ListResourceTags'),
  description: 'Lists the tags of a key.',
  action: 'kms:ListResourceTags',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.any,
  validate(input) {
    requireMember(input, 'KeyId');
    checkRange(input, 'Limit', 1, 50);
  },
  run(ctx) {
    const tags = [...ctx.key!.tags].sort((a, b) => a.TagKey.localeCompare(b.TagKey));
    const { page, ...rest } = paginate(tags, ctx.input, 50);
    return { Tags: page, ...rest };
  },
};
