import { useId, useMemo } from 'react';
import type { PoolEntry, QuestionFilter } from './question-pool';
import { filterChoices, ITEM_KINDS, scopeGroups, scopeValue, withScope } from './question-pool';
import { topicLabel } from '@/lib/topics';
import { Button } from '@/components/ui';

const selectClass = 'w-full min-w-0 rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-500 dark:bg-slate-900';

/**
 * Four menus that narrow the questions: bank or topic (one menu: KMS Lab's banks are one per topic),
 * exam, question type and tag; "Any" leaves a field open.
 * With `loading`, the same boxes are shown disabled and the count line says the questions are on
 * their way: the form keeps its place while a page waits for the banks, so nothing below it moves.
 */
export function FilterForm({
  pool,
  filter,
  onChange,
  matching,
  flaggedCount,
  loading = false,
}: {
  pool: readonly PoolEntry[];
  filter: QuestionFilter;
  onChange: (filter: QuestionFilter) => void;
  /** Number of questions the current filter leaves, announced politely as it changes. */
  matching: number;
  /** When given, offers "only flagged questions" (how many the learner has flagged). */
  flaggedCount?: number;
  /** The banks have not arrived yet: nothing to choose from, and no count to give. */
  loading?: boolean;
}) {
  const id = useId();
  const choices = useMemo(() => filterChoices(pool), [pool]);
  const menus: Menu[] = [
    { key: 'exam', label: 'Exam', any: 'Any exam', options: choices.exams.map((e) => ({ value: e, label: e })) },
    { key: 'type', label: 'Question type', any: 'Any type', options: ITEM_KINDS },
    { key: 'tag', label: 'Tag', any: 'Any tag', options: choices.tags.map((t) => ({ value: t, label: t })) },
  ];
  const active = Object.values(filter).some(Boolean);
  return (
    // Keyed by `loading`, the loaded form is built off-screen and swapped in whole. Filling the
    // waiting form in place instead flips :disabled on each of its ~160 options and inserts them one
    // by one into live menus, restyling each: one long task on a slow phone.
    <fieldset
      key={loading ? 'loading' : 'ready'}
      disabled={loading}
      aria-busy={loading || undefined}
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <legend className="px-1 font-semibold">Choose questions</legend>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <ScopeMenu id={`${id}-scope`} pool={pool} filter={filter} onChange={onChange} loading={loading} />
        {menus.map((menu) => (
          <FilterMenu key={menu.key} id={`${id}-${menu.key}`} menu={menu} filter={filter} onChange={onChange} loading={loading} />
        ))}
      </div>
      {(loading || flaggedCount !== undefined) && (
        <label className="mt-3 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={!loading && !!filter.flagged}
            onChange={(e) => onChange({ ...filter, flagged: e.target.checked || undefined })}
            className="size-4 accent-blue-800 dark:accent-amber-300"
          />
          Only questions I flagged for later{loading ? '' : ` (${flaggedCount})`}
        </label>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        {loading ? (
          <p role="status">Loading questions…</p>
        ) : (
          <p aria-live="polite">
            <strong>{matching}</strong> question{matching === 1 ? '' : 's'} match.
          </p>
        )}
        {active && !loading && (
          <Button size="sm" onClick={() => onChange({})}>
            Clear filters
          </Button>
        )}
      </div>
    </fieldset>
  );
}

interface Menu {
  key: 'exam' | 'type' | 'tag';
  label: string;
  any: string;
  options: readonly { value: string; label: string }[];
}

interface MenuProps {
  id: string;
  filter: QuestionFilter;
  onChange: (filter: QuestionFilter) => void;
  loading: boolean;
}

/** The one "bank or topic" menu: KMS Lab's topics, then each imported bank (whole, or by topic). */
function ScopeMenu({ id, pool, filter, onChange, loading }: MenuProps & { pool: readonly PoolEntry[] }) {
  const groups = useMemo(() => scopeGroups(pool), [pool]);
  const scope = scopeValue(filter);
  const scopeKnown = !scope || groups.some((g) => g.choices.some((c) => c.value === scope));
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Bank or topic
      </label>
      <select id={id} value={loading ? '' : scope} onChange={(e) => onChange(withScope(filter, e.target.value))} className={selectClass}>
        <option value="">Every bank and topic</option>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </optgroup>
        ))}
        {/* A filter from a link may name a bank that is gone, or a built-in bank by id: keep it visible. */}
        {!loading && !scopeKnown && <option value={scope}>{describeScope(filter, pool)}</option>}
      </select>
    </div>
  );
}

/** One of the exam, question type and tag menus; a value no question has any more stays visible. */
function FilterMenu({ id, menu, filter, onChange, loading }: MenuProps & { menu: Menu }) {
  const value = filter[menu.key];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {menu.label}
      </label>
      <select
        id={id}
        value={loading ? '' : (value ?? '')}
        onChange={(e) => onChange({ ...filter, [menu.key]: e.target.value || undefined })}
        className={selectClass}
      >
        <option value="">{menu.any}</option>
        {menu.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {!loading && value && !menu.options.some((o) => o.value === value) && <option value={value}>{value} (no questions)</option>}
      </select>
    </div>
  );
}

/** A bank and topic that the menu does not list (a removed bank, or a built-in bank named by id). */
function describeScope(filter: QuestionFilter, pool: readonly PoolEntry[]): string {
  const bank = filter.bank ? pool.find((e) => e.bank.id === filter.bank)?.bank.title : undefined;
  const parts = [filter.bank ? (bank ?? 'A removed bank') : undefined, filter.topic ? topicLabel(filter.topic) : undefined].filter(Boolean);
  const count = pool.filter(
    (e) => (!filter.bank || e.bank.id === filter.bank) && (!filter.topic || e.question.topic === filter.topic),
  ).length;
  return `${parts.join(': ')}${count === 0 ? ' (no questions)' : ''}`;
}
