import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { renderNoteElement } from '@/components/markdown/render-note';
import { Button, ButtonLink, PageHeading } from '@/components/ui';
import type { Guide, GuideSection } from '@/learn';
import { annotateNote } from './annotate-note';
import { resolveGuideLink } from './guide-links';
import { labLinks } from './lab-links';
import { RenderedHtml } from './rendered-html';
import { BackToGuides } from './ui';
import { jumpTo, useHashTarget } from './use-hash-target';

const guideRouteApi = getRouteApi('/learn/$topic');

/** The guide of a topic with its text (its own chunk), or undefined for an unknown topic. */
export async function loadGuide(topic: string): Promise<Guide | undefined> {
  return (await import('virtual:kmslab/guides/load')).default(topic);
}

/** One study guide: what to know, what changed, the exam angle, and where to practise it. */
export function GuidePage() {
  const guide = guideRouteApi.useLoaderData();
  const { topic } = guideRouteApi.useParams();
  useHashTarget(Boolean(guide));

  if (!guide) {
    return (
      <div>
        <PageHeading title="Study guide not found" />
        <p>
          There is no study guide called “{topic}”. <Link to="/learn">See all study guides</Link>.
        </p>
      </div>
    );
  }

  return (
    <div data-print-handout="">
      <BackToGuides />
      <PageHeading title={guide.title} lead={guide.summary} />
      <p className="-mt-3 mb-6 text-sm text-slate-700 dark:text-slate-300">For the exams: {guide.exams.join(', ')}</p>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 lg:order-1">
          <Contents guide={guide} />
          {guide.sections.map((section) => (
            <GuideSectionView key={section.id} section={section} />
          ))}
        </div>
        <DoSomething guide={guide} />
      </div>
    </div>
  );
}

function Contents({ guide }: { guide: Guide }) {
  return (
    <nav aria-label="On this page" className="mb-8 rounded-lg border border-slate-200 p-4 dark:border-slate-700 print:hidden">
      <h2 className="text-base font-semibold">On this page</h2>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        {guide.sections.map((s) => (
          <li key={s.id}>
            <a
              href={`#${s.id}`}
              onClick={(e) => {
                e.preventDefault();
                jumpTo(`${s.id}-heading`);
              }}
            >
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function GuideSectionView({ section }: { section: GuideSection }) {
  // Rendered and sanitised like a note (callouts, wiki links), without the stale-claim check: the
  // guides state old rules on purpose, next to the current ones.
  const html = useMemo(() => {
    const root = renderNoteElement(section.markdown, { imageSource: 'this guide' });
    annotateNote(root, { resolveLink: resolveGuideLink, guideTitle: (t) => t, checkClaims: false });
    return root.innerHTML;
  }, [section.markdown]);
  return (
    <section id={section.id} aria-labelledby={`${section.id}-heading`} className="mb-8 scroll-mt-4">
      <h2 id={`${section.id}-heading`} tabIndex={-1} className="mb-3 text-2xl font-semibold outline-none">
        {section.title}
      </h2>
      <RenderedHtml html={html} className="learn-guide" />
    </section>
  );
}

/** The scenario steps, labs and practice for this topic, and printing. */
function DoSomething({ guide }: { guide: Guide }) {
  const labs = labLinks(guide.labs);
  return (
    <aside aria-labelledby="do-something" className="lg:order-2 print:hidden">
      <div className="rounded-lg border border-slate-200 p-4 lg:sticky lg:top-4 dark:border-slate-700">
        <h2 id="do-something" className="text-lg font-semibold">
          Do something with it
        </h2>
        {guide.scenarios.length > 0 && (
          <>
            <h3 className="mt-3 text-sm font-semibold text-slate-700 dark:text-slate-300">Watch it happen</h3>
            <ul className="mt-1 space-y-1">
              {guide.scenarios.map((s) => (
                <li key={`${s.id}-${s.step}`}>
                  <Link to="/scenarios/$scenarioId" params={{ scenarioId: s.id }} search={{ step: s.step }}>
                    {s.label}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
        {labs.length > 0 && (
          <>
            <h3 className="mt-3 text-sm font-semibold text-slate-700 dark:text-slate-300">Try it in a lab</h3>
            <ul className="mt-1 space-y-1">
              {labs.map((lab) => (
                <li key={lab.id}>
                  <a href={lab.href}>{lab.title}</a>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="mt-4">
          <ButtonLink to="/quiz/practice" search={{ topic: guide.topic }} size="sm">
            Practice this topic
          </ButtonLink>
        </p>
        <p className="mt-3">
          <Button size="sm" onClick={() => window.print()}>
            Print this guide
          </Button>
        </p>
      </div>
    </aside>
  );
}
