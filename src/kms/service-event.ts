/**
 * Events KMS itself causes, not a caller: CloudTrail records them as `AwsServiceEvent`s (for example
 * `DeleteExpiredKeyMaterial` when imported key material expires, `RotateKey` for each automatic
 * rotation; Developer Guide, ct-deleteexpiredkeymaterial.html and ct-rotatekey.html). The engine reports them; the access layer's trail records them.
 */

/** One service event about a key. */
export interface ServiceEvent {
  /** CloudTrail `eventName`: `DeleteExpiredKeyMaterial` or `RotateKey`. */
  eventName: string;
  /** Epoch ms (injected clock). */
  time: number;
  region: string;
  /** The key's account (the event's recipient). */
  accountId: string;
  keyArn: string;
  keyId: string;
}
