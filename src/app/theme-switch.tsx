import { useEffect } from 'react';
import { useTheme, watchSystemTheme, type ThemePreference } from '@/lib/theme';

const CHOICES: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** A three-way theme choice; the override is saved, "System" follows the OS setting live. */
export function ThemeSwitch() {
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  useEffect(() => watchSystemTheme(), []);
  return (
    <fieldset className="flex items-center gap-1 text-sm">
      <legend className="sr-only">Theme</legend>
      {CHOICES.map((choice) => (
        <label
          key={choice.value}
          className="cursor-pointer rounded border border-slate-300 px-2.5 py-1 has-checked:border-blue-800 has-checked:bg-blue-800 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-blue-700 dark:border-slate-600 dark:has-checked:border-amber-300 dark:has-checked:bg-amber-300 dark:has-checked:text-slate-950 dark:has-focus-visible:outline-amber-300"
        >
          <input
            type="radio"
            name="theme"
            value={choice.value}
            checked={preference === choice.value}
            onChange={() => setPreference(choice.value)}
            className="sr-only"
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
