import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui';
import type { LabDefinition } from '@/labs';
import type { CheckResult, useLabSession } from './use-lab-session';
import { Panel } from './ui';

type Session = ReturnType<typeof useLabSession>;

const routeApi = getRouteApi('/labs/$labId');

/** "Check my work" and what the checker found, condition by condition. */
export function CheckPanel({ lab, session }: { lab: LabDefinition; session: Session }) {
  const { check: requested } = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const ready = session.workspace.status === 'ready';
  const autoRun = useRef(false);
  const resultRef = useRef<HTMLParagraphElement>(null);

  // The console banner's "Check my work" lands here with ?check=true: check once the lab is open,
  // then drop the flag so a reload does not check again.
  useEffect(() => {
    if (!requested || !ready || autoRun.current) return;
    autoRun.current = true;
    void session.check().then(() => {
      void navigate({ search: {}, replace: true });
      resultRef.current?.focus();
    });
  }, [requested, ready, session, navigate]);

  return (
    <Panel id="check-title" title="Check your work">
      <p className="mb-3">
        The checker reads this lab’s account as it is now (keys, policies, grants, principals, the audit trail and the clock) and asks the
        simulator’s own policy engine what each principal could do. Any way that reaches the goal passes.
      </p>
      <Button variant="primary" disabled={!ready || !!session.busy} onClick={() => void session.check()}>
        {session.busy === 'checking' ? 'Checking…' : 'Check my work'}
      </Button>
      {!ready && session.workspace.status !== 'loading' && <p className="mt-2 text-sm">Start the lab first.</p>}
      <div aria-live="polite">{session.result && <CheckResults lab={lab} result={session.result} resultRef={resultRef} />}</div>
    </Panel>
  );
}

function CheckResults({
  lab,
  result,
  resultRef,
}: {
  lab: LabDefinition;
  result: CheckResult;
  resultRef: React.RefObject<HTMLParagraphElement | null>;
}) {
  const held = result.conditions.filter((c) => c.held).length;
  const all = held === result.conditions.length;
  return (
    <div className="mt-4">
      <p ref={resultRef} tabIndex={-1} className={`font-semibold outline-none ${all ? 'text-green-800 dark:text-green-300' : ''}`}>
        {all
          ? `All ${held} conditions hold: “${lab.title}” is done. The model solution is open below.`
          : `${held} of ${result.conditions.length} conditions hold.`}
      </p>
      <ul className="mt-3 space-y-2">
        {result.conditions.map((c) => (
          <li
            key={c.id}
            className={`rounded border-l-4 p-3 ${c.held ? 'border-green-700 bg-green-50 dark:border-green-400 dark:bg-green-950' : 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950'}`}
          >
            <p className="font-semibold">
              <span aria-hidden="true">{c.held ? '✓ ' : '✗ '}</span>
              <span className="sr-only">{c.held ? 'Holds: ' : 'Not yet: '}</span>
              {c.label}
            </p>
            <p className="mt-1 text-sm">{c.message}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
