import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/** What a {@link Field} hands its control: the id its label points at, and the hint and error wiring. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * A labelled form control with an optional hint and error message. The label is always visible and
 * tied to the control; the hint and the error are read with it (`aria-describedby`), and an error
 * marks it invalid (`aria-invalid`). The control is a render prop, so any input fits:
 *
 * ```tsx
 * <Field label="Region" hint="Keys are regional.">{(control) => <Select {...control} value={r} onChange={...} />}</Field>
 * ```
 */
export function Field({
  label,
  hint,
  error,
  compact = false,
  id: givenId,
  className = '',
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  /** What is wrong with the value and how to fix it; shown in red and announced with the control. */
  error?: ReactNode;
  /** A smaller label, for fields in toolbars and a section's inline forms. */
  compact?: boolean;
  /** The control's id (generated when absent). */
  id?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const generated = useId();
  const id = givenId ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`.trim()}>
      <label htmlFor={id} className={compact ? 'text-sm font-semibold' : 'font-semibold'}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}) })}
      {hint && (
        <p id={hintId} className="text-sm text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}

// slate-400/500 borders keep a 3:1 boundary against the page in both themes (WCAG 1.4.11).
const CONTROL =
  'min-w-0 rounded border border-slate-400 bg-white px-2 py-1.5 text-slate-900 aria-invalid:border-red-700 disabled:cursor-not-allowed disabled:opacity-70 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:aria-invalid:border-red-400';

/** A styled single-line text input (all native props pass through). */
export function TextInput({ className = '', ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input {...props} className={`${CONTROL} ${className}`.trim()} />;
}

/** A styled multi-line text input (all native props pass through). */
export function TextArea({ className = '', ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea {...props} className={`${CONTROL} ${className}`.trim()} />;
}

/** An option of a {@link Select}: a value shown as itself, or a value with a label. */
export type SelectOption = string | { value: string; label: string };

/** A styled select; give `options`, or `<option>` children for anything fancier. */
export function Select({
  options,
  className = '',
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { options?: readonly SelectOption[] }) {
  return (
    <select {...props} className={`${CONTROL} ${className}`.trim()}>
      {options?.map((o) => {
        const opt = typeof o === 'string' ? { value: o, label: o } : o;
        return (
          <option key={opt.value} value={opt.value}>
            {opt.label}
          </option>
        );
      })}
      {children}
    </select>
  );
}

interface ShorthandProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: ReactNode;
  compact?: boolean;
  id?: string;
  /** Classes for the control (a width, a font), not the wrapper. */
  className?: string;
}

/** {@link Field} with a {@link TextInput}, for the common case: `onChange` receives the text. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  compact,
  id,
  className,
  ...rest
}: ShorthandProps & Omit<InputHTMLAttributes<HTMLInputElement>, keyof ShorthandProps>) {
  return (
    <Field label={label} hint={hint} error={error} compact={compact} id={id}>
      {(control) => <TextInput {...rest} {...control} value={value} onChange={(e) => onChange(e.target.value)} className={className} />}
    </Field>
  );
}

/** {@link Field} with a {@link Select}, for the common case: `onChange` receives the chosen value. */
export function SelectField({
  label,
  value,
  onChange,
  options,
  hint,
  error,
  compact,
  id,
  className,
  disabled,
}: ShorthandProps & { options: readonly SelectOption[]; disabled?: boolean }) {
  return (
    <Field label={label} hint={hint} error={error} compact={compact} id={id}>
      {(control) => (
        <Select
          {...control}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
          options={options}
          className={className}
        />
      )}
    </Field>
  );
}
