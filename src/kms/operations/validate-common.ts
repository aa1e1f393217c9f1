/** Validation of tags and key policies shared by CreateKey, TagResource, PutKeyPolicy and ReplicateKey. */
import { parsePolicyDocument } from '../access/policy-document';
import { errors, KmsError } from '../errors';
import type { Tag } from '../model';

/** Max tags per key (AWS resource tag quota). */
export const MAX_TAGS = 50;

/** Validates a Tags list (TagException on bad tags). */
export function validateTags(tags: unknown): Tag[] {
  if (tags === undefined || tags === null) return [];
  if (!Array.isArray(tags)) throw errors.serialization("'Tags' must be a list.");
  const seen = new Set<string>();
  return tags.map((t) => {
    const tag = t as Partial<Tag>;
    if (typeof tag?.TagKey !== 'string' || typeof tag.TagValue !== 'string')
      throw errors.tag('Each tag needs a TagKey and a TagValue, both strings.');
    if (tag.TagKey.length < 1 || tag.TagKey.length > 128) throw errors.tag(`Tag key '${tag.TagKey}' must be 1 to 128 characters long.`);
    if (tag.TagValue.length > 256) throw errors.tag(`The value of tag '${tag.TagKey}' must be at most 256 characters long.`);
    if (tag.TagKey.startsWith('aws:')) throw errors.tag(`Tag key '${tag.TagKey}' uses the reserved prefix 'aws:'.`);
    if (seen.has(tag.TagKey)) throw errors.tag(`Tag key '${tag.TagKey}' appears more than once; tag keys must be unique.`);
    seen.add(tag.TagKey);
    return { TagKey: tag.TagKey, TagValue: tag.TagValue };
  });
}

/**
 * Checks a key policy document's shape and size (JSON with error position, statement fields,
 * condition operators, 32 KB quota) using the access layer's parser, so every path reports the same
 * detailed message. Semantic checks (principals exist, lockout safety) belong to the access layer's
 * `validatePolicy` hook.
 */
export function validatePolicyDocument(policy: unknown): string {
  if (typeof policy !== 'string') throw errors.serialization("'Policy' must be a string.");
  const parsed = parsePolicyDocument(policy, 'key');
  if (!parsed.ok) throw new KmsError(parsed.problem.name, parsed.problem.message);
  return policy;
}
