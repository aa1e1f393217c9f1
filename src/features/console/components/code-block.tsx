import { CopyButton } from './copy-button';

/** A titled, copyable block of code (CLI commands, SDK snippets, JSON). */
export function CodeBlock({ title, code }: { title: string; code: string }) {
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 flex items-center justify-between gap-2 text-sm font-semibold">
        {title}
        <CopyButton value={code} label={`Copy ${title}`} />
      </figcaption>
      {/* Focusable so a keyboard user can scroll a long line (a wrapped key, a token) into view. */}
      <pre tabIndex={0} className="overflow-x-auto rounded bg-slate-900 p-3 font-mono text-xs leading-relaxed text-slate-100 dark:bg-black">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
