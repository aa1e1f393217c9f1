import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { ScenarioPlayer } from './player/scenario-player';
import { stepFromSearch } from './player/player-commands';
import { ScenarioQuiz } from './quiz/scenario-quiz';
import { useScenarioRun } from './use-scenario-run';
import { RUNNING_NOTICE } from './running-notice';
import { Notice } from '@/components/ui';

// By id, not by importing the route object: routes.tsx imports the page, so importing it back would
// make an import circle.
const scenarioRouteApi = getRouteApi('/scenarios/$scenarioId');

/**
 * Everything below a scenario's heading: runs the scenario on the simulated KMS, then plays its
 * steps (React Flow), asks its questions and lists its sources. Its own chunk, loaded after the
 * heading has painted: it carries React Flow and the simulator, the heavy part of the page.
 */
export function ScenarioRunView({ scenarioId }: { scenarioId: string }) {
  const search = scenarioRouteApi.useSearch();
  const navigate = useNavigate({ from: '/scenarios/$scenarioId' });
  const state = useScenarioRun(scenarioId);
  const step = state.status === 'ready' ? stepFromSearch(search.step, state.run.steps.length) : 0;

  const onStepChange = useCallback((index: number) => void navigate({ search: { step: index + 1 }, replace: true }), [navigate]);

  return (
    <>
      {state.status === 'loading' && RUNNING_NOTICE}
      {state.status === 'failed' && (
        <Notice tone="error">
          The scenario could not run ({state.message}). Reload the page to try again; if it keeps failing, please report it.
        </Notice>
      )}
      {state.status === 'ready' && (
        <ScenarioPlayer
          run={state.run}
          step={step}
          onStepChange={onStepChange}
          footer={
            <>
              <ScenarioQuiz scenarioId={scenarioId} atEnd={step === state.run.steps.length - 1} />
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
    </>
  );
}
