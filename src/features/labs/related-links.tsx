import { Link } from '@tanstack/react-router';
import { topicLabel } from '@/lib/topics';
import type { LabDefinition } from '@/labs';
import { scenarioInfo } from '@/scenarios';

/** Where to go next: the guided scenario that shows the idea, the study guide and practice questions. */
export function RelatedLinks({ lab }: { lab: LabDefinition }) {
  const scenario = lab.scenario ? scenarioInfo(lab.scenario) : undefined;
  return (
    <aside aria-labelledby="related-title" className="h-fit rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="related-title" className="text-lg font-semibold">
        Keep learning
      </h2>
      <ul className="mt-2 space-y-3">
        {scenario ? (
          <li>
            <Link to="/scenarios/$scenarioId" params={{ scenarioId: scenario.id }}>
              Scenario: {scenario.title}
            </Link>
            <p className="text-sm text-slate-700 dark:text-slate-300">Watch the idea step by step, with the real bytes.</p>
          </li>
        ) : (
          <li className="text-sm text-slate-700 dark:text-slate-300">No guided scenario covers this lab yet.</li>
        )}
        <li>
          <Link to="/quiz/practice" search={{ topic: lab.topic }}>
            Practise questions on {topicLabel(lab.topic)}
          </Link>
        </li>
        <li>
          <Link to="/learn/$topic" params={{ topic: lab.topic }}>
            Study guide: {topicLabel(lab.topic)}
          </Link>
        </li>
      </ul>
    </aside>
  );
}
