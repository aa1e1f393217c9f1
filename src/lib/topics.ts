/**
 * Readable names for the topic ids used by KMS Lab's banks (content/README.md). Shared (here, not in
 * a feature) because the quiz pages, the labs and the progress page all name topics the same way, and
 * not in the quiz core so the home route can name topics without loading the quiz engine.
 */
export const TOPIC_LABELS: Record<string, string> = {
  'what-is-kms': 'What KMS is',
  'key-types': 'Key types',
  'hsm-fips': 'HSMs and FIPS 140',
  'keys-never-leave': 'Keys never leave KMS',
  regions: 'Regions and multi-Region keys',
  'encrypt-limit': 'The 4 KB Encrypt limit',
  'envelope-encryption': 'Envelope encryption',
  rotation: 'Key rotation',
  aliases: 'Aliases',
  policies: 'Key policies and IAM',
  grants: 'Grants',
  'encryption-context': 'Encryption context',
  'key-states': 'Key states and deletion',
  'asymmetric-hmac': 'Asymmetric and HMAC keys',
  'service-integrations': 'Service integrations',
  'kms-vs-cloudhsm': 'KMS versus CloudHSM',
  cloudtrail: 'CloudTrail and auditing',
  quotas: 'Quotas and throttling',
  other: 'No topic',
};

/** The label for a topic id; unknown topics (imported banks) show as written. */
export function topicLabel(topic: string | undefined): string {
  if (!topic) return 'No topic';
  return TOPIC_LABELS[topic] ?? topic;
}
