import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import timeline from 'virtual:kmslab/learn-timeline';
import { renderNoteMarkdown } from '@/components/markdown/render-note';
import { PageHeading } from '@/components/ui/page-heading';
import { formatChangeDate, type TimelineEntry, type TimelineQuestion } from '@/learn';
import { RenderedHtml } from './rendered-html';
import { BackToGuides } from './ui';

/** Every dated change to KMS rules, newest first, with where it is explained and which questions test it. */
export function ChangesPage() {
  return (
    <div>
      <BackToGuides />
      <PageHeading
        title="What changed"
        lead="AWS changes KMS rules over time, and exam material written before a change still teaches the old rule. Each change below says what older material says, what is true now and since when."
      />
      <ol className="space-y-6">
        {timeline.entries.map((entry) => (
          <ChangeEntry key={`${entry.date}-${entry.title}`} entry={entry} />
        ))}
      </ol>
      {timeline.unlisted.length > 0 && (
        <section aria-labelledby="undated" className="mt-10">
          <h2 id="undated" className="text-2xl font-semibold">
            Changes without a published date
          </h2>
          <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
            These questions test a rule that AWS changed without announcing a date, so no guide dates the change; each guide explains it in
            its text.
          </p>
          <QuestionList questions={timeline.unlisted} />
        </section>
      )}
    </div>
  );
}

function ChangeEntry({ entry }: { entry: TimelineEntry }) {
  const html = useMemo(() => renderNoteMarkdown(entry.markdown), [entry.markdown]);
  const headingId = `change-${entry.date}-${entry.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <li className="rounded-lg border border-slate-200 p-5 dark:border-slate-700">
      <article aria-labelledby={headingId}>
        <p className="text-sm font-semibold text-amber-800 dark:text-amber-300">
          <time dateTime={entry.date}>{formatChangeDate(entry.date)}</time>
        </p>
        <h2 id={headingId} className="mt-1 text-xl font-semibold">
          {entry.title}
        </h2>
        <RenderedHtml html={html} className="mt-3" />
        <p className="mt-3">
          Explained in{' '}
          {entry.guides.map((g, i) => (
            <span key={`${g.topic}-${g.sectionId}`}>
              {i > 0 && ' and '}
              <Link to="/learn/$topic" params={{ topic: g.topic }} hash={g.sectionId}>
                {g.guideTitle}: {g.sectionTitle}
              </Link>
            </span>
          ))}
          .
        </p>
        {entry.questions.length > 0 && <QuestionList questions={entry.questions} />}
      </article>
    </li>
  );
}

function QuestionList({ questions }: { questions: readonly TimelineQuestion[] }) {
  return (
    <div className="mt-3">
      <p className="font-semibold">
        {questions.length === 1 ? 'The question that tests it' : `The ${questions.length} questions that test it`}
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {questions.map((q) => (
          <li key={q.id}>
            <Link to="/quiz/practice" search={{ question: q.id }}>
              {q.stem}
            </Link>{' '}
            <span className="text-sm text-slate-700 dark:text-slate-300">({q.id})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
