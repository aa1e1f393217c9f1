import type { ReactNode } from 'react';
import { Notice } from '@/components/ui';
import { WorkspaceBanner } from '@/features/labs';
import { useAppKms, usePrincipals, type LabPrincipal } from '@/lib/lab';
import type { AppKms } from '@/lib/kms-runtime';
import { ActivityList } from './components/activity-list';
import { LastCallNotice } from './components/last-call-notice';
import { LabToolbar } from './toolbar/lab-toolbar';
import { useUrlIntoLabContext } from './use-lab';

/** Loads the lab's KMS, then shows the toolbar (region, principal, clock, reset), the page, and what ran. */
export function LabShell({ children }: { children: (kms: AppKms, principals: LabPrincipal[]) => ReactNode }) {
  const { kms, error } = useAppKms();
  const principals = usePrincipals(kms);
  useUrlIntoLabContext();
  if (error) {
    return (
      <Notice tone="error" title="The lab could not open its key store">
        {error}. Your browser may block IndexedDB (for example in a private window with storage disabled); allow site storage and reload.
      </Notice>
    );
  }
  if (!kms) return <p role="status">Opening the lab’s key store…</p>;
  return (
    <>
      <WorkspaceBanner />
      <LabToolbar principals={principals} />
      {children(kms, principals)}
      <ActivityList />
      <LastCallNotice />
    </>
  );
}
