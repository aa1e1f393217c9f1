import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { Badge, Button } from '@/components/ui';
import { AREAS } from '@/lib/areas';
import { ThemeSwitch } from './theme-switch';

/**
 * Product name, the areas of the app, and the theme switch. Collapses to a menu button on phones.
 * `status` (the offline note) is placed under the header's bottom edge, out of the layout.
 */
export function SiteHeader({ status }: { status?: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <header className="relative border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link to="/" className="flex items-center gap-2 text-lg font-bold text-slate-900 no-underline hover:no-underline dark:text-white">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          KMS Lab
        </Link>
        <Button size="sm" className="ml-auto md:hidden" aria-expanded={open} aria-controls="primary-nav" onClick={() => setOpen((v) => !v)}>
          Menu
        </Button>
        <nav id="primary-nav" aria-label="Main" className={`${open ? 'block' : 'hidden'} w-full md:block md:w-auto`}>
          <ul className="flex flex-col gap-1 md:flex-row md:gap-1">
            {AREAS.map((area) => (
              <li key={area.path}>
                <Link
                  to={area.path}
                  onClick={() => setOpen(false)}
                  className="flex items-center gap-2 rounded px-3 py-2 text-slate-800 no-underline hover:bg-slate-200 hover:no-underline dark:text-slate-200 dark:hover:bg-slate-800"
                  activeProps={{ className: 'bg-slate-200 font-semibold dark:bg-slate-800', 'aria-current': 'page' }}
                >
                  {area.label}
                  {!area.ready && <Badge tone="warning">coming</Badge>}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className={`${open ? 'flex' : 'hidden'} w-full md:ml-auto md:flex md:w-auto`}>
          <ThemeSwitch />
        </div>
      </div>
      {status}
    </header>
  );
}
