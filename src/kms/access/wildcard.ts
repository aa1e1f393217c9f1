/**
 * IAM-style wildcard matching: `*` matches any run of characters (including none), `?` exactly one.
 * Used for actions (`kms:GenerateDataKey*`), resources and the `...Like` condition operators.
 */

const cache = new Map<string, RegExp>();

function compile(pattern: string, ignoreCase: boolean): RegExp {
  const cacheKey = `${ignoreCase ? 'i' : 's'}${pattern}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  let source = '^';
  for (const ch of pattern) {
    if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  source += '$';
  const re = new RegExp(source, ignoreCase ? 'iu' : 'u');
  // Policies are small and repeated on every request; a bounded cache keeps evaluation cheap.
  if (cache.size > 2000) cache.clear();
  cache.set(cacheKey, re);
  return re;
}

/** True when `value` matches the IAM wildcard `pattern`. */
export function wildcardMatch(pattern: string, value: string, options: { ignoreCase?: boolean } = {}): boolean {
  if (pattern === '*') return true;
  if (!pattern.includes('*') && !pattern.includes('?')) {
    return options.ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value;
  }
  return compile(pattern, options.ignoreCase ?? false).test(value);
}

/**
 * ArnLike semantics: each of the six colon-separated ARN parts is matched on its own, so a `*` in the
 * region part cannot swallow the account part.
 */
export function arnLikeMatch(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  const p = splitArn(pattern);
  const v = splitArn(value);
  if (!p || !v) return false;
  return p.every((part, i) => wildcardMatch(part, v[i] ?? ''));
}

function splitArn(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}
