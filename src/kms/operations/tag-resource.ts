import { errors } from '../errors';
import { KEY_STATES } from '../key-state';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';
import { MAX_TAGS, validateTags } from './validate-common';

/** TagResource: adds or overwrites tags on a customer managed key. */
export const tagResource = defineKeyOperation({
  name: 'TagResource',
  docUrl: apiDoc('TagResource'),
  description: 'Adds tags (key/value pairs) to a key, or replaces the value of an existing tag key.',
  action: 'kms:TagResource',
  required: ['KeyId', 'Tags'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.manage,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    validateTags(input.Tags);
  },
  run(ctx) {
    const key = ctx.key;
    const merged = new Map(key.tags.map((t) => [t.TagKey, t.TagValue]));
    for (const t of validateTags(ctx.input.Tags)) merged.set(t.TagKey, t.TagValue);
    // AWS's message for this quota is not published: a short neutral one.
    if (merged.size > MAX_TAGS)
      throw errors
        .limitExceeded(`Tags per key quota exceeded for ${key.arn}.`)
        .explained(
          `A KMS key can have at most ${MAX_TAGS} tags; this request would give it ${merged.size}. Remove tags first (UntagResource).`,
        );
    key.tags = [...merged].map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
    ctx.engine.saveKey(key);
    return {};
  },
});
