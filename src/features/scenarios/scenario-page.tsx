import { getRouteApi, Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { PageHeading } from '@/components/ui';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { scenarioInfo } from '@/scenarios';
import { RUNNING_NOTICE } from './running-notice';

// This page is in the main bundle and is only a heading: the title and summary come from the light
// catalog and paint with the site header (the lead paragraph is the page's largest contentful
// paint). The simulator, React Flow and the questions are the run view's chunk, requested only after
// that paint so its ~200 KB download does not compete with it. Being imported by the route, the page
// reaches its route by id (getRouteApi), not by importing it back.
const scenarioRouteApi = getRouteApi('/scenarios/$scenarioId');

const ScenarioRunView = lazy(() => import('./scenario-run-view').then((m) => ({ default: m.ScenarioRunView })));

/** One scenario: its title and summary, then the run (see {@link ScenarioRunView}); `?step=` selects the step. */
export function ScenarioPage() {
  const { scenarioId } = scenarioRouteApi.useParams();
  const info = scenarioInfo(scenarioId);
  const painted = useAfterFirstPaint();

  if (!info) {
    return (
      <div>
        <PageHeading title="Scenario not found" />
        <p>
          There is no scenario called “{scenarioId}”. <Link to="/scenarios">See all scenarios</Link>.
        </p>
      </div>
    );
  }

  return (
    <div>
      <p className="mb-2 text-sm">
        <Link to="/scenarios">← All scenarios</Link>
      </p>
      <PageHeading title={info.title} lead={info.summary} />
      {painted ? (
        <Suspense fallback={RUNNING_NOTICE}>
          <ScenarioRunView scenarioId={scenarioId} />
        </Suspense>
      ) : (
        RUNNING_NOTICE
      )}
    </div>
  );
}
