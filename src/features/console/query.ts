import { getKmsClient, loadAppKms } from '@/lib/kms-runtime';
import { sendCommand, type CallOutcome } from './send-command';

/**
 * A read the console makes to draw its lists (ListKeys, DescribeKey, ...). It goes through the SDK
 * as the current principal like any call (so it is authorized and audited), but is not shown in
 * the "What ran" panel, which is for the learner's own actions.
 */
export async function query(
  region: string,
  accessKeyId: string,
  operation: string,
  input: Record<string, unknown> = {},
): Promise<CallOutcome> {
  await loadAppKms();
  return sendCommand(getKmsClient(region, accessKeyId), operation, input);
}

/** Follows Marker/NextMarker until the list ends, collecting one field of each page. */
export async function queryAll<T>(
  region: string,
  accessKeyId: string,
  operation: string,
  field: string,
  input: Record<string, unknown> = {},
) {
  const items: T[] = [];
  let marker: string | undefined;
  for (let page = 0; page < 100; page++) {
    const out = await query(region, accessKeyId, operation, { ...input, ...(marker ? { Marker: marker } : {}) });
    if (!out.ok) return out;
    items.push(...((out.output[field] as T[] | undefined) ?? []));
    marker = out.output.Truncated ? (out.output.NextMarker as string | undefined) : undefined;
    if (!marker) break;
  }
  return { ok: true as const, items };
}
