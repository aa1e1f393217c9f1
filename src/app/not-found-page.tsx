import { Link } from '@tanstack/react-router';
import { AREAS } from '@/lib/areas';

/** Shown for any URL the app does not know, with a way back to every area. */
export function NotFoundPage() {
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title" tabIndex={-1} className="text-3xl font-bold">
        Page not found
      </h1>
      <p className="mt-3">There is no page at this address. It may have moved, or the link may have a typo.</p>
      <ul className="mt-4 list-disc pl-6">
        <li>
          <Link to="/">Home</Link>
        </li>
        {AREAS.map((a) => (
          <li key={a.path}>
            <Link to={a.path}>{a.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
