/**
 * One explanation, used everywhere, for a ciphertext whose key KMS cannot find in the Region of the
 * request: the error's explanation, the audit trail's access decision, the console's hint. It agrees
 * with the quiz (content/banks/regions.md, regions-001): keys are Regional, a single-Region key exists
 * only where it was created, and KMS in another Region has no key with that ID, whatever the caller's
 * permissions. Sources: docs/kms-facts.md §7 (multi-Region keys; single-Region keys are Region-locked).
 */

/** The general rule, for a learner who only has AWS's message. */
export const CIPHERTEXT_REGION_RULE =
  "The Region is part of a KMS key's identity: a single-Region key exists only in the Region where it was created, and KMS in another Region has no key with that ID, so it cannot decrypt, whatever your permissions. Decrypt in the key's own Region, re-encrypt the data under a key in this Region, or use a multi-Region key, whose replica in this Region decrypts it.";

/** Where a key with a ciphertext's key ID still lives, if anywhere (to say which case applies). */
export interface CiphertextKeyWhereabouts {
  /** The Region of the request. */
  region: string;
  keyId: string;
  /** Regions holding a key with that ID in the key's account (empty once it is deleted everywhere). */
  otherRegions: readonly string[];
}

/** The explanation for one request: which case applies, then the rule. */
export function explainMissingCiphertextKey(w: CiphertextKeyWhereabouts): string {
  if (w.otherRegions.length > 0) {
    const where = w.otherRegions.join(', ');
    return `The ciphertext was made under key ${w.keyId}, which exists in ${where} but not in ${w.region}. ${CIPHERTEXT_REGION_RULE}`;
  }
  return `The ciphertext was made under key ${w.keyId}, which exists in no Region any more: it was deleted, and nothing encrypted under a deleted key can be decrypted (unless a multi-Region replica of it survives elsewhere).`;
}
