/**
 * Quality checks for KMS Lab's own question banks (content/banks). Kept as pure functions, apart from
 * the loaders, so banks.test.ts can run each check on a small bad example and prove it can fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAM_DOMAINS } from '@/quiz/exam-domains';
import type { ParsedBank, Question } from '@/quiz/parse-bank';

export const BANKS_DIR = join(import.meta.dirname, '../../../content/banks');
export const CONTENT_README = join(import.meta.dirname, '../../../content/README.md');

export const EXAMS = ['SAA-C03', 'SCS-C03', 'DVA-C02', 'CLF-C02'] as const;

/** The app scenarios a question may link to (issue 9's list; also checked against the catalog). */
export const SCENARIOS = [
  'direct-encrypt',
  'four-kb-limit',
  'envelope-encryption',
  'key-rotation',
  'regions',
  'permissions',
  'aws-managed-keys',
  'cross-account',
  'grants',
  'bring-your-own-key',
] as const;

const NUMBER_WORDS = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX'];

/** Reads every `content/banks/*.md` file, sorted by name so failures are reported in a stable order. */
export function readBankFiles(dir = BANKS_DIR): { fileName: string; source: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((fileName) => ({ fileName, source: readFileSync(join(dir, fileName), 'utf8') }));
}

/**
 * The topic ids from the table in content/README.md (rows like "| `rotation` | ... |"), so the test
 * follows the documented list instead of keeping a second copy that could drift.
 */
export function readTopics(readme = readFileSync(CONTENT_README, 'utf8')): string[] {
  const start = readme.indexOf('Topics (the `topic` field');
  if (start < 0) return [];
  const topics: string[] = [];
  for (const line of readme.slice(start).split('\n').slice(1)) {
    const m = /^\|\s*`([a-z0-9-]+)`\s*\|/.exec(line);
    if (m) topics.push(m[1]!);
    else if (topics.length > 0 && !line.startsWith('|')) break;
  }
  return topics;
}

/** A question with the file it came from. */
export type BankQuestion = Question & { fileName: string };

/**
 * Problems of one question against the KMS Lab bank rules. Returns human-readable messages (empty
 * when the question is fine); the caller prefixes the id.
 */
export function questionIssues(q: Question, topics: readonly string[]): string[] {
  const issues: string[] = [];
  // A real explanation says why the answer is right and the others wrong; a one-liner does not.
  if (!q.explanation || q.explanation.trim().length < 80) issues.push('explanation missing or shorter than 80 characters');
  if (!(q.references ?? []).some((r) => r.startsWith('https://docs.aws.amazon.com/'))) issues.push('no https://docs.aws.amazon.com/ reference');
  if (!q.topic || !topics.includes(q.topic)) issues.push(`topic "${q.topic ?? ''}" is not in the content/README.md topic list`);
  const exams = q.exams ?? [];
  if (exams.length === 0) issues.push('no exam tag');
  for (const e of exams) if (!(EXAMS as readonly string[]).includes(e)) issues.push(`unknown exam tag "${e}"`);
  for (const e of exams) {
    const tagged = (q.domains ?? []).filter((d) => d.exam === e);
    if (EXAM_DOMAINS[e] && tagged.length !== 1) issues.push(`${tagged.length} domain tags for ${e} (tag exactly one, e.g. "domains: ${e} ${EXAM_DOMAINS[e][0]!.name}")`);
  }
  for (const d of q.domains ?? []) if (!exams.includes(d.exam)) issues.push(`domain tag for ${d.exam}, which is not in the question's exams`);
  if (!q.difficulty) issues.push('no difficulty');
  issues.push(...itemIssues(q));
  if (!q.topic || !new RegExp(`^${q.topic}-\\d{3}$`).test(q.id)) issues.push(`id "${q.id}" does not match <topic>-NNN`);
  if (q.scenario !== undefined && !(SCENARIOS as readonly string[]).includes(q.scenario)) issues.push(`unknown scenario "${q.scenario}"`);
  if (q.changed !== undefined) issues.push(...changedIssues(q));
  return issues;
}

const missing = (text: string | undefined) => !text || !text.trim();

/** What each item type needs: rationales on every option, step, pair and distractor; a key; a matching "(Choose N)". */
function itemIssues(q: Question): string[] {
  const issues: string[] = [];
  if (q.type === 'ordering') {
    q.steps.forEach((s, i) => {
      if (missing(s.rationale)) issues.push(`step ${i + 1} has no rationale`);
    });
    return issues;
  }
  if (q.type === 'matching') {
    q.prompts.forEach((p, i) => {
      if (missing(p.rationale)) issues.push(`pair ${i + 1} has no rationale`);
    });
    const used = new Set(q.prompts.map((p) => p.response));
    q.responses.forEach((r, i) => {
      if (!used.has(i) && missing(r.rationale)) issues.push(`distractor "${r.text}" has no rationale`);
    });
    return issues;
  }
  q.options.forEach((o, i) => {
    if (missing(o.rationale)) issues.push(`option ${i + 1} has no rationale`);
  });
  const correct = q.options.filter((o) => o.correct).length;
  if (correct === 0) issues.push('no correct option');
  const hint = /\(Choose ([A-Z]+|\d)\)/i.exec(q.stem);
  if (correct > 1) {
    const want = NUMBER_WORDS[correct];
    if (!hint || (hint[1]!.toUpperCase() !== want && hint[1] !== String(correct))) {
      issues.push(`${correct} correct options but the stem does not say "(Choose ${want})"`);
    }
  } else if (hint) {
    issues.push(`the stem says "${hint[0]}" but only one option is correct`);
  }
  return issues;
}

/**
 * A question about a rule that changed must tell the learner both the old and the new rule with a
 * date. Heuristic: the explanation names the year of the change, and either names at least two
 * distinct years (old and new) or contrasts then and now in words (before, since, until, older
 * material, predates, at launch).
 */
export function changedIssues(q: Pick<Question, 'changed' | 'explanation'>): string[] {
  if (!q.changed) return [];
  const text = q.explanation ?? '';
  const years = new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? []);
  const issues: string[] = [];
  const year = q.changed.slice(0, 4);
  if (!years.has(year)) issues.push(`changed: ${q.changed} but the explanation never mentions ${year}`);
  const contrast = /\b(before|since|until|prior to|previously|older|predates?|at launch|launched)\b/i.test(text);
  if (years.size < 2 && !contrast) issues.push('changed: the explanation does not contrast the old rule with the new one (needs two years or before/since wording)');
  return issues;
}

/**
 * Scenario-style heuristic (exam style: "A company needs ... Which solution ...?"): after removing
 * the "(Choose N)" hint, the stem's first sentence is a statement (it sets up a situation instead of
 * asking straight away), a question follows it, and the situation has an actor or system in it.
 */
export function isScenario(stem: string): boolean {
  const text = stem
    .replace(/\(Choose [A-Z0-9]+\)/gi, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const sentences = text.split(/(?<=[.?!])\s+(?=[A-Z`"])/).filter(Boolean);
  if (sentences.length < 2) return false;
  const first = sentences[0]!;
  if (first.endsWith('?')) return false;
  if (!sentences.slice(1).some((s) => s.includes('?'))) return false;
  const situation = sentences.slice(0, -1).join(' ');
  return ACTOR.test(situation);
}

const ACTOR =
  /\b(compan(?:y|ies)|team|organi[sz]ation|developer|engineer|architect|administrator|admin|startup|business|bank|hospital|retailer|insurer|agency|firm|customer|auditor|reviewer|regulator|contractor|ciso|analyst|application|app|workload|pipeline|service|gateway|script|function|user|role|account)s?\b/i;

export { jaccard, shingles, similarPairs } from '@/quiz/stats';

/** Parse problems that are accepted on purpose (see ALLOWED_PROBLEMS in banks.test.ts). */
export interface AllowedProblem {
  fileName: string;
  line: number;
  message: RegExp;
  why: string;
}

/** The problems of a parsed bank that are not allowlisted, as "file:line severity message". */
export function unexpectedProblems(fileName: string, bank: ParsedBank, allowed: readonly AllowedProblem[]): string[] {
  return bank.problems
    .filter((p) => !allowed.some((a) => a.fileName === fileName && a.line === p.line && a.message.test(p.message)))
    .map((p) => `${fileName}:${p.line} ${p.severity}: ${p.message}`);
}

/**
 * The ways a tag could be spelled at its root, for finding near-duplicate tags: case, hyphens,
 * underscores and spaces ignored, then the word as it is and with a plural (-s, -es, -ies), -ing
 * (with a doubled consonant) or -ation ending dropped. Two tags sharing a root spell one concept:
 * `data-key-pairs` ~ `data-key-pair`, `aliases` ~ `alias`, `re-encrypt` ~ `reencrypt`, `tagging` ~
 * `tag`, `limitation` ~ `limit`; `encrypt` and `encryption` stay apart.
 */
export function tagRoots(tag: string): string[] {
  const t = tag.toLowerCase().replace(/[-_\s]/g, '');
  const roots = new Set([t]);
  if (t.endsWith('ies')) roots.add(`${t.slice(0, -3)}y`);
  if (t.endsWith('es')) roots.add(t.slice(0, -2));
  if (t.endsWith('s') && !t.endsWith('ss')) roots.add(t.slice(0, -1));
  if (t.endsWith('ation') && t.length > 8) roots.add(t.slice(0, -5));
  if (t.endsWith('ing') && t.length > 5) {
    const stem = t.slice(0, -3);
    roots.add(/([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem);
  }
  return [...roots];
}

/** Groups of tags that spell one concept in more than one way (each group sorted), e.g. [["quota", "quotas"]]. */
export function nearDuplicateTags(tags: Iterable<string>): string[][] {
  const list = [...new Set(tags)];
  const roots = list.map((t) => new Set(tagRoots(t)));
  const group = list.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = roots[i]!;
      const b = roots[j]!;
      // The same root, or one tag's own spelling being a root of the other (aliases -> alias).
      if ([...a].some((r) => b.has(r))) group[find(j)] = find(i);
    }
  }
  const out = new Map<number, string[]>();
  list.forEach((t, i) => out.set(find(i), [...(out.get(find(i)) ?? []), t]));
  return [...out.values()].filter((g) => g.length > 1).map((g) => g.sort());
}
