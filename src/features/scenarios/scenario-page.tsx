import { getRouteApi, Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { PageHeading } from '@/components/ui/page-heading';
import { useAfterFirstPaint } from '@/components/use-after-first-paint';
import { scenarioInfo } from '@/scenarios/catalog';
import { RUNNING_NOTICE } from './running-notice';

// The heading and summary come from the light catalog and paint at once, with the site header (this
// page is in the main bundle: it is only a heading); the simulator, React Flow and the questions
// arrive in their own chunk (Lighthouse: the lead paragraph is the page's largest
// contentful paint, and it no longer waits for ~200 KB of diagram code). That chunk is only requested
// after the heading has painted, so its download does not compete with the first paint either.
// In the main bundle (the route imports this page), so it reaches its route by id, not by import.
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
