/**
 * An encryption context: non-secret key/value strings that KMS binds to a ciphertext as
 * additional authenticated data. Decrypt must present exactly the same pairs.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html
 */
export type EncryptionContext = Readonly<Record<string, string>>;

/**
 * The pairs sorted by key (UTF-16 code unit order), the canonical order the header stores them in,
 * so that the same context always produces the same header bytes.
 */
export function sortedContextEntries(context: EncryptionContext): [string, string][] {
  return Object.entries(context).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** True when both contexts hold exactly the same pairs (order does not matter, case does). */
export function sameEncryptionContext(a: EncryptionContext, b: EncryptionContext): boolean {
  const ea = sortedContextEntries(a);
  const eb = sortedContextEntries(b);
  return ea.length === eb.length && ea.every(([k, v], i) => eb[i]![0] === k && eb[i]![1] === v);
}
