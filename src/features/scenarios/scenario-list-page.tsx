import { Link } from '@tanstack/react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { SCENARIO_CATALOG } from '@/scenarios';
import { lazy, Suspense } from 'react';

// Below the built-in list: its store and file validator load after the list, not with it.
const YourScenarios = lazy(() => import('./recorded/your-scenarios').then((m) => ({ default: m.YourScenarios })));

/** The scenarios, each with what it shows and a way in. */
export function ScenarioListPage() {
  return (
    <div>
      <PageHeading
        title="Scenarios"
        lead="Step-by-step animated diagrams of how KMS works. Every step makes a real call on the simulated KMS in your browser and shows the bytes it produced. Use presenter mode to teach with them."
      />
      <ol className="grid gap-4 md:grid-cols-2">
        {SCENARIO_CATALOG.map((s, i) => (
          <li key={s.id} className="rounded-lg border border-slate-300 p-5 dark:border-slate-700">
            <h2 className="text-xl font-semibold">
              <span className="text-slate-700 dark:text-slate-300">{i + 1}. </span>
              <Link to="/scenarios/$scenarioId" params={{ scenarioId: s.id }}>
                {s.title}
              </Link>
            </h2>
            <p className="mt-2 text-slate-800 dark:text-slate-200">{s.summary}</p>
            <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-700 dark:text-slate-300">
              {s.takeaways.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <Suspense fallback={null}>
        <YourScenarios />
      </Suspense>
    </div>
  );
}
