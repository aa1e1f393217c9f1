import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Presenter mode: the player fills the window (and the screen, where full screen is allowed). It ends
 * only when asked (Escape, the exit button, or the browser leaving full screen, which it does on
 * Escape). Focus goes to the diagram region on entry, so Space and the clicker keys drive the player
 * and no button is one keypress from ending the mode; on exit it returns to the presenter toggle.
 */
export function usePresenter(root: React.RefObject<HTMLElement | null>) {
  const [presenter, setPresenter] = useState(false);
  const returnFocus = useRef(false);

  const exit = useCallback(() => {
    setPresenter(false);
    returnFocus.current = true;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  }, []);

  const enter = useCallback(() => {
    setPresenter(true);
    // Full screen can be refused (iframes, some browsers); presenter mode still fills the window.
    void root.current?.requestFullscreen?.().catch(() => {});
  }, [root]);

  // Leaving full screen with the browser's own Escape also leaves presenter mode.
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement) return;
      returnFocus.current = true;
      setPresenter(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  /** Ref for the diagram region: focused when presenter mode mounts it. */
  const stageRef = useCallback((el: HTMLElement | null) => el?.focus({ preventScroll: true }), []);
  /** Ref for the presenter toggle: focused when it comes back after presenter mode. */
  const toggleRef = useCallback((el: HTMLElement | null) => {
    if (el && returnFocus.current) {
      returnFocus.current = false;
      el.focus();
    }
  }, []);

  return { presenter, enter, exit, stageRef, toggleRef };
}
