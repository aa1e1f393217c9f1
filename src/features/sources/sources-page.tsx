import { PageHeading } from '@/components/ui';
import { SOURCES } from './sources';

/** Lists the documentation behind the simulator and the question banks. */
export function SourcesPage() {
  return (
    <div>
      <PageHeading
        title="Sources"
        lead="KMS Lab's simulator and questions follow AWS's own documentation. Where AWS changed a rule over time, the app says what older study material teaches and what is true now, with dates."
      />
      <ul className="space-y-4">
        {SOURCES.map((s) => (
          <li key={s.url} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h2 className="text-lg font-semibold">
              <a href={s.url} rel="noreferrer noopener" target="_blank">
                {s.title}
              </a>
            </h2>
            <p className="mt-1 text-slate-700 dark:text-slate-300">{s.usedFor}</p>
          </li>
        ))}
      </ul>
      <p className="mt-6 text-slate-700 dark:text-slate-300">
        Links open AWS's site and need a network connection; nothing else in KMS Lab does.
      </p>
    </div>
  );
}
