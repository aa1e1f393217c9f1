import type { ReactNode } from 'react';
import { ScrollBox } from './scroll-box';

/** One column of a {@link DataTable}. */
export interface Column<T> {
  /** The column header (a `<th scope="col">`). */
  header: ReactNode;
  /** The cell for one row. */
  cell: (row: T, index: number) => ReactNode;
  /**
   * This column names the row (a key id, a topic): its cells are `<th scope="row">`, so a screen
   * reader announces it with every other cell of the row. At most one column should set it.
   */
  rowHeader?: boolean;
  /** Classes for this column's cells (a monospace font, no wrapping). */
  className?: string;
}

/**
 * A table of results: a caption (visible, or for screen readers only), column headers with
 * `scope="col"`, an optional row-header column, and a wrapper that scrolls sideways on a phone
 * instead of widening the page.
 */
export function DataTable<T>({
  caption,
  hideCaption = false,
  columns,
  rows,
  rowKey,
  scrollLabel,
  className = '',
}: {
  caption: ReactNode;
  /** Keep the caption for screen readers only (a heading above already says what the table is). */
  hideCaption?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  /** The scrolling wrapper's label; defaults to the caption when it is text. */
  scrollLabel?: string;
  className?: string;
}) {
  const label = scrollLabel ?? (typeof caption === 'string' ? caption : 'Table');
  return (
    <ScrollBox label={label} className={className}>
      <table className="w-full text-left text-sm">
        <caption className={hideCaption ? 'sr-only' : 'py-1 text-left font-semibold'}>{caption}</caption>
        <thead className="border-b border-slate-300 dark:border-slate-600">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className="px-2 py-2 font-semibold whitespace-nowrap">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={rowKey(row, r)} className="border-b border-slate-200 dark:border-slate-800">
              {columns.map((c, i) =>
                c.rowHeader ? (
                  <th key={i} scope="row" className={`px-2 py-2 font-normal ${c.className ?? ''}`.trim()}>
                    {c.cell(row, r)}
                  </th>
                ) : (
                  <td key={i} className={`px-2 py-2 ${c.className ?? ''}`.trim()}>
                    {c.cell(row, r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
