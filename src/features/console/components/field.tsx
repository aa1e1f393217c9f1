import type { InputHTMLAttributes } from 'react';

const CONTROL = 'min-w-0 rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-950';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Smaller label, for fields inside a section's inline form. */
  compact?: boolean;
  className?: string;
}

/** A labelled text input: the label is always visible and tied to the input for screen readers. */
export function TextField({
  id,
  label,
  value,
  onChange,
  compact,
  className = '',
  ...rest
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'>) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className={compact ? 'text-sm font-semibold' : 'font-semibold'}>
        {label}
      </label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} className={`${CONTROL} ${className}`} {...rest} />
    </div>
  );
}

/** A labelled select; options are `value` or `{ value, label }`. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  compact,
  className = '',
  disabled,
}: FieldProps & { options: readonly (string | { value: string; label: string })[]; disabled?: boolean }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className={compact ? 'text-sm font-semibold' : 'font-semibold'}>
        {label}
      </label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} className={`${CONTROL} ${className}`}>
        {options.map((o) => {
          const opt = typeof o === 'string' ? { value: o, label: o } : o;
          return (
            <option key={opt.value} value={opt.value}>
              {opt.label}
            </option>
          );
        })}
      </select>
    </div>
  );
}
