import { useQuizProgress } from './stores/quiz-progress';
import { Button, Notice } from '@/components/ui';
import { downloadText } from './download';

/**
 * Tells the learner when their saved progress could not be read or written (corrupt, from a newer
 * version of the app, storage full, the history database unavailable), and offers the damaged data
 * as a file so nothing is lost.
 */
export function StorageNotice() {
  const notice = useQuizProgress((s) => s.notice);
  const saveError = useQuizProgress((s) => s.saveError);
  const rawBackups = useQuizProgress((s) => s.rawBackups);
  const historyProblem = useQuizProgress((s) => s.historyProblem);
  const dismiss = useQuizProgress((s) => s.dismiss);
  if (!notice && !saveError && !historyProblem) return null;
  return (
    <div className="mb-6 flex flex-col gap-3">
      {notice && (
        <Notice tone="warning" title="Your saved progress needs attention">
          <p>{notice}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            {rawBackups().map((backup) => (
              <Button key={backup.key} onClick={() => downloadText(backup.fileName, backup.text, 'application/json')}>
                Download the kept data ({backup.label})
              </Button>
            ))}
            <Button onClick={() => dismiss('notice')}>Hide this message</Button>
          </div>
        </Notice>
      )}
      {historyProblem && !saveError && (
        <Notice tone="warning" title="Your answer history could not be moved to its database">
          <p>{historyProblem}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button onClick={() => dismiss('historyProblem')}>Hide this message</Button>
          </div>
        </Notice>
      )}
      {saveError && (
        <Notice tone="error" title="Your last answer could not be saved">
          <p>{saveError}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button onClick={() => dismiss('saveError')}>Hide this message</Button>
          </div>
        </Notice>
      )}
    </div>
  );
}
