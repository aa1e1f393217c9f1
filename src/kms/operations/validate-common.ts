/** Validation of tags and key policies shared by CreateKey, TagResource, PutKeyPolicy and ReplicateKey. */
import { parsePolicyDocument } from '../access/policy-document';
import { errors, KmsError, validationError } from '../errors';
import type { Tag } from '../model';

/** Max tags per key (AWS resource tag quota). */
export const MAX_TAGS = 50;

/**
 * Validates a Tags list. Messages as AWS sends them (LocalStack's AWS-validated tag tests): lengths as
 * model validation errors naming the tag's 1-based position, `Tags beginning with aws: are reserved`
 * (any case) and `Duplicate tag keys` as TagException, `Too many tags` beyond 50 in one request.
 */
export function validateTags(tags: unknown): Tag[] {
  if (tags === undefined || tags === null) return [];
  if (!Array.isArray(tags)) throw errors.serialization("'Tags' must be a list.");
  const list = tags.map((t, i) => checkTag(t, i + 1));
  if (new Set(list.map((t) => t.TagKey)).size < list.length)
    throw errors.tag('Duplicate tag keys').explained('Each tag key may appear once in a request; to change a value, send the key once.');
  if (list.length > MAX_TAGS) throw errors.tag('Too many tags').explained(`A KMS key can have at most ${MAX_TAGS} tags.`);
  return list;
}

/** One tag at a 1-based position: both members strings, within their lengths, not under the reserved prefix. */
function checkTag(t: unknown, position: number): Tag {
  const tag = t as Partial<Tag> | null;
  if (typeof tag?.TagKey !== 'string') throw validationError(`tags.${position}.member.tagKey`, 'Member must not be null', null);
  if (typeof tag.TagValue !== 'string') throw validationError(`tags.${position}.member.tagValue`, 'Member must not be null', null);
  if (tag.TagKey.length < 1)
    throw validationError(`tags.${position}.member.tagKey`, 'Member must have length greater than or equal to 1', tag.TagKey);
  if (tag.TagKey.length > 128)
    throw validationError(`tags.${position}.member.tagKey`, 'Member must have length less than or equal to 128', tag.TagKey);
  if (tag.TagValue.length > 256)
    throw validationError(`tags.${position}.member.tagValue`, 'Member must have length less than or equal to 256', tag.TagValue);
  if (tag.TagKey.toLowerCase().startsWith('aws:'))
    throw errors
      .tag('Tags beginning with aws: are reserved')
      .explained('Tag keys starting with aws: (in any case) belong to AWS; choose another key.');
  return { TagKey: tag.TagKey, TagValue: tag.TagValue };
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
