import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { PageHeading } from '@/components/ui/page-heading';
import { findScenario } from '@/scenarios/registry';
import { scenarioRoute } from './routes';
import { ScenarioPlayer } from './player/scenario-player';
import { stepFromSearch } from './player/player-commands';
import { ScenarioQuiz } from './quiz/scenario-quiz';
import { useScenarioRun } from './use-scenario-run';

/** One scenario: runs it on the simulated KMS, then plays its steps; `?step=` selects the step. */
export function ScenarioPage() {
  const { scenarioId } = scenarioRoute.useParams();
  const search = scenarioRoute.useSearch();
  const navigate = useNavigate({ from: scenarioRoute.fullPath });
  const def = findScenario(scenarioId);
  const state = useScenarioRun(scenarioId);

  const onStepChange = useCallback(
    (index: number) => void navigate({ search: { step: index + 1 }, replace: true }),
    [navigate],
  );

  if (!def || state.status === 'missing') {
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
      <PageHeading title={def.title} lead={def.summary} />
      {state.status === 'loading' && <p role="status">Running the scenario on the simulated KMS…</p>}
      {state.status === 'failed' && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-50">
          The scenario could not run ({state.message}). Reload the page to try again; if it keeps failing, please report it.
        </p>
      )}
      {state.status === 'ready' && (
        <ScenarioPlayer
          run={state.run}
          step={stepFromSearch(search.step, state.run.steps.length)}
          onStepChange={onStepChange}
          footer={
            <>
              <ScenarioQuiz scenarioId={scenarioId} atEnd={stepFromSearch(search.step, state.run.steps.length) === state.run.steps.length - 1} />
              {state.run.caveats.length > 0 && (
                <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">Note: {state.run.caveats.join(' ')}</p>
              )}
              <section aria-labelledby="scn-sources-h" className="mt-6">
                <h2 id="scn-sources-h" className="text-lg font-semibold">
                  Sources
                </h2>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {state.run.sources.map((s) => (
                    <li key={s.url}>
                      <a href={s.url} rel="noreferrer">
                        {s.label}
                      </a>
                    </li>
                  ))}
                </ul>
                <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
                  The bytes come from KMS Lab's simulator (seed “{state.run.seed}”): the blob layout is the simulator's own, not AWS's
                  private wire format.
                </p>
              </section>
            </>
          }
        />
      )}
    </div>
  );
}
