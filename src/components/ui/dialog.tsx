import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the native `<dialog>` element and `showModal()`: the browser makes the rest of
 * the page inert, traps Tab inside and closes on Escape. The title labels it; `alert` makes it an
 * `alertdialog` (a confirmation that needs an answer). When it closes, however it closes, focus goes
 * back to the element that was focused when it opened (the button that opened it). Focus starts on the
 * element marked `data-autofocus` inside, else on the browser's choice (the first focusable element):
 * put `data-autofocus` on the safe choice of a destructive confirmation.
 *
 * The parent owns `open`; `onClose` is called when the learner closes it (Escape, a button that calls it).
 */
export function Dialog({
  open,
  onClose,
  title,
  alert = false,
  children,
  className = '',
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  alert?: boolean;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // Closing from outside (the parent sets open=false) and unmounting while open both return focus too.
  useEffect(
    () => () => {
      if (ref.current?.open) ref.current.close();
    },
    [],
  );

  return (
    <dialog
      ref={ref}
      role={alert ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      onClose={() => {
        const back = opener.current;
        opener.current = null;
        if (back?.isConnected) back.focus();
        if (open) onClose();
      }}
      className={`m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ${className}`.trim()}
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      {/* Mounted only while open: the content starts fresh each time, and data-autofocus exists when showModal() runs. */}
      {open && <div className="mt-3">{children}</div>}
    </dialog>
  );
}
