import type { TokenKind } from '@/scenarios';

/**
 * The visual grammar of tokens, defined once: colour is never the only cue, so each kind also has its
 * own glyph, and encrypted kinds are drawn with a dashed border.
 */
export const TOKEN_CLASSES: Record<TokenKind, string> = {
  plaintext: 'border-amber-700 bg-amber-100 text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50',
  'data-key': 'border-orange-800 bg-orange-200 text-orange-950 dark:border-orange-300 dark:bg-orange-950 dark:text-orange-50',
  'wrapped-key':
    'border-dashed border-violet-800 bg-violet-100 text-violet-950 dark:border-violet-300 dark:bg-violet-950 dark:text-violet-50',
  ciphertext: 'border-dashed border-teal-800 bg-teal-100 text-teal-950 dark:border-teal-300 dark:bg-teal-950 dark:text-teal-50',
  request: 'border-slate-600 bg-white text-slate-900 dark:border-slate-300 dark:bg-slate-800 dark:text-slate-50',
  error: 'border-red-800 bg-red-100 text-red-950 dark:border-red-300 dark:bg-red-950 dark:text-red-50',
};

/** A small glyph per token kind (document, key, locked key, lock, arrow, cross). */
export function TokenGlyph({ kind, className = 'h-3.5 w-3.5' }: { kind: TokenKind; className?: string }) {
  const common = { className, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, 'aria-hidden': true } as const;
  switch (kind) {
    case 'plaintext':
      return (
        <svg {...common}>
          <path d="M4 1.5h5l3 3v10H4z" />
          <path d="M6 7h4M6 9.5h4M6 12h3" />
        </svg>
      );
    case 'data-key':
      return (
        <svg {...common}>
          <circle cx="5" cy="8" r="3" />
          <path d="M8 8h7M12.5 8v2.5M14.5 8v2" />
        </svg>
      );
    case 'wrapped-key':
    case 'ciphertext':
      return (
        <svg {...common}>
          <rect x="3" y="7" width="10" height="7.5" rx="1" />
          <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
          {kind === 'wrapped-key' && <circle cx="8" cy="10.8" r="1.2" />}
        </svg>
      );
    case 'request':
      return (
        <svg {...common}>
          <path d="M2 8h11M9.5 4.5 13 8l-3.5 3.5" />
        </svg>
      );
    case 'error':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.2" />
          <path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" />
        </svg>
      );
  }
}
