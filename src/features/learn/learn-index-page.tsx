import { Link } from '@tanstack/react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { GUIDES } from './guide-links';

/** The study area: a guide per topic, the notes checker, and what changed. */
export function LearnIndexPage() {
  const changes = new Set(GUIDES.flatMap((g) => g.changes.map((c) => `${c.date}|${c.title}`))).size;
  return (
    <div>
      <PageHeading
        title="Study guides"
        lead="What to know about AWS KMS for the exams, topic by topic: short sections you can revise from in ten minutes, each fact with its AWS source, and every rule that changed shown with both versions."
      />
      <ul className="mb-8 grid gap-4 sm:grid-cols-2">
        <li className="rounded-lg border border-slate-200 p-5 dark:border-slate-700">
          <h2 className="text-xl font-semibold">
            <Link to="/learn/notes">Check your notes</Link>
          </h2>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            Paste or open your own Markdown notes: claims that are out of date or commonly wrong are marked with the current fact and its
            source. Your notes stay in this browser.
          </p>
        </li>
        <li className="rounded-lg border border-slate-200 p-5 dark:border-slate-700">
          <h2 className="text-xl font-semibold">
            <Link to="/learn/changes">What changed</Link>
          </h2>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            {changes} dated changes to KMS rules, newest first, each with the guide that explains it and the questions that test it.
          </p>
        </li>
      </ul>
      <h2 className="mb-3 text-2xl font-semibold">Guides by topic</h2>
      <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {GUIDES.map((guide) => (
          <li key={guide.topic} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h3 className="text-lg font-semibold">
              <Link to="/learn/$topic" params={{ topic: guide.topic }}>
                {guide.title}
              </Link>
            </h3>
            <p className="mt-1 text-slate-700 dark:text-slate-300">{guide.summary}</p>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              {guide.sections.length} sections
              {guide.changes.length > 0 && ` · ${guide.changes.length} dated ${guide.changes.length === 1 ? 'change' : 'changes'}`}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
