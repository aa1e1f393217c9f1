import { Link } from '@tanstack/react-router';

/** The way back to the guide list, above a learn page's heading (not printed). */
export function BackToGuides() {
  return (
    <p className="mb-2 text-sm print:hidden">
      <Link to="/learn">← All study guides</Link>
    </p>
  );
}
