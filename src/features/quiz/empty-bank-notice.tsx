import { Link } from '@tanstack/react-router';
import { Notice } from '@/components/ui';

/** Shown instead of a quiz when no bank has any question yet, with the way forward. */
export function EmptyBankNotice({ filtered = false }: { filtered?: boolean }) {
  return (
    <Notice tone="info" title={filtered ? 'No questions match these filters' : 'No questions yet'}>
      {filtered ? (
        <p>Widen the filters (choose “Any”) or pick another topic, exam or bank.</p>
      ) : (
        <p>
          KMS Lab’s own banks have not been added to this build yet. You can <Link to="/quiz/banks">import a Markdown question bank</Link>{' '}
          of your own and use it in every mode.
        </p>
      )}
    </Notice>
  );
}
