import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { PageHeading } from '@/components/ui/page-heading';
import { useQuizBanks, type ImportOutcome } from './stores/quiz-banks';
import { useQuizData } from './use-quiz-data';
import { BankDropZone } from './bank-drop-zone';
import { BankList } from './bank-list';
import { PracticeBankLink } from './bank-actions';
import { Loading } from './loading';
import { Notice } from '@/components/ui';

/** Import Markdown banks (picker or drag and drop), see their problems by line, remove them. */
export function BanksPage() {
  const { ready, storageError } = useQuizData();
  const builtIn = useQuizBanks((s) => s.builtIn);
  const imported = useQuizBanks((s) => s.imported);
  const importFiles = useQuizBanks((s) => s.importFiles);
  const remove = useQuizBanks((s) => s.remove);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const [removed, setRemoved] = useState('');

  const onFiles = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setRemoved('');
    try {
      setOutcomes(await importFiles(files));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <PageHeading
        title="Question banks"
        lead="Add your own Markdown question banks. They are stored in this browser only (IndexedDB) and work in practice, exams, review and drills."
      />
      {!ready ? (
        <Loading>Loading banks…</Loading>
      ) : (
        <div className="flex flex-col gap-8">
          {storageError && <Notice tone="error">{storageError}</Notice>}
          <section aria-labelledby="import-title" className="flex flex-col gap-3">
            <h2 id="import-title" className="text-xl font-semibold">
              Import a bank
            </h2>
            <BankDropZone busy={busy} onFiles={onFiles} />
            <div aria-live="polite" className="flex flex-col gap-2">
              {busy && <p>Reading files…</p>}
              {outcomes.length > 0 && (
                <ul className="flex flex-col gap-2">
                  {outcomes.map((o, i) => (
                    <li key={`${o.fileName}-${i}`}>
                      <Notice tone={o.ok ? 'success' : 'error'}>
                        <p>
                          <strong>{o.fileName}</strong>: {o.message}
                        </p>
                        {o.ok && o.bankId && <PracticeBankLink bankId={o.bankId} />}
                      </Notice>
                    </li>
                  ))}
                </ul>
              )}
              {removed && <p>{removed}</p>}
            </div>
            <FormatHelp />
          </section>
          <section aria-labelledby="imported-title">
            <h2 id="imported-title" className="text-xl font-semibold">
              Your imported banks ({imported.length})
            </h2>
            {imported.length === 0 ? (
              <p className="mt-2 text-slate-700 dark:text-slate-300">None yet.</p>
            ) : (
              <BankList
                banks={imported}
                onRemove={async (bank) => {
                  setOutcomes([]);
                  try {
                    await remove(bank.info.id);
                    setRemoved(`Removed “${bank.info.title}”. Your answers to its questions stay in your progress.`);
                  } catch (error) {
                    setRemoved(`“${bank.info.title}” could not be removed: ${error instanceof Error ? error.message : String(error)}`);
                  }
                }}
              />
            )}
          </section>
          <section aria-labelledby="builtin-title">
            <h2 id="builtin-title" className="text-xl font-semibold">
              KMS Lab’s banks ({builtIn.length})
            </h2>
            {builtIn.length === 0 ? <p className="mt-2">None in this build yet.</p> : <BankList banks={builtIn} columns={2} />}
          </section>
          <p>
            <Link to="/quiz">Back to the quiz</Link>
          </p>
        </div>
      )}
    </div>
  );
}

function FormatHelp() {
  return (
    <details className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
      <summary className="cursor-pointer font-medium">Which formats work?</summary>
      <div className="mt-2 flex flex-col gap-2">
        <p>Three Markdown layouts are read as they are:</p>
        <ul className="list-disc pl-6">
          <li>
            KMS Lab’s format: a <code>## </code> heading per question, options as <code>- [ ]</code> and <code>- [x]</code>, then{' '}
            <code>**Explanation:**</code> and <code>**References:**</code>.
          </li>
          <li>
            The common community task list: a <code>### </code> heading per question and <code>- [ ]</code> / <code>- [x]</code> options
            (several <code>[x]</code> for “Choose TWO”).
          </li>
          <li>
            A numbered list: <code>1. </code> question, options indented as <code>- A. text</code>, and the answer in a{' '}
            <code>&lt;details&gt;</code> block as <code>Correct answer: B, E</code>.
          </li>
        </ul>
        <p>
          Questions that cannot be read are listed with their line number; the rest still load. Links open in a new tab, and no images or
          scripts from a bank are loaded.
        </p>
      </div>
    </details>
  );
}
