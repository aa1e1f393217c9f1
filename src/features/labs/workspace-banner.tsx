import { useNavigate, useRouterState } from '@tanstack/react-router';
import { Button, ButtonLink } from '@/components/ui';
import { labInfo } from '@/labs';
import { labIdOf, setCurrentWorkspace, useCurrentWorkspace } from '@/lib/kms-runtime';

/**
 * Shown on the lab pages (console, envelope page) while the learner works in a lab challenge: which
 * lab, and the ways out: check the work, go back to the lab's page, or leave for their own lab.
 */
export function WorkspaceBanner() {
  const workspace = useCurrentWorkspace();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const labId = labIdOf(workspace);
  if (!labId) return null;
  const title = labInfo(labId)?.title ?? labId;
  const leave = () => {
    setCurrentWorkspace('own');
    // The lab's keys and principals do not exist in the learner's own lab: drop them from the URL.
    void navigate({ to: pathname === '/lab/envelope' ? '/lab/envelope' : '/lab', search: {} }).then(() =>
      document.querySelector<HTMLElement>('main h1')?.focus(),
    );
  };
  return (
    <section
      aria-label="Lab challenge in progress"
      className="mb-4 rounded-lg border-2 border-amber-600 bg-amber-50 p-3 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <p>
        <strong>Lab: {title}.</strong> You are working in this lab’s own simulated account (keys, principals, audit trail and clock); your
        own lab is not touched.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <ButtonLink variant="primary" size="sm" to="/labs/$labId" params={{ labId }} search={{ check: true }}>
          Check my work
        </ButtonLink>
        <ButtonLink size="sm" to="/labs/$labId" params={{ labId }}>
          Back to the lab
        </ButtonLink>
        <Button size="sm" onClick={leave}>
          Leave the lab
        </Button>
      </div>
    </section>
  );
}
