import { Link } from '@tanstack/react-router';
import { ScrollBox } from '@/components/ui';
import { topicLabel } from '@/features/quiz';
import { LAB_CATALOG } from '@/labs';
import { useLabRecords } from './lab-progress';

/** The progress page's labs section: labs done per topic, with links to the ones left. */
export function LabsProgress() {
  const records = useLabRecords();
  const topics = [...new Set(LAB_CATALOG.map((lab) => lab.topic))];
  const done = LAB_CATALOG.filter((lab) => records[lab.id]?.completedAt).length;
  return (
    <section aria-labelledby="labs-progress-title" className="mt-8">
      <h2 id="labs-progress-title" className="text-2xl font-semibold">
        Hands-on labs
      </h2>
      <p className="mt-1">
        {done} of {LAB_CATALOG.length} labs done. <Link to="/labs">All labs</Link>
      </p>
      <ScrollBox label="Labs done per topic" className="mt-3">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Labs done per topic</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="py-1 pr-4">
                Topic
              </th>
              <th scope="col" className="py-1 pr-4">
                Done
              </th>
              <th scope="col" className="py-1">
                Labs
              </th>
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => {
              const labs = LAB_CATALOG.filter((lab) => lab.topic === topic);
              return (
                <tr key={topic} className="border-b border-slate-200 align-top dark:border-slate-800">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {topicLabel(topic)}
                  </th>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    {labs.filter((lab) => records[lab.id]?.completedAt).length} of {labs.length}
                  </td>
                  <td className="py-2">
                    <ul>
                      {labs.map((lab) => (
                        <li key={lab.id}>
                          <Link to="/labs/$labId" params={{ labId: lab.id }}>
                            {lab.title}
                          </Link>
                          {records[lab.id]?.completedAt ? ' (done)' : records[lab.id]?.startedAt ? ' (started)' : ''}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
