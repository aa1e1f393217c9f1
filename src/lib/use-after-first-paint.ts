import { useEffect, useState } from 'react';

/**
 * False during the first render and paint, true a moment after. Pages render their heading and
 * text first and only then start loading heavy chunks (diagram code, question banks), so those
 * downloads and their parsing do not compete with the first paint on a slow phone connection.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // rAF runs before the next paint; the timeout queued from it runs after that paint.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
