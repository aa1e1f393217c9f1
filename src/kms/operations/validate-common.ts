/** Validation of tags and key policies shared by CreateKey, TagResource, PutKeyPolicy and ReplicateKey. */
import { encodeUtf8 } from '../bytes';
import { errors } from '../errors';
import type { Tag } from '../model';
import { MAX_POLICY_BYTES } from '../policies';

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
 * Checks a key policy document's shape and size. Semantic checks (principals exist, lockout safety)
 * belong to the access layer's `validatePolicy` hook.
 */
export function validatePolicyDocument(policy: unknown): string {
  if (typeof policy !== 'string') throw errors.serialization("'Policy' must be a string.");
  if (encodeUtf8(policy).length > MAX_POLICY_BYTES)
    throw errors.limitExceeded(`The key policy is larger than the ${MAX_POLICY_BYTES}-byte (32 KB) quota. Shorten it and try again.`);
  let doc: unknown;
  try {
    doc = JSON.parse(policy);
  } catch {
    throw errors.malformedPolicy('The key policy is not valid JSON. Check quotes, commas and brackets.');
  }
  const statements = (doc as { Statement?: unknown })?.Statement;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || statements === undefined)
    throw errors.malformedPolicy('The key policy must be a JSON object with a Statement.');
  const list = Array.isArray(statements) ? statements : [statements];
  for (const st of list) {
    const s = st as Record<string, unknown>;
    if (!s || typeof s !== 'object' || (s.Effect !== 'Allow' && s.Effect !== 'Deny'))
      throw errors.malformedPolicy('Every statement needs "Effect": "Allow" or "Deny".');
    if (s.Principal === undefined) throw errors.malformedPolicy('Every statement in a key policy needs a Principal.');
    if (s.Action === undefined && s.NotAction === undefined) throw errors.malformedPolicy('Every statement needs an Action.');
  }
  return policy;
}
