import { KEY_STATES } from '../key-state';
import { apiDoc, checkRange, paginate } from './shared';
import { defineKeyOperation } from './types';

/** ListResourceTags. */
export const listResourceTags = defineKeyOperation({
  name: 'ListResourceTags',
  docUrl: apiDoc('ListResourceTags'),
  description: 'Lists the tags of a key.',
  action: 'kms:ListResourceTags',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.any,
  validate: (input) => checkRange(input, 'Limit', 1, 50),
  run({ key, input }) {
    const tags = [...key.tags].sort((a, b) => a.TagKey.localeCompare(b.TagKey));
    const { page, ...rest } = paginate(tags, input, 50);
    return { Tags: page, ...rest };
  },
});
