import { describe, expect, it } from 'vitest';
import { STALE_CLAIMS, findStaleClaims, splitSentences, statesClaim } from '@/learn';

/**
 * For every entry of the reviewed list: sentences a note might contain that state the claim (must be
 * flagged) and sentences that mention the same subject correctly, as history, or about something else
 * (must not). A new entry without a row here fails the first test.
 */
const EXAMPLES: Record<string, { flagged: string[]; notFlagged: string[] }> = {
  'fips-140-2-level-2': {
    flagged: [
      'Implements FIPS 140-2 (Level 2) overall.',
      'KMS uses FIPS 140-2 Level 2 validated HSMs.',
      'AWS KMS: FIPS 140-2 level 2 overall, level 3 in four areas',
      'Level 2 of FIPS 140-2 for KMS, Level 3 for CloudHSM',
      'KMS HSMs are fips 140-2 lvl 2',
    ],
    notFlagged: [
      'KMS was FIPS 140-2 Level 2 until 2023.',
      'Before May 2023 KMS was validated at FIPS 140-2 Level 2.',
      'Older exams say FIPS 140-2 Level 2; KMS is now FIPS 140-3 Level 3.',
      'KMS HSMs are FIPS 140-3 Security Level 3 validated.',
      'CloudHSM hsm1.medium is FIPS 140-2 Level 3.',
      'FIPS 140-2 defines four security levels.',
    ],
  },
  'fips-level-3-means-cloudhsm': {
    flagged: [
      'If the question says FIPS 140-2 Level 3, the answer is CloudHSM.',
      'Need FIPS 140-2 Level 3 -> use CloudHSM',
      'Level 3 compliance requires CloudHSM.',
      'Only CloudHSM gives you FIPS Level 3.',
    ],
    notFlagged: [
      'CloudHSM is validated at FIPS 140-2 Level 3 and FIPS 140-3 Level 3, depending on the HSM type.',
      'Both KMS and CloudHSM now meet FIPS Level 3; choose CloudHSM for single-tenant HSMs.',
      'For Level 3 and exclusive control of the HSMs, use CloudHSM.',
      'Before May 2023, Level 3 meant CloudHSM.',
      'CloudHSM clusters can run in FIPS or non-FIPS mode.',
    ],
  },
  'customer-master-key-name': {
    flagged: ['Create a customer master key in the console.', 'CMKs never leave KMS unencrypted.'],
    notFlagged: [
      'Customer master keys were renamed KMS keys in 2021.',
      'A KMS key (formerly CMK) never leaves the HSMs unencrypted.',
      'KMS keys never leave KMS unencrypted.',
      'The cmk variable in this script holds the key ARN.',
    ],
  },
  'kms-symmetric-only': {
    flagged: [
      'KMS supports only symmetric keys.',
      "KMS doesn't support asymmetric keys, so use CloudHSM for RSA.",
      'Asymmetric encryption requires CloudHSM.',
      'AWS KMS cannot create RSA keys.',
    ],
    notFlagged: [
      'AWS services that integrate with KMS support only symmetric keys.',
      'KMS supports only symmetric keys for automatic rotation.',
      'Encryption context works only with symmetric keys in KMS.',
      'KMS supports symmetric, asymmetric and HMAC keys.',
      'Before November 2019 KMS supported only symmetric keys.',
      'A CloudHSM key store supports only symmetric keys.',
    ],
  },
  'no-keys-across-regions': {
    flagged: [
      'You cannot use the same KMS key in another Region.',
      'There is no such thing as a multi-Region key.',
      'KMS keys can never be shared across multiple Regions.',
    ],
    notFlagged: [
      'A single-Region key cannot be used in another Region.',
      'You cannot use a standard key in another Region; use a multi-Region key instead.',
      'Multi-Region keys share key material across Regions.',
      'KMS keys are regional resources.',
      'Before June 2021 you could not use the same key in another Region.',
    ],
  },
  'kms-stores-data-keys': {
    flagged: [
      'KMS stores your data keys for you.',
      'AWS KMS keeps track of the data keys it generates.',
      'Data keys are stored in KMS.',
      'KMS keeps a copy of the data key.',
    ],
    notFlagged: [
      'KMS does not store, manage or track your data keys.',
      'KMS never stores data keys; you store the encrypted data key.',
      'Store the encrypted data key next to the data.',
      'KMS manages the KMS keys that encrypt data keys.',
    ],
  },
  'aws-managed-three-years': {
    flagged: [
      'AWS managed keys are rotated every three years.',
      'AWS-managed keys: automatic rotation every 3 years',
      'AWS managed keys rotate automatically (3 years).',
      'Rotation happens every 3 years for AWS managed keys.',
      'KMS rotates them every 1095 days.',
    ],
    notFlagged: [
      'AWS managed keys rotate every year (every three years before May 2022).',
      'AWS managed keys used to rotate every three years.',
      'AWS managed keys were rotated every 3 years until 2022.',
      'AWS managed keys rotate every year.',
      'Keep CloudTrail logs for 3 years.',
      'Customer managed keys can rotate every 3 years: set RotationPeriodInDays to 1095.',
    ],
  },
  'rotation-always-yearly': {
    flagged: [
      'Automatic rotation is always yearly.',
      'Automatic key rotation happens exactly once a year.',
      'KMS rotates customer managed keys only every 365 days.',
      'The rotation period cannot be changed.',
      "You can't change the rotation period of a KMS key.",
      'Auto rotation: fixed at one year.',
    ],
    notFlagged: [
      'AWS managed keys are always rotated every year.',
      'By default, automatic rotation happens every 365 days.',
      'Automatic rotation is always yearly for AWS managed keys.',
      'Until April 2024 automatic rotation was always yearly.',
      'Rotation period: 90 to 2,560 days, 365 by default.',
      'Automatic rotation happens every year by default.',
    ],
  },
  'no-on-demand-rotation': {
    flagged: [
      'You cannot rotate a KMS key on demand.',
      "You can't rotate the key immediately; create a new key and update the alias.",
      'The only way to rotate immediately is to create a new key.',
    ],
    notFlagged: [
      'You cannot rotate AWS managed keys on demand.',
      'Asymmetric keys cannot be rotated on demand.',
      'RotateKeyOnDemand rotates a key immediately.',
      'Before April 2024 you could not rotate a key on demand.',
      'HMAC keys cannot be rotated on demand.',
    ],
  },
  'imported-material-no-rotation': {
    flagged: [
      'Imported key material cannot be rotated.',
      "Keys with imported key material can't be rotated.",
      'Rotation is not supported for keys with imported material.',
      'You cannot rotate a key whose material you imported.',
      'BYOK (imported material): no rotation, ever.',
    ],
    notFlagged: [
      'Imported key material cannot be rotated automatically.',
      'Keys with imported material support on-demand rotation, not automatic rotation.',
      'Until June 2025 imported key material could not be rotated.',
      'Import new key material, then call RotateKeyOnDemand.',
      'You can import key material into a key with origin EXTERNAL.',
    ],
  },
  'rotation-reencrypts-data': {
    flagged: [
      'Key rotation re-encrypts all existing data.',
      'When the key rotates, KMS reencrypts your old ciphertexts.',
      'Rotating a KMS key requires you to re-encrypt the data.',
    ],
    notFlagged: [
      'Rotation does not re-encrypt existing data.',
      "Rotation doesn't re-encrypt anything.",
      'Rotate the key without re-encrypting data.',
      'Use ReEncrypt to move ciphertext to a new key after a manual rotation.',
    ],
  },
  'rotation-breaks-old-ciphertext': {
    flagged: [
      'After rotation, old ciphertext can no longer be decrypted.',
      'After a key rotation, existing data cannot be decrypted with the key.',
      'Rotating the key invalidates old ciphertexts.',
    ],
    notFlagged: [
      'After rotation, old ciphertext still decrypts.',
      'After a rotation KMS decrypts older ciphertext with the older material.',
      'Deleting the key makes old ciphertext impossible to decrypt.',
    ],
  },
  'decrypt-needs-key-id': {
    flagged: ['You must store the key ID to decrypt the data later.', 'Decrypt requires the key ID.', 'Always pass the KeyId to decrypt.'],
    notFlagged: [
      'Decrypt does not need the key ID for symmetric keys.',
      'Asymmetric decryption requires the key ID and the algorithm.',
      'Specifying the key ID when you decrypt is a best practice.',
      'Decrypt needs kms:Decrypt permission on the key.',
    ],
  },
  'encryption-context-secret': {
    flagged: [
      'The encryption context is encrypted along with the data.',
      'Encryption context is secret, so put the customer ID there.',
      'The encryption context is a safe place to store passwords.',
    ],
    notFlagged: [
      'The encryption context is not secret.',
      'Encryption context is never encrypted; it appears in CloudTrail.',
      'The encryption context is bound to the ciphertext as additional authenticated data.',
    ],
  },
  'cancel-deletion-enables': {
    flagged: [
      'Cancelling the key deletion makes the key enabled again.',
      'CancelKeyDeletion re-enables the key.',
      'Cancel the deletion and the key returns to Enabled.',
    ],
    notFlagged: [
      'After you cancel key deletion the key is disabled.',
      'Cancelling the deletion leaves the key Disabled; call EnableKey.',
      'CancelKeyDeletion, then EnableKey to use it again.',
    ],
  },
  'rsaes-pkcs1-v1-5-wrapping': {
    flagged: [
      'Wrap the key material with RSAES_PKCS1_V1_5 before import.',
      'Import wrapping algorithms: RSAES_OAEP_SHA_256 or RSAES_PKCS1_V1_5.',
    ],
    notFlagged: [
      'RSAES_PKCS1_V1_5 is no longer supported for wrapping imported key material.',
      'RSAES_PKCS1_V1_5 wrapping was deprecated in 2023.',
      'Sign with RSASSA_PKCS1_V1_5_SHA_256.',
    ],
  },
  'request-quota-1200': {
    flagged: ['KMS allows 1,200 requests per second.', 'Quota: 1200 rps for cryptographic operations.'],
    notFlagged: [
      'KMS allowed 1,200 requests per second until 2018.',
      'The shared quota is 10,000 requests per second.',
      'The table has 1,200 rows.',
    ],
  },
  's3-unencrypted-by-default': {
    flagged: [
      'S3 does not encrypt objects by default.',
      "By default, S3 objects aren't encrypted.",
      'S3 buckets are unencrypted by default.',
    ],
    notFlagged: [
      'S3 encrypts new objects with SSE-S3 by default.',
      'Before January 2023, S3 did not encrypt objects by default.',
      'S3 does not use SSE-C by default.',
      'EBS volumes are not encrypted by default unless you turn on EBS encryption by default.',
    ],
  },
};

describe('the stale-claim list', () => {
  it('has a test row for every entry, with at least two sentences of each kind', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(STALE_CLAIMS.map((c) => c.id).sort());
    for (const [id, row] of Object.entries(EXAMPLES)) {
      expect(row.flagged.length, id).toBeGreaterThanOrEqual(2);
      expect(row.notFlagged.length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it('cites an AWS page, states the current fact, and dates every changed rule', () => {
    const ids = new Set<string>();
    for (const claim of STALE_CLAIMS) {
      expect(ids.has(claim.id), claim.id).toBe(false);
      ids.add(claim.id);
      expect(claim.source.url, claim.id).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//);
      expect(claim.now.length, claim.id).toBeGreaterThan(30);
      if (claim.kind === 'wrong') expect(claim.since, claim.id).toBeUndefined();
      else {
        expect(claim.since, claim.id).toMatch(/^(19|20)\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/);
        expect(claim.before, claim.id).toBeTruthy();
      }
    }
  });

  for (const claim of STALE_CLAIMS) {
    describe(claim.id, () => {
      const row = EXAMPLES[claim.id] ?? { flagged: [], notFlagged: [] };
      it.each(row.flagged)('flags: %s', (sentence) => {
        expect(statesClaim(sentence, claim)).toBe(true);
      });
      it.each(row.notFlagged)('does not flag: %s', (sentence) => {
        expect(statesClaim(sentence, claim)).toBe(false);
      });
    });
  }

  it("flags no entry on any other entry's correct sentences", () => {
    const wrongly: string[] = [];
    for (const row of Object.values(EXAMPLES)) {
      for (const sentence of row.notFlagged) {
        for (const m of findStaleClaims(sentence)) wrongly.push(`${m.claim.id}: ${sentence}`);
      }
    }
    expect(wrongly).toEqual([]);
  });
});

describe('findStaleClaims on whole notes', () => {
  it('flags each of the course-note sentences from issue 21', () => {
    const note = [
      'Implements FIPS 140-2 (Level 2) overall. Memorise this, it will likely be on the exam.',
      'AWS managed keys are rotated every three years.',
      'Automatic rotation is always yearly.',
      'Imported key material cannot be rotated.',
    ].join('\n');
    expect(findStaleClaims(note).map((m) => m.claim.id)).toEqual([
      'fips-140-2-level-2',
      'aws-managed-three-years',
      'rotation-always-yearly',
      'imported-material-no-rotation',
    ]);
  });

  it('flags nothing in a correct, current note', () => {
    const note = `KMS keys are protected by FIPS 140-3 Security Level 3 validated HSMs; they were FIPS 140-2 Level 2 until May 2023.
AWS managed keys rotate every year (every three years before May 2022), and you cannot change that.
Customer managed keys rotate every 90 to 2,560 days when automatic rotation is on, 365 by default. You can also rotate on demand with RotateKeyOnDemand.
Keys with imported material cannot be rotated automatically, but since June 2025 they can be rotated on demand after importing new material.
Encrypt takes at most 4 KB; for more, use GenerateDataKey and envelope encryption. KMS does not store data keys.
Rotation does not re-encrypt data, and old ciphertext still decrypts.`;
    expect(findStaleClaims(note).map((m) => `${m.claim.id}: ${m.sentence.text}`)).toEqual([]);
  });

  it('flags a recurring old name once per note when asked to remember', () => {
    const seen = new Set<string>();
    const first = findStaleClaims('Create a CMK. Then give the CMK an alias.', { seen });
    const second = findStaleClaims('Rotate the CMK yearly.', { seen });
    expect(first.map((m) => m.claim.id)).toEqual(['customer-master-key-name']);
    expect(second).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits at full stops followed by a new sentence and at line breaks, not inside version numbers', () => {
    const text = 'KMS uses FIPS 140-2 Level 2. Wrap with PKCS #1 v1.5 for import.\n- AWS managed: 3 years\ne.g. this stays';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'KMS uses FIPS 140-2 Level 2.',
      'Wrap with PKCS #1 v1.5 for import.',
      '- AWS managed: 3 years',
      'e.g. this stays',
    ]);
  });

  it('gives offsets that point back into the text', () => {
    const text = '  First one.  Second one!\nThird';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
