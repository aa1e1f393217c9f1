import { toHex } from '../bytes/byte-encoding';

export interface BlobPart {
  name: string;
  offset: number;
  length: number;
  description: string;
}

const COLOURS = [
  'bg-sky-100 text-sky-950 dark:bg-sky-900 dark:text-sky-50',
  'bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50',
  'bg-emerald-100 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50',
  'bg-violet-100 text-violet-950 dark:bg-violet-900 dark:text-violet-50',
  'bg-rose-100 text-rose-950 dark:bg-rose-900 dark:text-rose-50',
  'bg-lime-100 text-lime-950 dark:bg-lime-900 dark:text-lime-50',
];

/** The ciphertext blob in hex with each part (key reference, material version, nonce, ...) coloured and named. */
export function BlobParts({ bytes, parts }: { bytes: Uint8Array; parts: BlobPart[] }) {
  return (
    <div className="space-y-2">
      <p className="font-mono text-xs leading-relaxed break-all">
        {parts.map((p, i) => (
          <span
            key={p.name}
            title={`${p.name}: bytes ${p.offset}–${p.offset + p.length - 1}`}
            className={`${COLOURS[i % COLOURS.length]} rounded-sm`}
          >
            {toHex(bytes.subarray(p.offset, p.offset + p.length))}
          </span>
        ))}
      </p>
      <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {parts.map((p, i) => (
          <div key={p.name} className="contents">
            <dt className="font-semibold">
              <span className={`${COLOURS[i % COLOURS.length]} mr-1 inline-block h-3 w-3 rounded-sm align-middle`} aria-hidden="true" />
              {p.name}
              <span className="font-normal text-slate-600 dark:text-slate-400">
                {' '}
                ({p.length} bytes at {p.offset})
              </span>
            </dt>
            <dd>{p.description}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
