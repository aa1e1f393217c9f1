import type { EnvelopeHeader } from '@/envelope';
import { formatBytes, hexPreview } from './format-bytes';

/** What a .kmslab file's authenticated header says: format, wrapping key, wrapped data key, chunking. */
export function HeaderSummary({ header, length }: { header: EnvelopeHeader; length: number }) {
  const rows: [string, string][] = [
    ['Format', `.kmslab version ${header.version}, AES-256-GCM chunks`],
    ['Wrapped by', header.keyId],
    ['Wrapped data key', `${header.wrappedDataKey.length} bytes: ${hexPreview(header.wrappedDataKey)}`],
    ['Chunk size', formatBytes(header.chunkSize)],
    ['File id (nonce prefix)', hexPreview(header.noncePrefix)],
    ['Header size', `${length} bytes, authenticated`],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-1 rounded bg-slate-50 p-3 text-sm sm:grid-cols-[auto_1fr] dark:bg-slate-900">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold">{k}</dt>
          <dd className="font-mono break-all">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
