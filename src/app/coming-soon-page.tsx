import { Link } from '@tanstack/react-router';
import { PageHeading } from '@/components/ui/page-heading';
import type { Area } from './areas';

/** An honest placeholder for an area that has not been built yet. */
export function ComingSoonPage({ area }: { area: Area }) {
  return (
    <section>
      <PageHeading title={area.label} lead={area.summary} />
      <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
        This area is coming: it is not built yet, so nothing here works today.
      </p>
      <p className="mt-4">
        <Link to="/">Back to the home page</Link>
      </p>
    </section>
  );
}
