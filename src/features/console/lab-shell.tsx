import type { ReactNode } from 'react';
import { WorkspaceBanner } from '@/features/labs';
import { ActivityList } from './components/activity-list';
import { LastCallNotice } from './components/last-call-notice';
import { LabToolbar } from './toolbar/lab-toolbar';
import { useAppKms, usePrincipals, type AppKms } from './use-lab';

/** Loads the lab's KMS, then shows the toolbar (region, principal, clock, reset), the page, and what ran. */
export function LabShell({ children }: { children: (kms: AppKms) => ReactNode }) {
  const { kms, error } = useAppKms();
  const principals = usePrincipals(kms);
  if (error) {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950">
        The lab could not open its key store ({error}). Your browser may block IndexedDB (for example in a private window with storage
        disabled); allow site storage and reload.
      </p>
    );
  }
  if (!kms) return <p role="status">Opening the lab’s key store…</p>;
  return (
    <>
      <WorkspaceBanner />
      <LabToolbar principals={principals} />
      {children(kms)}
      <ActivityList />
      <LastCallNotice />
    </>
  );
}
