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

const LOCK = ['M4 7h8a1 1 0 0 1 1 1v5.5a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1z', 'M5.5 7V5a2.5 2.5 0 0 1 5 0v2'];

/**
 * Each token kind's glyph as stroked paths on a 16x16 grid (document, key, lock, locked key, arrow,
 * cross). Data, so the live diagram and the SVG export draw the same shapes.
 */
export const TOKEN_GLYPHS: Readonly<Record<TokenKind, readonly string[]>> = {
  plaintext: ['M4 1.5h5l3 3v10H4z', 'M6 7h4M6 9.5h4M6 12h3'],
  'data-key': ['M2 8a3 3 0 1 0 6 0a3 3 0 1 0-6 0', 'M8 8h7M12.5 8v2.5M14.5 8v2'],
  'wrapped-key': [...LOCK, 'M6.8 10.8a1.2 1.2 0 1 0 2.4 0a1.2 1.2 0 1 0-2.4 0'],
  ciphertext: LOCK,
  request: ['M2 8h11M9.5 4.5 13 8l-3.5 3.5'],
  error: ['M1.8 8a6.2 6.2 0 1 0 12.4 0a6.2 6.2 0 1 0-12.4 0', 'M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8'],
};

/** A small glyph per token kind: colour is never the only cue. */
export function TokenGlyph({
  kind,
  className = 'h-3.5 w-3.5',
  style,
}: {
  kind: TokenKind;
  className?: string;
  style?: React.CSSProperties;
}) {
  return (
    <svg className={className} style={style} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.6} aria-hidden>
      {TOKEN_GLYPHS[kind].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
