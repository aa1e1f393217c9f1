import { useId, useState } from 'react';
import type { BytePart, ScenarioToken } from '@/scenarios';
import { formatSize, fromUtf8, groupThousands, toBase64, toHex, TOKEN_KIND_LABELS } from '@/scenarios';
import { TokenGlyph } from '../diagram/token-style';
import { PART_COLOURS, byteRuns } from './byte-layout';
import { Button, DataTable, type Column } from '@/components/ui';

const PREVIEW_BYTES = 256;

type PartRow = { part: BytePart; index: number };

/** The parts table: each part's name (with its colour in the hex view), byte range and meaning. */
const partColumns: readonly Column<PartRow>[] = [
  {
    header: 'Part',
    className: 'text-xs font-semibold align-top',
    cell: ({ part, index }) => (
      <>
        <span className={`mr-1 inline-block h-2.5 w-2.5 rounded-sm ${PART_COLOURS[index % PART_COLOURS.length]}`} aria-hidden />
        {part.name}
      </>
    ),
  },
  {
    header: 'Bytes',
    className: 'text-xs whitespace-nowrap align-top',
    cell: ({ part }) => `${part.offset}–${part.offset + part.length - 1} (${part.length})`,
  },
  { header: 'What it is', className: 'text-xs align-top [overflow-wrap:anywhere]', cell: ({ part }) => part.description },
];

/**
 * A token's real bytes as hex or base64, with the labelled parts (a ciphertext blob's header, nonce,
 * tag...) coloured in the hex view and listed with their offsets underneath.
 */
export function ByteView({ token }: { token: ScenarioToken }) {
  const [format, setFormat] = useState<'hex' | 'base64'>('hex');
  const [showAll, setShowAll] = useState(false);
  const groupName = useId();
  const data = token.bytes;
  if (!data) return <p className="text-sm text-slate-700 dark:text-slate-300">This token carries no bytes.</p>;

  const bytes = data.bytes;
  const shown = showAll ? bytes.length : Math.min(bytes.length, PREVIEW_BYTES);
  const runs = byteRuns(shown, data.parts);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span className="inline-flex items-center gap-1 font-semibold">
          <TokenGlyph kind={token.kind} /> {TOKEN_KIND_LABELS[token.kind]}: {formatSize(bytes.length)}
        </span>
        <fieldset className="flex gap-3">
          <legend className="sr-only">Byte format</legend>
          {(['hex', 'base64'] as const).map((f) => (
            <label key={f} className="inline-flex items-center gap-1">
              <input type="radio" name={groupName} value={f} checked={format === f} onChange={() => setFormat(f)} />
              {f === 'hex' ? 'Hex' : 'Base64'}
            </label>
          ))}
        </fieldset>
      </div>
      {data.text && (
        <p className="rounded bg-slate-100 p-2 font-mono text-sm break-words dark:bg-slate-800">
          <span className="sr-only">As text: </span>“{fromUtf8(bytes.subarray(0, Math.min(bytes.length, 200)))}
          {bytes.length > 200 ? '…' : ''}”
        </p>
      )}
      <p
        data-testid="byte-dump"
        data-format={format}
        // Long dumps scroll; keyboard users must be able to reach and scroll them too.
        tabIndex={0}
        aria-label={`${TOKEN_KIND_LABELS[token.kind]} bytes as ${format === 'hex' ? 'hex' : 'base64'}`}
        className="max-h-60 overflow-auto rounded border border-slate-300 p-2 font-mono text-xs leading-relaxed break-all dark:border-slate-600"
      >
        {format === 'hex'
          ? runs.map((r) => (
              <span
                key={r.start}
                title={r.part >= 0 ? data.parts[r.part]!.name : undefined}
                className={r.part >= 0 ? `${PART_COLOURS[r.part % PART_COLOURS.length]} rounded-sm` : ''}
              >
                {toHex(bytes.subarray(r.start, r.end))}{' '}
              </span>
            ))
          : toBase64(bytes.subarray(0, shown))}
        {shown < bytes.length && '…'}
      </p>
      {bytes.length > PREVIEW_BYTES && (
        <Button size="sm" onClick={() => setShowAll((v) => !v)}>
          {showAll ? `Show the first ${PREVIEW_BYTES} bytes` : `Show all ${groupThousands(bytes.length)} bytes`}
        </Button>
      )}
      {data.parts.length > 0 && (
        <DataTable
          caption="Labelled parts of these bytes"
          hideCaption
          className="text-xs"
          columns={partColumns}
          rows={data.parts.map((part, index) => ({ part, index }))}
          rowKey={({ part }) => `${part.name}-${part.offset}`}
        />
      )}
    </div>
  );
}
