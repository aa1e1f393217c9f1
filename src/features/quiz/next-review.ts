/** "in 10 minutes", "later today", "tomorrow", "in 4 days", "in 3 months": when a card comes back. */
export function describeNextReview(due: string, now: Date): string {
  const ms = Date.parse(due) - now.getTime();
  if (!Number.isFinite(ms)) return 'soon';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'now';
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const dueDate = new Date(due);
  const endOfToday = new Date(now);
  endOfToday.setHours(23, 59, 59, 999);
  if (dueDate <= endOfToday) return 'later today';
  const days = Math.round(ms / 86_400_000);
  if (days <= 1) return 'tomorrow';
  if (days < 60) return `in ${days} days`;
  const months = Math.round(days / 30);
  return `in about ${months} months`;
}
