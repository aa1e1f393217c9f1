// Shared class names for this page's controls, in both themes (AA contrast checked in light and dark).
export const inputClass =
  'w-full min-w-0 rounded border border-slate-400 bg-white px-2 py-1.5 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100';
export const primaryButton =
  'rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:cursor-not-allowed disabled:bg-slate-400 disabled:text-slate-800 aria-disabled:cursor-not-allowed aria-disabled:bg-slate-500 dark:bg-sky-700 dark:hover:bg-sky-800 dark:disabled:bg-slate-700 dark:disabled:text-slate-300 dark:aria-disabled:bg-slate-600';
export const secondaryButton =
  'rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
export const panelClass = 'rounded-lg border border-slate-300 p-4 sm:p-5 dark:border-slate-700';
export const labelClass = 'text-sm font-semibold';
export const hintClass = 'text-sm text-slate-700 dark:text-slate-300';
