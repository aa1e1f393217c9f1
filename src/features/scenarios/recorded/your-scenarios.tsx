import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';
import { parseScenarioFile, ScenarioFileError, type RecordedScenario } from '@/scenarios';
import { getRecorded, listRecorded, newRecordingId, saveRecorded } from './recorded-store';
import { Notice } from '@/components/ui';

/** Reads, checks and saves an imported file; a malformed file throws before anything is saved. */
async function importFile(file: File): Promise<RecordedScenario> {
  const parsed = parseScenarioFile(await file.text());
  // Never overwrite a saved scenario (its narration may have been edited here): a clash gets a new id.
  const clash = await getRecorded(parsed.id);
  const scenario = clash ? { ...parsed, id: newRecordingId(), title: `${parsed.title} (imported copy)` } : parsed;
  scenario.run = { ...scenario.run, id: scenario.id, title: scenario.title };
  await saveRecorded(scenario);
  return scenario;
}

/** The scenarios recorded or imported in this browser, and the file import. */
export function YourScenarios() {
  const inputId = useId();
  const navigate = useNavigate();
  const [saved, setSaved] = useState<RecordedScenario[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    listRecorded().then(
      (list) => live && setSaved(list),
      () => live && setSaved([]),
    );
    return () => {
      live = false;
    };
  }, []);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    try {
      const scenario = await importFile(file);
      await navigate({ to: '/scenarios/recorded/$recordingId', params: { recordingId: scenario.id } });
    } catch (err) {
      setError(
        err instanceof ScenarioFileError
          ? `“${file.name}” was not imported: ${err.message} Nothing was changed.`
          : `“${file.name}” could not be saved (${err instanceof Error ? err.message : String(err)}). Nothing was changed.`,
      );
    }
  };

  return (
    <section aria-labelledby="your-scenarios-h" className="mt-10">
      <h2 id="your-scenarios-h" className="text-2xl font-semibold">
        Your scenarios
      </h2>
      <p className="mt-2 max-w-3xl text-slate-800 dark:text-slate-200">
        Record one from the lab: in the audit trail, select the calls you made and choose “Play as scenario”. Or import a scenario file
        someone exported.
      </p>
      {saved && saved.length > 0 && (
        <ul className="mt-3 list-disc space-y-1 pl-5">
          {saved.map((s) => (
            <li key={s.id}>
              <Link to="/scenarios/recorded/$recordingId" params={{ recordingId: s.id }}>
                {s.title}
              </Link>{' '}
              <span className="text-sm text-slate-700 dark:text-slate-300">({s.run.steps.length} steps)</span>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3">
        <label htmlFor={inputId} className="block font-semibold">
          Import a scenario file (.json)
        </label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="mt-1 block text-sm"
          onChange={(e) => {
            void onFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
        {error && (
          <Notice tone="error" compact className="mt-2">
            {error}
          </Notice>
        )}
      </div>
    </section>
  );
}
