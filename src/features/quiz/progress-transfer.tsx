import { useRef, useState } from 'react';
import { useQuizProgress, type RawBackup } from './stores/quiz-progress';
import { downloadText } from './download';
import { Button, Notice } from '@/components/ui';

/** Export all progress as a JSON file; import one (validated and merged) with a summary of what changed. */
export function ProgressTransfer() {
  const exportJson = useQuizProgress((s) => s.exportJson);
  const importJson = useQuizProgress((s) => s.importJson);
  const rawBackups = useQuizProgress((s) => s.rawBackups);
  // Read once per render: copies of damaged data the core kept aside stay downloadable here even
  // after the notice at the top of the page was hidden.
  const backups = rawBackups();
  const inputRef = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [exportWarning, setExportWarning] = useState<string>();

  const exportFile = async () => {
    setBusy('export');
    // The whole history is read from the database, so the file is complete however long ago the answer.
    const { text, warning } = await exportJson();
    setBusy(null);
    setExportWarning(warning);
    downloadText(`kmslab-progress-${new Date().toISOString().slice(0, 10)}.json`, text, 'application/json');
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setResult({ ok: false, fileName: file.name, error: 'The file could not be read.' });
      return;
    }
    setBusy('import');
    const outcome = await importJson(text);
    setBusy(null);
    setResult(
      outcome.ok ? { ok: true, fileName: file.name, summary: outcome.summary } : { ok: false, fileName: file.name, error: outcome.error },
    );
  };

  return (
    <div className="mt-3 flex flex-col gap-4">
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">
        The file holds every answer, review card, flag, exam result and setting. Importing merges it with what is here: nothing already
        stored is removed.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button variant="primary" disabled={busy !== null} onClick={() => void exportFile()}>
          {busy === 'export' ? 'Preparing the file…' : 'Export progress'}
        </Button>
        <input
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          className="sr-only"
          tabIndex={-1}
          aria-label="Progress file to import"
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <Button disabled={busy !== null} onClick={() => inputRef.current?.click()}>
          Import progress…
        </Button>
      </div>
      <BackupDownloads backups={backups} />
      <div aria-live="polite">
        {exportWarning && (
          <Notice tone="warning" title="The export is incomplete">
            <p>{exportWarning}</p>
          </Notice>
        )}
        {busy === 'import' && <p>Importing…</p>}
        {result && <ImportOutcome result={result} />}
      </div>
    </div>
  );
}

type ImportResult = { ok: true; fileName: string; summary: string[] } | { ok: false; fileName: string; error: string };

function ImportOutcome({ result }: { result: ImportResult }) {
  if (!result.ok) {
    return (
      <Notice tone="error" title={`${result.fileName} was not imported`}>
        <p>{result.error}</p>
        <p className="mt-1">Your current progress is unchanged.</p>
      </Notice>
    );
  }
  return (
    <Notice tone="success" title={`Imported ${result.fileName}`}>
      {result.summary.length ? (
        <ul className="list-disc pl-6">
          {result.summary.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>Nothing new: everything in the file was already here.</p>
      )}
    </Notice>
  );
}

/** Copies of damaged data the core kept aside, downloadable exactly as they were stored. */
function BackupDownloads({ backups }: { backups: readonly RawBackup[] }) {
  if (backups.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-slate-700 dark:text-slate-300">Data kept aside because it could not be used, exactly as it was stored:</p>
      <ul className="flex flex-wrap gap-2">
        {backups.map((b) => (
          <li key={b.key}>
            <Button onClick={() => downloadText(b.fileName, b.text, 'application/json')}>
              Download {b.label} ({b.key})
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
