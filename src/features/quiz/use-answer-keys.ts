import { useEffect, useEffectEvent } from 'react';

interface AnswerKeyHandlers {
  optionCount: number;
  onToggle: (index: number) => void;
  onEnter: () => void;
  enabled?: boolean;
}

/** True when a key press belongs to a text field, a button or a link and must keep its own meaning. */
function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return type !== 'radio' && type !== 'checkbox';
  }
  // Enter on a focused button or link activates that control; letters and digits still answer.
  if (key === 'Enter' && (tag === 'BUTTON' || tag === 'A' || target.closest('button, a'))) return true;
  return false;
}

/**
 * Answering from the keyboard: 1–9 or A–I pick an option, Enter submits or moves on.
 * Listens on the window so it works wherever focus is on the page, except in text fields.
 */
export function useAnswerKeys({ optionCount, onToggle, onEnter, enabled = true }: AnswerKeyHandlers) {
  // An effect event sees the latest handlers without re-subscribing on every render.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    if (ownsKeys(event.target, event.key)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onEnter();
      return;
    }
    let index = -1;
    if (/^[1-9]$/.test(event.key)) index = Number(event.key) - 1;
    else if (/^[a-i]$/i.test(event.key)) index = event.key.toLowerCase().charCodeAt(0) - 97;
    if (index >= 0 && index < optionCount) {
      event.preventDefault();
      onToggle(index);
    }
  });

  useEffect(() => {
    if (!enabled) return;
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
