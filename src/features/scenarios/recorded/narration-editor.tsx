import { useId, useState } from 'react';
import { Button, TextArea } from '@/components/ui';

interface EditorProps {
  step: number;
  narration: string;
  onSave: (narration: string) => Promise<void>;
}

/** The current step's narration, editable by an instructor; saved with the scenario in this browser. */
export function NarrationEditor({ step, narration, onSave }: EditorProps) {
  const id = useId();
  const [draft, setDraft] = useState(narration);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const changed = draft.trim() !== narration;

  const save = async () => {
    if (!draft.trim()) {
      setStatus({ error: true, text: 'The narration cannot be empty; write a sentence or two for this step.' });
      return;
    }
    try {
      await onSave(draft);
      setStatus({ error: false, text: `Narration of step ${step + 1} saved.` });
    } catch (err) {
      setStatus({
        error: true,
        text: `Not saved (${err instanceof Error ? err.message : String(err)}). Your text is still here; try again.`,
      });
    }
  };

  return (
    <section aria-labelledby={`${id}-h`} className="rounded-lg border border-slate-300 p-3 dark:border-slate-600">
      <h2 id={`${id}-h`} className="text-lg font-semibold">
        Narration of step {step + 1}
      </h2>
      <label htmlFor={id} className="mt-1 block text-sm">
        What the caption says for this step (presenter mode shows it in large type)
      </label>
      <TextArea id={id} value={draft} rows={3} maxLength={2000} onChange={(e) => setDraft(e.target.value)} className="mt-1 w-full" />
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <Button size="sm" disabled={!changed} onClick={() => void save()}>
          Save narration
        </Button>
        <p role={status?.error ? 'alert' : 'status'} className={`text-sm ${status?.error ? 'scn-error' : ''}`}>
          {status?.text}
        </p>
      </div>
    </section>
  );
}
