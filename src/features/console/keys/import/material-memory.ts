/**
 * Key material the learner generated or pasted in the import flow, kept in this page's memory only
 * (a module variable: gone on reload, never written to storage), so the same material can be
 * imported again after it expires or is deleted, as a real owner would from their own HSM.
 */
const remembered = new Map<string, Uint8Array>();

/** The material remembered for a key (its ARN or id), if any. */
export function rememberedMaterial(keyId: string): Uint8Array | undefined {
  return remembered.get(keyId);
}

/** Remembers material for a key for this session. */
export function rememberMaterial(keyId: string, material: Uint8Array): void {
  remembered.set(keyId, material);
}
