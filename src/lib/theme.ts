import { create } from 'zustand';

/** What the learner chose: follow the operating system, or force a theme. */
export type ThemePreference = 'system' | 'light' | 'dark';

/** Storage key shared with public/theme-init.js, which applies the theme before first paint. */
export const THEME_STORAGE_KEY = 'kmslab.theme';

function readPreference(): ThemePreference {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Puts the resolved theme on <html> so Tailwind's `dark:` variant and native controls follow it. */
export function applyTheme(preference: ThemePreference): 'light' | 'dark' {
  const resolved = preference === 'system' ? (systemPrefersDark() ? 'dark' : 'light') : preference;
  document.documentElement.classList.toggle('dark', resolved === 'dark');
  document.documentElement.style.colorScheme = resolved;
  return resolved;
}

interface ThemeState {
  preference: ThemePreference;
  resolved: 'light' | 'dark';
  setPreference: (preference: ThemePreference) => void;
}

export const useTheme = create<ThemeState>((set) => {
  const preference = readPreference();
  return {
    preference,
    resolved: applyTheme(preference),
    setPreference: (next) => {
      try {
        if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
        else localStorage.setItem(THEME_STORAGE_KEY, next);
      } catch {
        // Storage may be full or blocked; the theme still applies for this visit.
      }
      set({ preference: next, resolved: applyTheme(next) });
    },
  };
});

/** Re-applies the theme when the system setting changes while the learner follows it. */
export function watchSystemTheme(): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const onChange = () => {
    const { preference } = useTheme.getState();
    if (preference === 'system') useTheme.setState({ resolved: applyTheme('system') });
  };
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
