import { Link } from '@tanstack/react-router';
import { PageHeading } from '@/components/ui';
import { LAB_TABS, type LabSearch, type LabTab } from './lab-search';
import { LabShell } from './lab-shell';
import { KeysTab } from './keys/keys-tab';
import { OperationsTab } from './operations/operations-tab';
import { ServicesTab } from './services/services-tab';
import { PrincipalsTab } from './principals/principals-tab';
import { AuditTab } from './audit/audit-tab';
import { useLab } from './use-lab';

const TAB_LABELS: Record<LabTab, string> = {
  keys: 'Keys',
  operations: 'Operations',
  services: 'AWS services',
  principals: 'Principals',
  audit: 'Audit trail',
};

/** The KMS console: every action runs on the simulated KMS through the real AWS SDK. */
export function LabPage() {
  const { tab } = useLab();
  return (
    <div>
      <PageHeading
        title="KMS Lab console"
        lead={
          <>
            A simulated AWS KMS that runs in this browser. Every action goes through the real AWS SDK for JavaScript, shows the bytes that
            came back, and gives you the AWS CLI and SDK commands that do the same. For files of any size, try{' '}
            <Link to="/lab/envelope" className="underline">
              envelope encryption
            </Link>
            .
          </>
        }
      />
      <LabShell>
        {(kms) => (
          <>
            <nav aria-label="Lab sections" className="mb-4 overflow-x-auto border-b border-slate-200 dark:border-slate-700">
              <ul className="flex gap-1">
                {LAB_TABS.map((t) => (
                  <li key={t}>
                    <Link
                      to="/lab"
                      search={(prev: LabSearch) => ({ ...prev, tab: t })}
                      aria-current={tab === t ? 'page' : undefined}
                      className="block rounded-t border-b-2 border-transparent px-3 py-2 whitespace-nowrap text-slate-800 no-underline hover:no-underline aria-[current=page]:border-blue-800 aria-[current=page]:font-semibold dark:text-slate-200 dark:aria-[current=page]:border-amber-300"
                    >
                      {TAB_LABELS[t]}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            {tab === 'keys' && <KeysTab />}
            {tab === 'operations' && <OperationsTab />}
            {tab === 'services' && <ServicesTab />}
            {tab === 'principals' && <PrincipalsTab kms={kms} />}
            {tab === 'audit' && <AuditTab kms={kms} />}
          </>
        )}
      </LabShell>
    </div>
  );
}
