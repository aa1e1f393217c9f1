import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { Button, Notice, PageHeading } from '@/components/ui';
import { scenarioToFile, withNarration, type RecordedScenario } from '@/scenarios';
import { saveFile } from '../export/save-file';
import { stepFromSearch } from '../player/player-commands';
import { ScenarioPlayer } from '../player/scenario-player';
import { NarrationEditor } from './narration-editor';
import { deleteRecorded, getRecorded, saveRecorded } from './recorded-store';

const routeApi = getRouteApi('/scenarios/recorded/$recordingId');

type Load =
  { status: 'loading' } | { status: 'missing' } | { status: 'failed'; message: string } | { status: 'ready'; scenario: RecordedScenario };

function useRecorded(id: string): [Load, (next: RecordedScenario) => void] {
  const [state, setState] = useState<{ id: string; load: Load }>({ id, load: { status: 'loading' } });
  useEffect(() => {
    let live = true;
    getRecorded(id).then(
      (scenario) => live && setState({ id, load: scenario ? { status: 'ready', scenario } : { status: 'missing' } }),
      (err: unknown) => live && setState({ id, load: { status: 'failed', message: err instanceof Error ? err.message : String(err) } }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  const replace = useCallback((scenario: RecordedScenario) => setState({ id, load: { status: 'ready', scenario } }), [id]);
  return [state.id === id ? state.load : { status: 'loading' }, replace];
}

/** A scenario recorded from a lab session (or imported): the same player, plus narration editing, file export and delete. */
export function RecordedScenarioPage() {
  const { recordingId } = routeApi.useParams();
  const search = routeApi.useSearch();
  const navigate = useNavigate({ from: '/scenarios/recorded/$recordingId' });
  const [load, replace] = useRecorded(recordingId);
  const onStepChange = useCallback((index: number) => void navigate({ search: { step: index + 1 }, replace: true }), [navigate]);

  if (load.status === 'loading') return <p role="status">Opening the scenario saved in this browser…</p>;
  if (load.status !== 'ready') {
    return (
      <div>
        <PageHeading title="Scenario not found" />
        <Notice tone="error">
          {load.status === 'failed'
            ? `The saved scenarios could not be read (${load.message}).`
            : `No scenario “${recordingId}” is saved in this browser. Recorded scenarios live on the device that recorded or imported them; import its file to open it here.`}{' '}
          <Link to="/scenarios">See all scenarios</Link>.
        </Notice>
      </div>
    );
  }
  const { scenario } = load;
  const step = stepFromSearch(search.step, scenario.run.steps.length);
  const saveNarration = async (text: string) => {
    const next = withNarration(scenario, step, text);
    await saveRecorded(next);
    replace(next);
  };

  return (
    <div>
      <p className="mb-2 text-sm">
        <Link to="/scenarios">← All scenarios</Link>
      </p>
      <PageHeading
        title={scenario.title}
        lead="Your lab session, played as a scenario: each step is one call you made, with its bytes and the access decision. It is saved in this browser only; export it as a file to share it."
      />
      <ScenarioPlayer
        run={scenario.run}
        step={step}
        onStepChange={onStepChange}
        stepTools={
          <NarrationEditor
            key={`${scenario.id}:${step}`}
            step={step}
            narration={scenario.run.steps[step]!.narration}
            onSave={saveNarration}
          />
        }
        footer={
          <section aria-labelledby="rec-file-h" className="mt-6 space-y-2">
            <h2 id="rec-file-h" className="text-lg font-semibold">
              This scenario
            </h2>
            {scenario.run.caveats.length > 0 && <p className="text-sm">Note: {scenario.run.caveats.join(' ')}</p>}
            <div className="flex flex-wrap gap-2">
              <Button
                size="sm"
                onClick={() =>
                  saveFile(new Blob([scenarioToFile(scenario)], { type: 'application/json' }), `${scenario.id}.kmslab-scenario.json`)
                }
              >
                Export scenario file
              </Button>
              <Button
                size="sm"
                variant="danger-outline"
                onClick={() => {
                  if (!window.confirm(`Delete “${scenario.title}” from this browser? An exported file is not affected.`)) return;
                  void deleteRecorded(scenario.id).then(() => navigate({ to: '/scenarios' }));
                }}
              >
                Delete from this browser
              </Button>
            </div>
          </section>
        }
      />
    </div>
  );
}
