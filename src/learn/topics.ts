/**
 * The study guides' topics, in the order a learner meets them: the topics of the question banks
 * (content/README.md). There is one guide per topic, content/guides/<topic>.md.
 */
export const GUIDE_TOPICS = [
  'what-is-kms',
  'key-types',
  'hsm-fips',
  'keys-never-leave',
  'regions',
  'encrypt-limit',
  'envelope-encryption',
  'rotation',
  'aliases',
  'policies',
  'grants',
  'encryption-context',
  'key-states',
  'asymmetric-hmac',
  'service-integrations',
  'kms-vs-cloudhsm',
  'cloudtrail',
  'quotas',
] as const;

/** A guide's topic id. */
export type GuideTopic = (typeof GUIDE_TOPICS)[number];

/** Position of a topic in {@link GUIDE_TOPICS}; unknown topics sort last. */
export function topicOrder(topic: string): number {
  const i = (GUIDE_TOPICS as readonly string[]).indexOf(topic);
  return i === -1 ? GUIDE_TOPICS.length : i;
}
