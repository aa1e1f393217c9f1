import { useState } from 'react';
import { otherKinds, type LoadedBank } from './question-pool';
import { ConfirmDialog } from './confirm-dialog';
import { BankActions } from './bank-actions';
import { Button } from '@/components/ui';

/** Banks with their question counts and every problem by line; imported ones can be removed. */
export function BankList({
  banks,
  onRemove,
  columns = 1,
}: {
  banks: readonly LoadedBank[];
  onRemove?: (bank: LoadedBank) => void | Promise<void>;
  /** Two columns on wide screens for long lists that cannot be changed (the built-in banks). */
  columns?: 1 | 2;
}) {
  const [confirm, setConfirm] = useState<LoadedBank | null>(null);
  return (
    <>
      <ul className={`mt-3 grid gap-3 ${columns === 2 ? 'md:grid-cols-2' : ''}`}>
        {banks.map((bank) => {
          const { info } = bank;
          const errors = info.problems.filter((p) => p.severity === 'error').length;
          const warnings = info.problems.length - errors;
          return (
            <li key={info.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <h3 className="font-semibold break-words">{info.title}</h3>
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {info.fileName} · {info.questionCount} question{info.questionCount === 1 ? '' : 's'}
                    {otherKinds(bank.questions) ? ` (${otherKinds(bank.questions)})` : ''}
                    {info.format ? ` · ${formatName(info.format)}` : ''}
                    {info.addedAt ? ` · added ${new Date(info.addedAt).toLocaleDateString()}` : ''}
                    {info.problems.length > 0
                      ? ` · ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
                      : ''}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  {info.questionCount > 0 && <BankActions bankId={info.id} title={info.title} />}
                  {onRemove && (
                    <Button size="sm" onClick={() => setConfirm(bank)} aria-label={`Remove ${info.title}`}>
                      Remove
                    </Button>
                  )}
                </div>
              </div>
              {info.problems.length > 0 && (
                <details className="mt-2" open={info.problems.length <= 5}>
                  <summary className="cursor-pointer text-sm font-medium">Problems ({info.problems.length})</summary>
                  <ul className="mt-1 flex flex-col gap-1 text-sm">
                    {[...info.problems]
                      .sort((a, b) => a.line - b.line)
                      .map((p, i) => (
                        <li
                          key={i}
                          className={p.severity === 'error' ? 'text-red-800 dark:text-red-300' : 'text-amber-900 dark:text-amber-200'}
                        >
                          <span className="font-semibold">
                            Line {p.line} ({p.severity === 'error' ? 'error, question skipped' : 'warning'}):
                          </span>{' '}
                          {p.message}
                        </li>
                      ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
      {confirm && onRemove && (
        <ConfirmDialog
          title={`Remove “${confirm.info.title}”?`}
          confirmLabel="Remove bank"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const bank = confirm;
            setConfirm(null);
            void onRemove(bank);
          }}
        >
          <p>
            Its {confirm.info.questionCount} questions leave every mode. Your answers to them stay in your progress, so importing it again
            restores them.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}

function formatName(format: string): string {
  return format === 'kmslab'
    ? 'KMS Lab format'
    : format === 'task-list'
      ? 'task-list format'
      : format === 'numbered'
        ? 'numbered-list format'
        : format;
}
