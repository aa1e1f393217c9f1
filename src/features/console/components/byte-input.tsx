import { useId, useState } from 'react';
import { Button, Notice, TextArea } from '@/components/ui';
import { decodeInput, type ByteEncoding } from '../bytes/byte-encoding';
import { EncodingToggle } from './encoding-toggle';

export interface ByteInputValue {
  raw: string;
  encoding: ByteEncoding;
  /** Bytes read from a picked file; when set, `raw` is ignored. */
  file?: { name: string; bytes: Uint8Array };
}

/** Max size of a picked file: the console is for KMS-sized inputs; big files go to the Envelope page. */
const MAX_FILE_BYTES = 64 * 1024;

/**
 * Bytes typed as text, hex or base64, or read from a small file, with the byte count shown live
 * and a precise message when the typed value is not valid in its encoding.
 */
export function ByteInput({
  label,
  value,
  onChange,
  rows = 3,
}: {
  label: string;
  value: ByteInputValue;
  onChange: (v: ByteInputValue) => void;
  rows?: number;
}) {
  const id = useId();
  const [fileError, setFileError] = useState<string>();
  const decoded = value.file ? { ok: true as const, bytes: value.file.bytes } : decodeInput(value.raw, value.encoding);
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor={`${id}-text`} className="font-semibold">
          {label}
        </label>
        <EncodingToggle
          label={label}
          value={value.file ? undefined : value.encoding}
          onChange={(encoding) => onChange({ raw: value.raw, encoding })}
        />
      </div>
      {value.file ? (
        <p className="rounded border border-slate-300 p-2 text-sm dark:border-slate-600">
          File <strong>{value.file.name}</strong> ({value.file.bytes.length.toLocaleString()} bytes){' '}
          <Button variant="link" onClick={() => onChange({ raw: '', encoding: value.encoding })}>
            Remove file
          </Button>
        </p>
      ) : (
        <TextArea
          id={`${id}-text`}
          rows={rows}
          value={value.raw}
          spellCheck={false}
          aria-describedby={`${id}-status`}
          aria-invalid={!decoded.ok}
          onChange={(e) => onChange({ raw: e.target.value, encoding: value.encoding })}
          className="w-full font-mono text-sm"
        />
      )}
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p id={`${id}-status`} className={decoded.ok ? 'text-slate-600 dark:text-slate-400' : 'text-red-800 dark:text-red-300'}>
          {decoded.ok ? `${decoded.bytes.length.toLocaleString()} bytes` : decoded.error}
        </p>
        <label className="cursor-pointer underline">
          Load a small file
          <input
            type="file"
            className="sr-only"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              if (file.size > MAX_FILE_BYTES) {
                setFileError(
                  `${file.name} is ${file.size.toLocaleString()} bytes. The console takes files up to 64 KB; encrypt big files on the Envelope page.`,
                );
                return;
              }
              setFileError(undefined);
              onChange({ raw: '', encoding: value.encoding, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } });
            }}
          />
        </label>
      </div>
      {fileError && (
        <Notice tone="error" compact className="text-sm">
          {fileError}
        </Notice>
      )}
    </div>
  );
}

/** The bytes a ByteInput currently holds, or an error message. */
export function byteInputBytes(value: ByteInputValue) {
  return value.file ? { ok: true as const, bytes: value.file.bytes } : decodeInput(value.raw, value.encoding);
}
