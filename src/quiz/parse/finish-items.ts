import { normaliseForId, questionContentId } from '../hash.ts';
import {
  MATCHING_PROMPTS,
  ORDERING_STEPS,
  type MatchingPrompt,
  type MatchingQuestion,
  type MatchingResponse,
  type OrderingQuestion,
  type OrderingStep,
  type Problem,
  type Question,
} from '../model.ts';
import type { FrontMatter } from './front-matter.ts';
import { applyMeta, finishChoice, type RawItem, type RawQuestion, stemOf } from './shared.ts';

/**
 * Validates a raw question of any item type and, when it is usable, builds the final Question with
 * inherited front-matter fields and its id. Errors leave the question out; warnings keep it.
 */
export function finishQuestion(raw: RawQuestion, front: FrontMatter, problems: Problem[]): Question | undefined {
  if (raw.rejected) return undefined;
  const type = raw.meta.type ?? 'choice';
  const question =
    type === 'ordering' ? finishOrdering(raw, problems) : type === 'matching' ? finishMatching(raw, problems) : finishChoice(raw, problems);
  if (!question) return undefined;
  applyMeta(question, raw, front);
  return question;
}

/** Reports the collected errors on the question's line; true when there were any (the question is left out). */
function reportErrors(raw: RawQuestion, errors: readonly string[], problems: Problem[]): boolean {
  for (const message of errors) if (message) problems.push({ line: raw.line, severity: 'error', message });
  return errors.length > 0;
}

/** An ordering or matching item must not carry checkbox options: the author mixed two item types. */
function noOptions(raw: RawQuestion, kind: string, errors: string[]): void {
  if (raw.options.length === 0) return;
  errors.push(
    `This ${kind} item has checkbox options ("- [ ]" / "- [x]"), which only choice items have. Remove them, or remove "type: ${kind}" from the metadata.`,
  );
}

function withRationale<T extends object>(item: T, rationale: string | undefined): T & { rationale?: string } {
  const r = rationale?.trim();
  return r ? { ...item, rationale: r } : item;
}

/** A short quote of an item's text for messages. */
const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;

/** Validates an ordering item: 3 to 5 distinct steps written in the right order. */
export function finishOrdering(raw: RawQuestion, problems: Problem[]): OrderingQuestion | undefined {
  const errors: string[] = [];
  const stem = stemOf(raw, errors);
  noOptions(raw, 'ordering', errors);
  const steps = raw.steps ?? [];
  if (steps.length === 0) {
    errors.push(
      `The ordering item has no steps. Write ${ORDERING_STEPS.min} to ${ORDERING_STEPS.max} steps as a numbered list in the right order: "1. first step", "2. second step"…`,
    );
  } else if (steps.length < ORDERING_STEPS.min || steps.length > ORDERING_STEPS.max) {
    errors.push(
      `An ordering item has ${ORDERING_STEPS.min} to ${ORDERING_STEPS.max} steps, as on AWS exams; this one has ${steps.length}.${steps.length > ORDERING_STEPS.max ? ' (A numbered list in the stem must be followed by stem text, or it joins the steps.)' : ''}`,
    );
  }
  const seen = new Map<string, number>();
  steps.forEach((step, i) => {
    if (!step.text.trim()) {
      problems.push({ line: step.line, severity: 'error', message: `Step ${i + 1} has no text.` });
      errors.push('');
      return;
    }
    const key = normaliseForId(step.text);
    const prev = seen.get(key);
    if (prev !== undefined) {
      problems.push({
        line: step.line,
        severity: 'error',
        message: `Step ${i + 1} repeats step ${prev + 1}; every step must differ, or the order could not be graded.`,
      });
      errors.push('');
    } else seen.set(key, i);
  });
  if (reportErrors(raw, errors, problems)) return undefined;

  const numbers = steps.map((s) => s.number);
  const allSame = numbers.every((n) => n === numbers[0]);
  if (!allSame && numbers.some((n, i) => n !== i + 1)) {
    problems.push({
      line: steps[0]!.line,
      severity: 'warning',
      message: `The steps are numbered ${numbers.join(', ')}. Write them in the right order, numbered 1, 2, 3…: the written order is the answer, and the numbers are what a reviewer reads.`,
    });
  }
  const ordered: OrderingStep[] = steps.map((s) => withRationale({ text: s.text.trim() }, s.rationale));
  return {
    type: 'ordering',
    id:
      raw.meta.id ??
      questionContentId(
        `ordering\u0000${stem}`,
        ordered.map((s) => s.text),
      ),
    stem,
    steps: ordered,
    line: raw.line,
  };
}

/** Validates a matching item: 3 to 7 distinct prompts, each with one response; distractors declared. */
export function finishMatching(raw: RawQuestion, problems: Problem[]): MatchingQuestion | undefined {
  const errors: string[] = [];
  const stem = stemOf(raw, errors);
  noOptions(raw, 'matching', errors);
  const pairs = raw.pairs ?? [];
  if (pairs.length === 0) {
    errors.push(
      `The matching item has no pairs. Write ${MATCHING_PROMPTS.min} to ${MATCHING_PROMPTS.max} lines as "- prompt → response" (or "->"), one per prompt.`,
    );
  } else if (pairs.length < MATCHING_PROMPTS.min || pairs.length > MATCHING_PROMPTS.max) {
    errors.push(
      `A matching item has ${MATCHING_PROMPTS.min} to ${MATCHING_PROMPTS.max} prompts, as on AWS exams; this one has ${pairs.length}.`,
    );
  }
  const fail = (line: number, message: string) => {
    problems.push({ line, severity: 'error', message });
    errors.push('');
  };
  const prompts = new Map<string, number>();
  pairs.forEach((pair, i) => {
    if (!pair.prompt.trim()) return fail(pair.line, `Pair ${i + 1} has no prompt before the arrow; write it as "- prompt → response".`);
    if (!pair.response.trim())
      return fail(pair.line, `The prompt ${quote(pair.prompt)} has no response; write it as "- ${pair.prompt.trim()} → response".`);
    const key = normaliseForId(pair.prompt);
    const prev = prompts.get(key);
    if (prev !== undefined) return fail(pair.line, `Prompt ${i + 1} repeats prompt ${prev + 1}; every prompt must differ.`);
    prompts.set(key, i);
  });

  const { responses, indexOf } = collectResponses(pairs, problems);
  const distractors = collectDistractors(raw.distractors ?? [], indexOf, pairs, fail, problems);
  const total = responses.length + distractors.length;
  if (pairs.length > 0 && total < 2) {
    errors.push(
      'Every prompt has the same response and there is no distractor, so there is nothing to choose; add responses or distractors.',
    );
  }
  if (reportErrors(raw, errors, problems)) return undefined;

  const matched: MatchingPrompt[] = pairs.map((p) =>
    withRationale({ text: p.prompt.trim(), response: indexOf.get(p.response.trim())! }, p.rationale),
  );
  const all: MatchingResponse[] = [...responses, ...distractors];
  return {
    type: 'matching',
    id: raw.meta.id ?? questionContentId(`matching\u0000${stem}`, [...matched.map((p) => p.text), ...all.map((r) => `\u0002${r.text}`)]),
    stem,
    prompts: matched,
    responses: all,
    line: raw.line,
  };
}

/** Distinct responses in order of first use; a response written twice (same text) serves several prompts. */
function collectResponses(pairs: readonly { response: string; line: number }[], problems: Problem[]) {
  const responses: MatchingResponse[] = [];
  const indexOf = new Map<string, number>();
  const folded = new Map<string, string>();
  for (const pair of pairs) {
    const text = pair.response.trim();
    if (!text || indexOf.has(text)) continue;
    const key = text.toLowerCase();
    const other = folded.get(key);
    if (other !== undefined && !/[`"']/.test(text)) {
      problems.push({
        line: pair.line,
        severity: 'warning',
        message: `The response ${quote(text)} differs from ${quote(other)} only in letter case, so the two count as different responses; write one spelling if they are the same.`,
      });
    }
    folded.set(key, text);
    indexOf.set(text, responses.length);
    responses.push({ text });
  }
  return { responses, indexOf };
}

/** Distractors: responses no prompt uses, each different from every used response. */
function collectDistractors(
  items: readonly RawItem[],
  used: ReadonlyMap<string, number>,
  pairs: readonly { prompt: string; response: string }[],
  fail: (line: number, message: string) => void,
  problems: Problem[],
): MatchingResponse[] {
  const out: MatchingResponse[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const text = item.text.trim();
    if (!text) {
      fail(item.line, 'A distractor has no text.');
      continue;
    }
    const key = normaliseForId(text);
    const owner = pairs.find((p) => normaliseForId(p.response) === key);
    if (owner || used.has(text)) {
      fail(
        item.line,
        `The distractor ${quote(text)} is also the response of the prompt ${quote(owner?.prompt.trim() ?? '')}; a distractor is a response that no prompt uses.`,
      );
      continue;
    }
    if (seen.has(key)) {
      problems.push({
        line: item.line,
        severity: 'warning',
        message: `The distractor ${quote(text)} is listed twice; it is offered once.`,
      });
      continue;
    }
    seen.add(key);
    out.push(withRationale({ text }, item.rationale));
  }
  return out;
}
