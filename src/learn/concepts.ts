/**
 * KMS concepts a study note may mention, each tied to the study guide (a topic of the banks) that
 * explains it. The guide names the scenario step and the practice for it, so a concept only needs
 * its topic.
 */
export interface Concept {
  id: string;
  /** How the concept is named in the list of concepts found in a note. */
  label: string;
  /** The study guide's topic id (content/guides/<topic>.md, the banks' topic). */
  topic: string;
  /** Any of these in the note's text means the note talks about the concept. */
  patterns: readonly RegExp[];
}

/** The concepts, in the order the list shows them. */
export const CONCEPTS: readonly Concept[] = [
  { id: 'kms-keys', label: 'KMS keys', topic: 'what-is-kms', patterns: [/\bKMS keys?\b/i, /\bcustomer master keys?\b/i, /\bCMKs?\b/] },
  {
    id: 'key-types',
    label: 'Customer managed, AWS managed and AWS owned keys',
    topic: 'key-types',
    patterns: [/\bcustomer[\s-]managed\b/i, /\bAWS[\s-]managed\b/i, /\bAWS[\s-]owned\b/i],
  },
  { id: 'hsm-fips', label: 'HSMs and FIPS 140', topic: 'hsm-fips', patterns: [/\bFIPS\b/, /\bHSMs?\b/, /\bhardware security modules?\b/i] },
  {
    id: 'imported-key-material',
    label: 'Imported key material',
    topic: 'keys-never-leave',
    patterns: [/\bimport(?:ed|ing)? (?:your own )?key material\b/i, /\bBYOK\b/, /\bbring your own key\b/i, /\borigin\s+EXTERNAL\b/i],
  },
  {
    id: 'multi-region-keys',
    label: 'Regions and multi-Region keys',
    topic: 'regions',
    patterns: [/\bmulti[\s-]Region keys?\b/i, /\bMRKs?\b/, /\bReplicateKey\b/, /\bcross[\s-]Region\b/i],
  },
  {
    id: 'four-kb-limit',
    label: 'The 4 KB Encrypt limit',
    topic: 'encrypt-limit',
    patterns: [/\b4\s?KB\b/i, /\b4,?096\s*bytes\b/i, /\b4\s?kilobytes?\b/i],
  },
  {
    id: 'envelope-encryption',
    label: 'Data keys and envelope encryption',
    topic: 'envelope-encryption',
    patterns: [/\bdata keys?\b/i, /\benvelope encryption\b/i, /\bGenerateDataKey\w*\b/, /\bEncryption SDK\b/i],
  },
  {
    id: 'rotation',
    label: 'Key rotation',
    topic: 'rotation',
    patterns: [/\brotat(?:e|es|ed|ing|ion)\b/i, /\bRotateKeyOnDemand\b/, /\bEnableKeyRotation\b/],
  },
  { id: 'aliases', label: 'Aliases', topic: 'aliases', patterns: [/\baliases\b/i, /\balias\/[\w/-]+/i, /\b(?:an|the|key) alias\b/i] },
  {
    id: 'key-policies',
    label: 'Key policies and IAM',
    topic: 'policies',
    patterns: [/\bkey polic(?:y|ies)\b/i, /\bkms:ViaService\b/i, /\bkms:CallerAccount\b/i, /\bPutKeyPolicy\b/],
  },
  {
    id: 'grants',
    label: 'Grants',
    topic: 'grants',
    patterns: [
      /\bKMS grants?\b/i,
      /\b(?:a|the|this|each|every|one) grant\b/i,
      /\bgrants (?:are|let|give|allow|can|for|on)\b/i,
      /\b(?:Create|Retire|Revoke|List)Grants?\b/,
      /\bgrant tokens?\b/i,
    ],
  },
  { id: 'encryption-context', label: 'Encryption context', topic: 'encryption-context', patterns: [/\bencryption context\b/i, /\bAAD\b/] },
  {
    id: 'key-states',
    label: 'Key states and deletion',
    topic: 'key-states',
    patterns: [/\bScheduleKeyDeletion\b/, /\bpending deletion\b/i, /\bPendingDeletion\b/, /\bwaiting period\b/i, /\bdisabled keys?\b/i],
  },
  {
    id: 'asymmetric-hmac',
    label: 'Asymmetric and HMAC keys',
    topic: 'asymmetric-hmac',
    patterns: [/\basymmetric\b/i, /\bHMAC\b/, /\bGetPublicKey\b/, /\bsign(?:ing)? keys?\b/i],
  },
  {
    id: 'service-integrations',
    label: 'S3, EBS, RDS and other integrations',
    topic: 'service-integrations',
    patterns: [/\bSSE-(?:KMS|S3|C)\b/i, /\bDSSE-KMS\b/i, /\bBucket Keys?\b/i, /\bEBS\b/, /\bSecrets Manager\b/i],
  },
  {
    id: 'cloudhsm',
    label: 'CloudHSM and custom key stores',
    topic: 'kms-vs-cloudhsm',
    patterns: [/\bCloudHSM\b/i, /\bcustom key stores?\b/i, /\bexternal key stores?\b/i, /\bXKS\b/],
  },
  { id: 'cloudtrail', label: 'CloudTrail and auditing', topic: 'cloudtrail', patterns: [/\bCloudTrail\b/i, /\baudit(?:ing|s|ed)?\b/i] },
  {
    id: 'quotas',
    label: 'Quotas and throttling',
    topic: 'quotas',
    patterns: [/\bThrottlingException\b/, /\bthrottl(?:e|ed|ing)\b/i, /\brequests? per second\b/i, /\bquotas?\b/i, /\bdata key caching\b/i],
  },
];

/** A concept found in a text, with how often it is mentioned. */
export interface FoundConcept {
  concept: Concept;
  mentions: number;
}

/** The concepts mentioned in `text`, in {@link CONCEPTS} order. */
export function findConcepts(text: string, concepts: readonly Concept[] = CONCEPTS): FoundConcept[] {
  const found: FoundConcept[] = [];
  for (const concept of concepts) {
    let mentions = 0;
    for (const pattern of concept.patterns) {
      const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      mentions += text.match(global)?.length ?? 0;
    }
    if (mentions > 0) found.push({ concept, mentions });
  }
  return found;
}
