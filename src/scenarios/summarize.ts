/**
 * Turns SDK-shaped call inputs and outputs into plain JSON for the transcript: blobs become
 * `"<N bytes>"` (their real bytes travel in the step's tokens), dates become ISO strings, and SDK
 * bookkeeping (`$metadata`) is dropped.
 */
export function summarize(value: unknown): unknown {
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(summarize);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '$metadata' || v === undefined) continue;
      out[k] = summarize(v);
    }
    return out;
  }
  return value;
}

/** {@link summarize} for a top-level record. */
export function summarizeRecord(value: unknown): Record<string, unknown> {
  const out = summarize(value);
  return out && typeof out === 'object' && !Array.isArray(out) ? (out as Record<string, unknown>) : { value: out };
}
