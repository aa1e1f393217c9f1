import { useMemo } from 'react';
import { renderNoteElement } from '@/components/markdown/render-note';
import { STALE_CLAIMS, findConcepts, splitNoteFrontMatter } from '@/learn';
import { annotateNote, claimHeadline, demoteHeadings, type ClaimFlag, type LinkTarget } from './annotate-note';
import { ConceptPanel } from './concept-panel';
import { guideTitle, resolveGuideLink } from './guide-links';
import type { StoredNote } from './note-store';
import { RenderedHtml } from './rendered-html';
import { jumpTo } from './use-hash-target';

const norm = (s: string) => s.trim().toLowerCase();

/** A wiki link to another of the learner's notes (by title or file name), else to a study guide. */
function noteLinkResolver(notes: readonly StoredNote[]) {
  return (page: string, heading: string): LinkTarget | undefined => {
    const other = page
      ? notes.find((n) => norm(n.title) === norm(page) || norm(n.fileName?.replace(/\.\w+$/, '') ?? '') === norm(page))
      : undefined;
    if (other) return { href: `/learn/notes?note=${encodeURIComponent(other.id)}`, kind: 'Your note' };
    return resolveGuideLink(page, heading);
  };
}

/** A note, rendered and checked: the flags first, then the text with its marks, then its concepts. */
export function NoteView({ note, notes }: { note: StoredNote; notes: readonly StoredNote[] }) {
  const { html, flags, concepts } = useMemo(() => {
    const root = renderNoteElement(splitNoteFrontMatter(note.text).body);
    demoteHeadings(root, 2);
    const { flags, text } = annotateNote(root, { resolveLink: noteLinkResolver(notes), guideTitle });
    return { html: root.innerHTML, flags, concepts: findConcepts(text) };
  }, [note.text, notes]);

  return (
    <div className="grid gap-6 2xl:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0">
        <h2 id="note-title" tabIndex={-1} className="text-2xl font-semibold outline-none">
          {note.title}
        </h2>
        <FlagSummary flags={flags} />
        <article aria-label={`Your note: ${note.title}`} className="mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <RenderedHtml html={html} />
        </article>
      </div>
      <ConceptPanel concepts={concepts} />
    </div>
  );
}

function FlagSummary({ flags }: { flags: readonly ClaimFlag[] }) {
  if (flags.length === 0) {
    return (
      <p role="status" className="mt-2 text-slate-700 dark:text-slate-300">
        No known stale or commonly wrong claims found. KMS Lab checks for {STALE_CLAIMS.length} claims that study notes often get wrong; it
        cannot vouch for everything else.
      </p>
    );
  }
  return (
    <section aria-labelledby="flags-heading" className="mt-2">
      <h3 id="flags-heading" className="font-semibold">
        {flags.length === 1 ? '1 claim to check' : `${flags.length} claims to check`}
      </h3>
      <ol className="mt-1 list-decimal space-y-1 pl-6">
        {flags.map((flag) => (
          <li key={flag.index}>
            <a
              href={`#claim-${flag.index}`}
              onClick={(e) => {
                e.preventDefault();
                jumpTo(`claim-${flag.index}`);
              }}
            >
              {flag.claims.map(claimHeadline).join('; ')}
            </a>
            : “{flag.sentence.length > 120 ? `${flag.sentence.slice(0, 120)}…` : flag.sentence}”
          </li>
        ))}
      </ol>
    </section>
  );
}
