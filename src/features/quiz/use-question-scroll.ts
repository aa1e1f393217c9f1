import { useLayoutEffect, useRef, type RefObject } from 'react';

/** Marks a bar that sticks to the top of the viewport (the exam's timer bar): questions scroll below it. */
const STICKY_TOP_ATTR = 'data-sticky-top';

/** Room left between a sticky bar (or the top of the viewport) and the question's first line. */
const GAP_PX = 8;

/** The bottom edge of the sticky bars now at the top of the viewport (0 when there are none). */
function stickyBottom(): number {
  let bottom = 0;
  for (const bar of document.querySelectorAll(`[${STICKY_TOP_ATTR}]`)) {
    const rect = bar.getBoundingClientRect();
    // A sticky bar counts while it sits at the top; before the page scrolls it may be lower down, and
    // it will stick once the question scrolls up, so its height counts either way.
    bottom = Math.max(bottom, rect.top <= GAP_PX ? rect.bottom : rect.height);
  }
  return bottom;
}

/**
 * Puts the start of a new question where the learner reads: when `key` changes (a new question), the
 * element's top ("Question N of M" and the first line of the stem) is scrolled to just below any sticky
 * bar, unless it is already fully in view in the upper part of the screen; then focus moves there
 * without another scroll, so keyboard and screen-reader users start at the question too.
 * With `onMount`, the same happens when the element first appears (after "Start").
 */
export function useQuestionScroll(ref: RefObject<HTMLElement | null>, key: string | undefined, options: { onMount?: boolean } = {}) {
  const first = useRef(true);
  useLayoutEffect(() => {
    const el = ref.current;
    const mounting = first.current;
    first.current = false;
    if (!el || key === undefined || (mounting && !options.onMount)) return;
    const top = stickyBottom() + GAP_PX;
    const rect = el.getBoundingClientRect();
    // Fully visible and in the upper half already: leave the page where it is.
    const inView = rect.top >= top - 1 && rect.top <= Math.max(top, window.innerHeight / 2);
    if (!inView) window.scrollTo({ top: Math.max(0, window.scrollY + rect.top - top), behavior: 'instant' });
    el.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs per question (key); onMount is read once
  }, [key]);
}
