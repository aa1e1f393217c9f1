import { useState } from 'react';
import type { ScenarioRun } from '@/scenarios';
import { Button } from '@/components/ui';

interface ToolbarProps {
  run: ScenarioRun;
  step: number;
  presenter: boolean;
  onTogglePresenter: () => void;
  /** Focus returns here after presenter mode. */
  toggleRef: (el: HTMLElement | null) => void;
  /** Exports draw light or dark slides, as the page is. */
  theme: 'light' | 'dark';
}

type Notice = { kind: 'status' | 'error'; text: string; link?: string } | null;

/** The step's own address: the page's URL with `?step=` set (1-based), so a link opens this exact step. */
export function stepLink(href: string, step: number): string {
  const url = new URL(href);
  url.searchParams.set('step', String(step + 1));
  url.hash = '';
  return url.toString();
}

/** Presenter mode, a link to this step, and the exports a slide deck can use (SVG, PNG, all steps as a ZIP). */
export function PlayerToolbar({ run, step, presenter, onTogglePresenter, toggleRef, theme }: ToolbarProps) {
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  const copyLink = async () => {
    const link = stepLink(window.location.href, step);
    try {
      await navigator.clipboard.writeText(link);
      setNotice({ kind: 'status', text: `Link to step ${step + 1} copied.` });
    } catch {
      // Clipboard access can be refused (permissions, an insecure origin): show the link to copy by hand.
      setNotice({ kind: 'status', text: 'Copy this link to the step:', link });
    }
  };

  const exportAs = async (what: 'svg' | 'png' | 'zip') => {
    setBusy(true);
    setNotice(null);
    try {
      const { exportStep, exportAllSteps } = await import('../export/export-files');
      const name = what === 'zip' ? await exportAllSteps(run, theme) : await exportStep(run, step, what, theme);
      setNotice({ kind: 'status', text: `Saved ${name}.` });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      setNotice({ kind: 'error', text: `The export failed (${reason}). Try another format, or take a screenshot.` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <Button size="sm" ref={toggleRef} className="scn-button" aria-pressed={presenter} onClick={onTogglePresenter}>
        {presenter ? 'Exit presenter mode' : 'Presenter mode'}
      </Button>
      <Button size="sm" className="scn-button" onClick={() => void copyLink()}>
        Copy link to this step
      </Button>
      {/* In a room the bar stays one line: exports are on the page, outside presenter mode. */}
      {!presenter && (
        <>
          <Button size="sm" className="scn-button" disabled={busy} onClick={() => void exportAs('svg')}>
            Export step as SVG
          </Button>
          <Button size="sm" className="scn-button" disabled={busy} onClick={() => void exportAs('png')}>
            Export step as PNG
          </Button>
          <Button size="sm" className="scn-button" disabled={busy} onClick={() => void exportAs('zip')}>
            Export all steps (ZIP)
          </Button>
        </>
      )}
      <p
        role={notice?.kind === 'error' ? 'alert' : 'status'}
        className={`w-full empty:hidden ${notice?.kind === 'error' ? 'scn-error' : ''}`}
      >
        {notice?.text}
        {notice?.link && (
          <input
            readOnly
            aria-label="Link to this step"
            value={notice.link}
            className="scn-link-field ml-2 w-full max-w-xl"
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
      </p>
    </div>
  );
}
