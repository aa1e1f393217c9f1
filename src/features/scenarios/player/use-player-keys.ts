import { useEffect, useEffectEvent } from 'react';
import { commandForKey, type PlayerCommand } from './player-commands';

/** Keys typed into form fields keep their meaning; so does Space on a focused button outside presenter mode. */
export function ignoresShortcut(target: EventTarget | null, key: string, presenter: boolean): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  // On the page, Space activates a focused button, link or summary; let it. In presenter mode Space
  // always means play/pause (the room's clicker or a presenter's thumb), so it can never press
  // "Exit presenter mode" by accident.
  return !presenter && key === ' ' && ['BUTTON', 'SUMMARY', 'A'].includes(target.tagName);
}

/**
 * The player's keyboard: the command table's keys (arrows, Page Up/Down, Space, Home, End) and, in
 * presenter mode, Escape to leave. Listens on the document so it works wherever focus is.
 */
export function usePlayerKeys(presenter: boolean, onCommand: (command: PlayerCommand) => void, onEscape: () => void) {
  const handle = useEffectEvent((e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || ignoresShortcut(e.target, e.key, presenter)) return;
    if (e.key === 'Escape') {
      if (presenter) onEscape();
      return;
    }
    const command = commandForKey(e.key);
    if (!command) return;
    e.preventDefault();
    onCommand(command);
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => handle(e);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
