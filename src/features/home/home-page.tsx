import { Link } from '@tanstack/react-router';
import { AREAS } from '@/lib/areas';
import { Badge, PageHeading } from '@/components/ui';
import { ReviewsDueLink } from '@/features/quiz';

/** What KMS Lab is for, in a few sentences, and a way into each part. */
export function HomePage() {
  return (
    <div>
      <PageHeading
        title="Learn AWS KMS by using it"
        lead={
          <>
            KMS Lab is a study companion for AWS Key Management Service. Use a simulated KMS that runs in your browser, watch animated
            diagrams of what each call does with the real bytes it produced, and quiz yourself for the AWS certification exams. Everything
            works offline and stays on this device.
          </>
        }
      />
      <ReviewsDueLink />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {AREAS.map((area) => (
          <li key={area.path} className="rounded-lg border border-slate-200 p-5 dark:border-slate-700">
            <h2 className="text-xl font-semibold">
              <Link to={area.path}>{area.label}</Link>
              {!area.ready && (
                <Badge tone="warning" className="ml-2 align-middle">
                  coming
                </Badge>
              )}
            </h2>
            <p className="mt-2 text-slate-700 dark:text-slate-300">{area.summary}</p>
          </li>
        ))}
      </ul>
      <p className="mt-8 max-w-3xl text-slate-700 dark:text-slate-300">
        Made for people revising for the Solutions Architect Associate, Security Specialty, Developer Associate and Cloud Practitioner
        exams, for instructors who teach KMS in class, and for anyone curious about how envelope encryption, key policies and rotation
        really work.
      </p>
    </div>
  );
}
