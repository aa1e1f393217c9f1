import { Link } from '@tanstack/react-router';

/** Says what the app is not (AWS) and where its facts come from. */
export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-slate-50 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-4 sm:flex-row sm:justify-between sm:px-6">
        <p>KMS Lab runs entirely in your browser and sends nothing anywhere. It is a study aid, not affiliated with Amazon Web Services.</p>
        <p>
          <Link to="/sources">Sources and facts</Link>
        </p>
      </div>
    </footer>
  );
}
