import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the screen. While it
 * actually overflows it is focusable, so keyboard users can scroll it with the arrow keys, and
 * labelled, so a screen reader says what the tab stop is; when everything fits it adds no tab stop.
 */
export function ScrollBox({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // Watch the box (the window narrows) and its content (rows arrive).
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={`overflow-x-auto ${className}`.trim()} role="group" aria-label={label} tabIndex={overflows ? 0 : undefined}>
      {children}
    </div>
  );
}
