import { KEY_BINDINGS } from './player-commands';

const KEY_NAMES: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  ' ': 'Space',
  Home: 'Home',
  End: 'End',
};

/** The keyboard shortcuts, from the same table the player uses. */
export function KeyboardHelp() {
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-semibold">Keyboard shortcuts</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {KEY_BINDINGS.map((b) => (
          <div key={b.command} className="contents">
            <dt>
              <kbd className="rounded border border-slate-400 px-1.5 font-mono text-xs dark:border-slate-500">
                {b.keys.map((k) => KEY_NAMES[k] ?? k).join(' / ')}
              </kbd>
            </dt>
            <dd>{b.label}</dd>
          </div>
        ))}
        <div className="contents">
          <dt>
            <kbd className="rounded border border-slate-400 px-1.5 font-mono text-xs dark:border-slate-500">Esc</kbd>
          </dt>
          <dd>Leave presenter mode</dd>
        </div>
      </dl>
    </details>
  );
}
