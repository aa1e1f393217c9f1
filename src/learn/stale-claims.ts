/**
 * The reviewed list of claims that study notes often make about AWS KMS and that are out of date or
 * were never right. One entry per claim: the sentences that state it (patterns), the sentences that
 * only mention it as history or correct it (unless), what is true now, since when, and the AWS page
 * that says so. Facts and dates come from docs/kms-facts.md (section given per entry).
 *
 * Review rules (tests/unit/learn/stale-claims.test.ts enforces the first three):
 * - every entry has sentences that must be flagged and sentences that must not, in the test table;
 * - every entry cites an AWS page (docs.aws.amazon.com or aws.amazon.com);
 * - `since` is a month (`YYYY-MM`) or a day (`YYYY-MM-DD`) that the fact sheet confirms; a claim whose
 *   change date is not confirmed (the 10 to 25 on-demand rotation limit, the move to FIPS 140-3) is
 *   left out rather than dated by guesswork;
 * - a pattern looks at one sentence; keep it narrow: a correct note must not be flagged.
 */

/** Why a claim is flagged. */
export type StaleClaimKind =
  /** It was true once and AWS changed the rule: say both versions and the date. */
  | 'changed'
  /** Only the name changed. */
  | 'renamed'
  /** It was never true, but study notes often say it. */
  | 'wrong';

/** One known stale or commonly wrong claim. */
export interface StaleClaim {
  /** Stable id, used in tests and in the marks of a rendered note. */
  id: string;
  kind: StaleClaimKind;
  /** The claim in a few words, as a note would state it. */
  claim: string;
  /** A sentence stating the claim matches at least one of these. */
  patterns: readonly RegExp[];
  /** A sentence that also matches one of these is not flagged (it corrects the claim or narrows it to where it holds). */
  unless?: readonly RegExp[];
  /** What is true now, in one or two sentences. */
  now: string;
  /** What older material says, for `changed` and `renamed` claims. */
  before?: string;
  /** When the rule changed: `YYYY-MM` or `YYYY-MM-DD`. Absent for claims that were never true. */
  since?: string;
  /** The AWS page that states the current fact. */
  source: { title: string; url: string };
  /** The study guide (topic id of the banks) and its section that covers the fact. */
  guide: { topic: string; section: string };
  /** Terminology that recurs in every line of old notes: flag only its first sentence. */
  oncePerNote?: boolean;
}

// Sentence parts. [^.;\n] keeps a pattern inside one sentence.
const S = '[^.;\\n]';
const NEG = "(?:\\bnot\\b|\\bnever\\b|n't\\b|\\bno\\b)";

/**
 * Words that put a `changed` or `renamed` claim in the past or present it as a correction: "was FIPS
 * 140-2 Level 2 until 2023", "before May 2022 AWS managed keys rotated every three years". Claims that
 * were never true ignore these ("KMS used to store data keys" is still wrong).
 */
export const HISTORY_MARKERS: readonly RegExp[] = [
  /\b(?:used to|no longer|formerly|previously|originally|at launch|historically|superseded|obsolete)\b/i,
  // "until 2023", "before May 2022", "prior to 10 October 2023", "until the change" (not "before import").
  /\b(?:until|till|before|prior to)\s+(?:(?:early|mid|late|the end of)\s+)?(?:(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b/i,
  /\b(?:until|till|before|prior to)\s+(?:the\s+)?(?:change|update|rename)\b/i,
  /\b(?:was|were|had been)\b/i,
  /\b(?:older|old|outdated|out-of-date|legacy|earlier)\s+(?:exams?|courses?|study|material|notes?|questions?|docs|documentation|answers?|sources?|guides?|books?|videos?)\b/i,
  /\b(?:out of date|outdated|stale|wrong now|not true any ?more|no longer true|changed in|changed on|changed since)\b/i,
  /\bpre-?(?:19|20)\d\d\b/i,
];

const AWS_MANAGED = /\bAWS[\s-]+managed\b/i;

/** The list. Order is the order a learner meets the topics (content/README.md). */
export const STALE_CLAIMS: readonly StaleClaim[] = [
  {
    // docs/kms-facts.md §11.1
    id: 'fips-140-2-level-2',
    kind: 'changed',
    claim: 'The KMS HSMs are FIPS 140-2 validated at Level 2 (overall).',
    patterns: [
      new RegExp(`FIPS[\\s-]*140-2\\b${S}{0,60}?\\bL(?:evel|vl)\\.?\\s*(?:2|II|two)\\b`, 'i'),
      new RegExp(`\\bL(?:evel|vl)\\.?\\s*(?:2|two)\\b${S}{0,40}FIPS[\\s-]*140-2\\b`, 'i'),
    ],
    unless: [
      /140-3/,
      new RegExp(`\\blevel\\s*3\\b${S}{0,40}\\b(?:now|since|as of|today|currently|from)\\b`, 'i'),
      new RegExp(`\\b(?:now|since|as of|today|currently)\\b${S}{0,40}\\blevel\\s*3\\b`, 'i'),
    ],
    before: 'FIPS 140-2, Level 2 overall (Level 3 in four areas).',
    now: 'Since May 2023 the KMS HSMs are validated at Security Level 3: first FIPS 140-2 Level 3, now FIPS 140-3 Level 3 (NIST certificate #4884). The China Regions use OSCCA-certified HSMs instead.',
    since: '2023-05',
    source: {
      title: 'AWS KMS Developer Guide: AWS KMS internal operations',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-internals.html',
    },
    guide: { topic: 'hsm-fips', section: 'fips-140-validation' },
  },
  {
    // docs/kms-facts.md §11.1, §14.2 item 14
    id: 'fips-level-3-means-cloudhsm',
    kind: 'changed',
    claim: 'A FIPS Level 3 requirement means CloudHSM, because KMS is only Level 2.',
    patterns: [
      new RegExp(
        `\\bLevel\\s*3\\b${S}{0,80}(?:require|need|mean|must|only|use|choose|pick|go (?:with|for)|answer|→|->|=>)${S}{0,40}CloudHSM`,
        'i',
      ),
      new RegExp(`CloudHSM${S}{0,60}\\bonly\\b${S}{0,40}\\bLevel\\s*3\\b`, 'i'),
      new RegExp(`\\bonly\\s+CloudHSM\\b${S}{0,60}\\bLevel\\s*3\\b`, 'i'),
    ],
    unless: [
      new RegExp(`\\bKMS\\b${S}{0,40}\\b(?:also|too|as well)\\b`, 'i'),
      new RegExp(`\\b(?:also|too|as well|both)\\b${S}{0,40}\\bKMS\\b`, 'i'),
      /140-3|tenan|dedicated|exclusive|your own HSM|full control|sole control/i,
    ],
    before: 'KMS was Level 2 overall, so "FIPS 140-2 Level 3" in a question pointed to CloudHSM.',
    now: 'KMS itself has been Level 3 since May 2023 (now FIPS 140-3 Level 3), so a Level 3 requirement alone no longer decides it. Choose CloudHSM for single-tenant HSMs that you control.',
    since: '2023-05',
    source: {
      title: 'AWS KMS Developer Guide: AWS KMS internal operations',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-internals.html',
    },
    guide: { topic: 'kms-vs-cloudhsm', section: 'choosing-between-them' },
  },
  {
    // docs/kms-facts.md §6 (terminology), §2.1
    id: 'customer-master-key-name',
    kind: 'renamed',
    claim: '"Customer master key (CMK)" is the name of a KMS key.',
    patterns: [/\bcustomer master keys?\b/i, /\bCMKs?\b/],
    unless: [/\bKMS keys?\b/i, /\brenamed\b|\bnow called\b|\bnew name\b/i],
    before: 'Customer master key (CMK).',
    now: 'AWS renamed customer master keys to AWS KMS keys (KMS keys) in August 2021. Nothing else changed; the old name survives in fields such as CustomerMasterKeySpec.',
    since: '2021-08',
    source: {
      title: 'AWS KMS Developer Guide: document history',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/dochistory.html',
    },
    guide: { topic: 'what-is-kms', section: 'words-you-will-meet' },
    oncePerNote: true,
  },
  {
    // docs/kms-facts.md §2.1 (timeline of key types)
    id: 'kms-symmetric-only',
    kind: 'changed',
    claim: 'KMS supports only symmetric keys; asymmetric keys need CloudHSM.',
    patterns: [
      new RegExp(
        `\\bKMS\\b${S}{0,40}\\b(?:only supports?|supports? only|can only (?:create|use|hold|store|manage)|only (?:creates?|offers?|provides?|has))\\s+symmetric`,
        'i',
      ),
      new RegExp(
        `\\bKMS\\b${S}{0,40}(?:\\bdoes not|\\bdoesn't|\\bcannot|\\bcan't|\\bcan not)\\s+(?:support|create|use|hold|store|manage|do|offer)\\s+(?:\\w+\\s+)?(?:asymmetric|RSA|elliptic|ECC|public[\\s-]key|digital signatures?|signing)`,
        'i',
      ),
      new RegExp(
        `(?:asymmetric|public[\\s-]key|RSA) (?:keys?|encryption|crypto\\w*|signing)${S}{0,30}\\b(?:requires?|needs?|use|only (?:in|with))\\s+CloudHSM`,
        'i',
      ),
    ],
    unless: [/rotat|integrat|\bservices?\b|encryption context|data keys?|key store|import/i],
    before: 'KMS keys were symmetric only.',
    now: 'KMS has offered asymmetric KMS keys (RSA and elliptic curve, for encryption, signing or key agreement) and data key pairs since November 2019, and HMAC keys since April 2022.',
    since: '2019-11',
    source: {
      title: 'AWS KMS Developer Guide: asymmetric keys in AWS KMS',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html',
    },
    guide: { topic: 'asymmetric-hmac', section: 'key-specs-and-usage' },
  },
  {
    // docs/kms-facts.md §7
    id: 'no-keys-across-regions',
    kind: 'changed',
    claim: 'A KMS key can never be used in more than one Region.',
    patterns: [
      new RegExp(
        `(?:\\bcannot|\\bcan't|\\bcan not|\\bnever|\\bno way to|\\bnot possible to|\\bimpossible to)${S}{0,40}\\b(?:use|share|copy|replicate|move|have)\\b${S}{0,40}\\bkeys?\\b${S}{0,30}\\b(?:in|across|to|between)\\s+(?:another|other|multiple|several|different|two|many)\\s+Regions?\\b`,
        'i',
      ),
      new RegExp(
        `\\bkeys?\\b${S}{0,30}(?:\\bcannot|\\bcan't|\\bcan never|\\bcan not|\\bnever)\\s+(?:be\\s+)?(?:used|shared|copied|replicated|moved)\\s+(?:in|across|to|between)\\s+(?:another|other|multiple|several|different|two|many)\\s+Regions?\\b`,
        'i',
      ),
      /\bno\s+(?:such\s+thing\s+as\s+)?(?:an?\s+)?(?:multi|cross)[\s-]Region\s+(?:KMS\s+)?keys?\b/i,
    ],
    unless: [/single[\s-]Region|(?<!\bno (?:such thing as )?(?:an? )?)multi[\s-]Region|replica|\bMRKs?\b|regional keys?|standard keys?/i],
    before: 'Every KMS key lived in exactly one Region.',
    now: 'That still holds for single-Region keys, the default. Since June 2021 a multi-Region key can be replicated to other Regions: the replicas share its key ID and key material, so one Region decrypts what another encrypted.',
    since: '2021-06',
    source: {
      title: 'AWS KMS Developer Guide: multi-Region keys',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html',
    },
    guide: { topic: 'regions', section: 'multi-region-keys' },
  },
  {
    // docs/kms-facts.md §8
    id: 'kms-stores-data-keys',
    kind: 'wrong',
    claim: 'KMS stores or keeps track of the data keys it generates.',
    patterns: [
      new RegExp(
        `\\bKMS\\b${S}{0,40}\\b(?:stores?|keeps?(?: track of)?|tracks?|saves?|remembers?|retains?|persists?)\\s+(?:(?:the|your|all|every|each|a|copies of|a copy of)\\s+){0,2}(?:generated\\s+)?(?:plaintext\\s+)?data keys?\\b`,
        'i',
      ),
      /\bdata keys?\s+(?:are|is)\s+(?:stored|kept|tracked|saved|persisted)\s+(?:in|by|inside)\s+(?:AWS\s+)?KMS\b/i,
    ],
    unless: [new RegExp(NEG, 'i')],
    now: 'KMS does not store, manage or track data keys. The application keeps the encrypted data key next to the data and asks KMS to decrypt it when needed.',
    source: {
      title: 'AWS KMS Developer Guide: data keys',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/data-keys.html',
    },
    guide: { topic: 'envelope-encryption', section: 'data-keys' },
  },
  {
    // docs/kms-facts.md §5.4
    id: 'aws-managed-three-years',
    kind: 'changed',
    claim: 'AWS managed keys rotate every three years.',
    patterns: [
      new RegExp(`\\bAWS[\\s-]+managed${S}{0,100}?\\b(?:every|each|once (?:in|every)|per)\\s+(?:3|three)[\\s-]*(?:years?|yrs?)\\b`, 'i'),
      new RegExp(`\\bAWS[\\s-]+managed${S}{0,100}?rotat\\w*${S}{0,40}\\b(?:3|three)[\\s-]*(?:years?|yrs?)\\b`, 'i'),
      new RegExp(`\\b(?:3|three)[\\s-]*(?:years?|yrs?)\\b${S}{0,40}\\b(?:for|on|of)\\s+(?:the\\s+)?AWS[\\s-]+managed`, 'i'),
      /\b1,?095\s*days\b/i,
    ],
    before: 'Every three years (about 1,095 days).',
    now: 'KMS rotates AWS managed keys every year (about 365 days). You cannot change, disable or trigger their rotation.',
    since: '2022-05',
    source: {
      title: 'AWS KMS API Reference: EnableKeyRotation',
      url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html',
    },
    guide: { topic: 'rotation', section: 'aws-managed-and-aws-owned-keys' },
  },
  {
    // docs/kms-facts.md §5.2
    id: 'rotation-always-yearly',
    kind: 'changed',
    claim: 'Automatic rotation of a customer managed key is always yearly; the period cannot be changed.',
    patterns: [
      new RegExp(
        `rotat\\w*${S}{0,60}\\b(?:always|only|fixed|exactly|strictly)\\b${S}{0,12}\\b(?:every|once a|once per|once every|each|after|at)?\\s*(?:one\\s+)?(?:year|yearly|annual|annually|365 days|twelve months|12 months)\\b`,
        'i',
      ),
      new RegExp(
        `(?:rotation period|rotation interval|rotation frequency|rotation schedule|how often${S}{0,20}rotat\\w*)${S}{0,40}(?:\\bcannot|\\bcan't|\\bcan not|\\bnot)\\s+(?:be\\s+)?(?:changed|configured|customi[sz]ed|modified|set|chosen)`,
        'i',
      ),
      /(?:\bcannot|\bcan't|\bcan not)\s+(?:change|configure|customi[sz]e|modify|set|choose|pick)\s+(?:the\s+|how often\s+)?(?:automatic\s+)?(?:key\s+)?rotation(?:\s+(?:period|interval|frequency|schedule))?\b/i,
    ],
    unless: [AWS_MANAGED, /\bdefault\b|\bAWS owned\b|custom key store|asymmetric|\bHMAC\b/i],
    before: 'Automatic rotation happened every year; the period was fixed.',
    now: 'Customer managed keys rotate automatically every 90 to 2,560 days (365 by default, set with RotationPeriodInDays), and can also be rotated on demand. Only AWS managed keys rotate on a fixed yearly schedule.',
    since: '2024-04',
    source: {
      title: 'AWS KMS API Reference: EnableKeyRotation',
      url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html',
    },
    guide: { topic: 'rotation', section: 'automatic-rotation' },
  },
  {
    // docs/kms-facts.md §5.3
    id: 'no-on-demand-rotation',
    kind: 'changed',
    claim: 'You cannot rotate a KMS key on demand; to rotate now you must create a new key.',
    patterns: [
      new RegExp(
        `(?:\\bcannot|\\bcan't|\\bcan not|\\bno way to|\\bnot possible to|\\bunable to)\\s+(?:\\w+\\s+){0,3}rotat\\w*${S}{0,30}\\b(?:on[\\s-]demand|immediately|whenever you (?:want|like)|at will|right away|right now)\\b`,
        'i',
      ),
      new RegExp(
        `\\b(?:only|sole)\\s+way\\s+to\\s+rotat\\w*${S}{0,40}\\b(?:immediately|now|on demand|sooner|earlier|more often|early)\\b${S}{0,60}\\b(?:new (?:KMS )?key|manual)`,
        'i',
      ),
    ],
    unless: [AWS_MANAGED, /asymmetric|\bHMAC\b|custom key store|key store|import|\bexternal\b/i],
    before: 'No on-demand rotation: rotating early meant creating a new key and repointing aliases and applications.',
    now: 'RotateKeyOnDemand rotates a symmetric customer managed key immediately, whether or not automatic rotation is on (up to 25 times per key).',
    since: '2024-04',
    source: {
      title: 'AWS KMS Developer Guide: perform on-demand key rotation',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-on-demand.html',
    },
    guide: { topic: 'rotation', section: 'on-demand-rotation' },
  },
  {
    // docs/kms-facts.md §5.3
    id: 'imported-material-no-rotation',
    kind: 'changed',
    claim: 'A KMS key with imported key material cannot be rotated.',
    patterns: [
      new RegExp(`\\bimport\\w*${S}{0,60}(?:\\bcannot|\\bcan't|\\bcan not|\\bcould not|\\bnot|\\bnever|\\bno)\\b${S}{0,25}\\brotat`, 'i'),
      new RegExp(`(?:\\bcannot|\\bcan't|\\bcan not|\\bnot possible to|\\bno way to)\\s+(?:be\\s+)?rotat\\w*${S}{0,60}\\bimport`, 'i'),
      new RegExp(`\\brotat\\w*${S}{0,40}(?:\\bnot|n't)\\s+(?:\\w+\\s+)?(?:supported|possible|available|allowed)${S}{0,60}\\bimport`, 'i'),
    ],
    unless: [/\bautomatic|\bauto[\s-]?rotat|on[\s-]demand|RotateKeyOnDemand/i],
    before: 'Keys with imported material (origin EXTERNAL) could not be rotated at all; the only way was a new key.',
    now: 'Automatic rotation is still not supported, but since June 2025 a symmetric key with imported material can be rotated on demand: import new key material, then call RotateKeyOnDemand (multi-Region keys too since November 2025).',
    since: '2025-06',
    source: {
      title: 'AWS KMS Developer Guide: import key material',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/importing-keys-import-key-material.html',
    },
    guide: { topic: 'rotation', section: 'imported-key-material' },
  },
  {
    // docs/kms-facts.md §5.1
    id: 'rotation-reencrypts-data',
    kind: 'wrong',
    claim: 'Rotating a KMS key re-encrypts the data it protects.',
    patterns: [
      new RegExp(
        `\\brotat\\w*${S}{0,60}\\bre-?encrypts?\\b${S}{0,40}\\b(?:data|ciphertexts?|objects?|everything|existing|old|files?|all|volumes?)\\b`,
        'i',
      ),
      new RegExp(`\\brotat\\w*${S}{0,40}\\b(?:requires?|needs?|means?|forces?)\\s+(?:you\\s+to\\s+)?re-?encrypt`, 'i'),
    ],
    unless: [new RegExp(`${NEG}|\\bwithout\\b|\\bno need\\b`, 'i')],
    now: 'Rotation only adds new key material for new encryptions. KMS keeps every older material and uses it to decrypt older ciphertext; it does not re-encrypt any data or rotate data keys.',
    source: {
      title: 'AWS KMS Developer Guide: rotate AWS KMS keys',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    },
    guide: { topic: 'rotation', section: 'what-rotation-changes' },
  },
  {
    // docs/kms-facts.md §5.1
    id: 'rotation-breaks-old-ciphertext',
    kind: 'wrong',
    claim: 'After rotation, data encrypted under the old key material can no longer be decrypted.',
    patterns: [
      new RegExp(
        `\\b(?:after|once)\\s+(?:a\\s+|the\\s+)?(?:key\\s+)?rotation\\b${S}{0,50}\\b(?:old|older|existing|previous|earlier)\\b${S}{0,30}(?:\\bcannot|\\bcan't|\\bcan not|\\bno longer|\\bunable|\\bnot)\\s+(?:\\w+\\s+)?decrypt`,
        'i',
      ),
      new RegExp(`\\brotat\\w*${S}{0,40}\\b(?:breaks|invalidates)\\b${S}{0,30}\\b(?:old|older|existing|previous)\\b`, 'i'),
    ],
    now: 'KMS keeps all previous key material for as long as the key exists and picks the right one automatically, so older ciphertext keeps decrypting after any number of rotations.',
    source: {
      title: 'AWS KMS Developer Guide: rotate AWS KMS keys',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    },
    guide: { topic: 'rotation', section: 'what-rotation-changes' },
  },
  {
    // docs/kms-facts.md §8 (Decrypt)
    id: 'decrypt-needs-key-id',
    kind: 'wrong',
    claim: 'You must give the key ID to decrypt a symmetric ciphertext.',
    patterns: [
      new RegExp(
        `\\b(?:must|need to|have to|required to|always)\\s+(?:\\w+\\s+){0,2}(?:specify|pass|provide|supply|give|send|include|store|keep|save|record)\\s+(?:\\w+\\s+){0,2}key[\\s-]?id\\b${S}{0,60}\\bdecrypt`,
        'i',
      ),
      new RegExp(
        `\\bdecrypt\\w*${S}{0,40}\\b(?:requires?|needs?|must (?:have|include|specify|be given))\\b${S}{0,20}\\bkey[\\s-]?id\\b`,
        'i',
      ),
    ],
    unless: [
      /asymmetric|\bRSA\b|\bSM2\b|public key|recommend|best practice|good practice|optional|(?:don't|do not|doesn't|does not|not)\s+(?:\w+\s+)?(?:need|required)/i,
    ],
    now: 'For symmetric KMS keys the ciphertext blob says which key made it, so KeyId is optional in Decrypt (giving it is recommended, as a check). Only asymmetric ciphertext needs KeyId and the algorithm.',
    source: { title: 'AWS KMS API Reference: Decrypt', url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html' },
    guide: { topic: 'envelope-encryption', section: 'decrypting' },
  },
  {
    // docs/kms-facts.md §1.3
    id: 'encryption-context-secret',
    kind: 'wrong',
    claim: 'The encryption context is secret or encrypted.',
    patterns: [
      new RegExp(
        `\\bencryption context${S}{0,40}\\b(?:is|are|gets?|stays?)\\s+(?:\\w+\\s+)?(?:encrypted|secret|confidential|hidden|private)\\b`,
        'i',
      ),
      new RegExp(
        `\\bencryption context${S}{0,40}\\b(?:safe|good|fine)(?:\\s+place)?\\s+(?:to|for)\\s+(?:store|put|keep|hold)${S}{0,30}(?:secret|password|sensitive|PII|credential)`,
        'i',
      ),
    ],
    unless: [new RegExp(NEG, 'i')],
    now: 'The encryption context is not secret: it is bound to the ciphertext as additional authenticated data and appears in plaintext in CloudTrail logs. Never put sensitive data in it.',
    source: {
      title: 'AWS KMS Developer Guide: encryption context',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html',
    },
    guide: { topic: 'encryption-context', section: 'not-a-secret' },
  },
  {
    // docs/kms-facts.md §4
    id: 'cancel-deletion-enables',
    kind: 'wrong',
    claim: 'Cancelling a key deletion puts the key back in use (Enabled).',
    patterns: [
      new RegExp(
        `\\bcancel\\w*\\s+(?:the\\s+|a\\s+)?(?:scheduled\\s+)?(?:key\\s+)?deletion${S}{0,80}\\b(?:enabled|re-?enables?|usable again|back in use|active again|returns? to (?:the\\s+)?enabled)\\b`,
        'i',
      ),
      new RegExp(`\\bCancelKeyDeletion${S}{0,60}\\b(?:enabled|re-?enables?|usable again)\\b`, 'i'),
    ],
    unless: [/\bdisabled\b|\bnot\s+(?:re-?)?enabled|\bEnableKey\b|(?:must|need to|have to|then)\s+(?:\w+\s+)?enable/i],
    now: 'CancelKeyDeletion leaves the key Disabled. Call EnableKey before using it again.',
    source: {
      title: 'AWS KMS API Reference: CancelKeyDeletion',
      url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_CancelKeyDeletion.html',
    },
    guide: { topic: 'key-states', section: 'deleting-a-key' },
  },
  {
    // docs/kms-facts.md §13 (import wrapping)
    id: 'rsaes-pkcs1-v1-5-wrapping',
    kind: 'changed',
    claim: 'Imported key material can be wrapped with RSAES_PKCS1_V1_5.',
    patterns: [
      new RegExp(`(?:RSAES_PKCS1_V1_5|PKCS\\s*#?\\s*1\\s*v1\\.5)${S}{0,80}\\b(?:wrap|import)`, 'i'),
      new RegExp(`\\b(?:wrap|import)\\w*${S}{0,80}(?:RSAES_PKCS1_V1_5|PKCS\\s*#?\\s*1\\s*v1\\.5)`, 'i'),
    ],
    unless: [/deprecat|\bnot supported|unsupported|\bremoved|\bended|\bretired/i],
    before: 'RSAES_PKCS1_V1_5 was one of the wrapping algorithms for GetParametersForImport.',
    now: 'Since 10 October 2023 KMS no longer supports RSAES_PKCS1_V1_5 for wrapping imported key material; use one of the RSAES_OAEP algorithms.',
    since: '2023-10-10',
    source: {
      title: 'AWS KMS API Reference: GetParametersForImport',
      url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_GetParametersForImport.html',
    },
    guide: { topic: 'keys-never-leave', section: 'bringing-your-own-key-material' },
  },
  {
    // docs/kms-facts.md §1.5
    id: 'request-quota-1200',
    kind: 'changed',
    claim: 'KMS allows about 1,200 cryptographic requests per second.',
    patterns: [/\b1,?200\s*(?:requests?|req|rps|calls|operations|API calls|TPS|per second|\/s)\b/i],
    before: '1,200 requests per second for cryptographic operations.',
    now: 'The shared quota for symmetric cryptographic operations is at least 10,000 requests per second per account and Region (20,000 or more in larger Regions), and it is adjustable.',
    since: '2018-08',
    source: {
      title: 'AWS KMS Developer Guide: request quotas',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html',
    },
    guide: { topic: 'quotas', section: 'request-quotas' },
  },
  {
    // docs/kms-facts.md §14.2 item 13
    id: 's3-unencrypted-by-default',
    kind: 'changed',
    claim: 'Amazon S3 does not encrypt new objects unless you ask it to.',
    patterns: [
      new RegExp(`\\bS3\\b${S}{0,80}(?:\\bnot|n't|\\bun)[\\s-]?encrypt\\w*${S}{0,30}\\bby default\\b`, 'i'),
      new RegExp(
        `\\bby default${S}{0,60}\\bS3\\b${S}{0,60}(?:\\bnot encrypted|\\bunencrypted|\\bno encryption|n't encrypted|\\bnot encrypt)`,
        'i',
      ),
      new RegExp(`\\bS3\\b${S}{0,60}\\bno (?:default )?encryption\\b${S}{0,20}\\bby default\\b`, 'i'),
    ],
    unless: [/SSE-C\b/i],
    before: 'Objects were stored unencrypted unless the bucket or the request asked for encryption.',
    now: 'Since 5 January 2023 S3 encrypts every new object at rest by default with SSE-S3; SSE-KMS, DSSE-KMS and SSE-C remain options.',
    since: '2023-01-05',
    source: {
      title: 'Amazon S3 User Guide: protecting data with server-side encryption',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html',
    },
    guide: { topic: 'service-integrations', section: 'amazon-s3' },
  },
];

/** The entry with this id (tests and the note renderer). */
export function staleClaim(id: string): StaleClaim | undefined {
  return STALE_CLAIMS.find((c) => c.id === id);
}
