/**
 * Browser side of `npm run bench:progress`: a simulated year of heavy study (50,000 answers on 450
 * questions over 365 days, 200 finished exams), stored the way progress schema 3 stores it (the hot
 * document in localStorage, the history in IndexedDB), then answers saved one at a time exactly as the
 * progress store saves them. Side by side in the same cycles: the same save with the history kept in
 * the localStorage document instead (schema 2's design, which is also what happens when IndexedDB is
 * unavailable), for as many answers as that document can hold.
 */
import {
  addHistory,
  aggregate,
  allAttempts,
  countAttempts,
  emptyProgress,
  saveProgress,
  type Attempt,
  type ExamResult,
  type ProgressData,
} from '../src/quiz';
import { applyAnswers, type AnswerRecord } from '../src/features/quiz/stores/apply-answers';

const QUESTIONS = 450;
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1, 7);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

/** Deterministic pseudo-random numbers, so every run stores the same year. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A year of answers: about 137 a day, in sittings, 70% right; every fourth day has an exam. */
function simulatedYear(answers: number, exams: number): { attempts: Attempt[]; exams: ExamResult[] } {
  const r = random(7);
  const attempts: Attempt[] = [];
  const modes = ['practice', 'review', 'drill', 'exam'] as const;
  for (let i = 0; i < answers; i++) {
    const at = new Date(START + Math.floor((i / answers) * 365 * DAY) + Math.floor(r() * 3_600_000)).toISOString();
    const correct = r() < 0.7;
    attempts.push({ questionId: `q-${Math.floor(r() * QUESTIONS)}`, at, selected: [Math.floor(r() * 4)], correct, mode: modes[i % 4]! });
  }
  attempts.sort((a, b) => (a.at < b.at ? -1 : 1));
  const results: ExamResult[] = [];
  for (let e = 0; e < exams; e++) {
    const questionIds = Array.from({ length: 65 }, (_, k) => `q-${(e * 7 + k * 13) % QUESTIONS}`);
    const answersById = Object.fromEntries(questionIds.map((id) => [id, [Math.floor(r() * 4)]]));
    const finishedAt = new Date(START + Math.floor((e / exams) * 365 * DAY) + 5_000_000).toISOString();
    results.push({
      id: `${finishedAt}-${e}`,
      startedAt: new Date(Date.parse(finishedAt) - 130 * 60_000).toISOString(),
      finishedAt,
      exam: 'SCS-C03',
      minutes: 170,
      questionIds,
      answers: answersById,
      correct: 45,
      total: 65,
      percent: 69,
      scaledEstimate: 723,
      passMark: 750,
      passed: false,
      byTopic: { rotation: { correct: 5, total: 7 } },
      byDomain: { 'SCS-C03|Data Protection': { correct: 40, total: 58 } },
      kmsOnly: true,
      displaySeed: 'abc',
    });
  }
  return { attempts, exams: results };
}

/** A localStorage view under a prefix, so two documents can live side by side in one origin. */
function prefixed(prefix: string): Storage {
  const key = (k: string) => `${prefix}${k}`;
  return {
    get length() {
      let n = 0;
      for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)!.startsWith(prefix)) n++;
      return n;
    },
    key: (i: number) => {
      const keys: string[] = [];
      for (let j = 0; j < localStorage.length; j++) if (localStorage.key(j)!.startsWith(prefix)) keys.push(localStorage.key(j)!);
      return keys[i]?.slice(prefix.length) ?? null;
    },
    getItem: (k: string) => localStorage.getItem(key(k)),
    setItem: (k: string, v: string) => localStorage.setItem(key(k), v),
    removeItem: (k: string) => localStorage.removeItem(key(k)),
    clear: () => {},
  };
}

/** The largest string (UTF-16 code units) localStorage takes under one key here, by bisection. */
function localStorageQuota(): number {
  let lo = 0;
  let hi = 64 * 1024 * 1024;
  while (hi - lo > 64 * 1024) {
    const mid = Math.floor((lo + hi) / 2);
    try {
      localStorage.setItem('bench.quota', 'x'.repeat(mid));
      lo = mid;
    } catch {
      hi = mid;
    }
    localStorage.removeItem('bench.quota');
  }
  return lo;
}

function answerAt(i: number): AnswerRecord {
  return { questionId: `q-${(i * 37) % QUESTIONS}`, selected: [i % 4], correct: i % 3 !== 0, mode: 'practice' };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('delete failed'));
    request.onblocked = () => resolve();
  });
}

/** A cards map for every question, as a year of reviews leaves it. */
function yearOfCards(): ProgressData['cards'] {
  const cards: ProgressData['cards'] = {};
  for (let q = 0; q < QUESTIONS; q++) {
    cards[`q-${q}`] = {
      due: new Date(START + 366 * DAY + q * 60_000).toISOString(),
      stability: 12.5 + q / 100,
      difficulty: 5.2,
      elapsed_days: 3,
      scheduled_days: 14,
      learning_steps: 0,
      reps: 9,
      lapses: 1,
      state: 2,
      last_review: new Date(START + 360 * DAY).toISOString(),
    };
  }
  return cards;
}

/**
 * Stores the year both ways: schema 3 (history into IndexedDB in chunks, as a migration or an import
 * writes it; the hot document into localStorage) and schema 2's design (the history in the document),
 * with as many answers as that document can hold, found in steps of 5,000.
 */
async function storeYear(year: { attempts: Attempt[]; exams: ExamResult[] }, v3: Storage, v2: Storage) {
  const t0 = performance.now();
  for (let i = 0; i < year.attempts.length; i += 5000) await addHistory({ attempts: year.attempts.slice(i, i + 5000), exams: [] });
  await addHistory({ attempts: [], exams: year.exams });
  const fillMs = performance.now() - t0;
  const totals = aggregate(year.attempts);
  const hot: ProgressData = {
    ...emptyProgress(),
    cards: yearOfCards(),
    stats: totals.stats,
    days: totals.days,
    settings: { exam: 'SCS-C03' },
  };
  if (!saveProgress(v3, () => hot).ok) throw new Error('the hot document did not fit');
  const doc = (n: number): ProgressData => ({ ...hot, pending: { attempts: year.attempts.slice(0, n), exams: [] } });
  let fits = 0;
  for (let n = 5000; n <= year.attempts.length; n += 5000) {
    localStorage.removeItem('v2:kmslab.progress');
    if (!saveProgress(v2, () => doc(n)).ok) break;
    fits = n;
  }
  // One step below what fits, so the measured saves have room to grow the document.
  const v2Answers = Math.max(0, fits - 5000);
  localStorage.removeItem('v2:kmslab.progress');
  saveProgress(v2, () => doc(v2Answers));
  return {
    fillMs,
    hotChars: v3.getItem('kmslab.progress')!.length,
    v2Answers,
    v2Chars: v2.getItem('kmslab.progress')!.length,
    fullYearV2Chars: JSON.stringify(doc(year.attempts.length)).length,
  };
}

/**
 * Saves answers one at a time. Phase 1: schema 3 alone, as a learner's tab runs it (the document write
 * dropping what IndexedDB committed, then the attempt handed to IndexedDB; its commit awaited
 * separately). Phase 2: side by side with schema 2's design, alternating which goes first.
 */
async function measureSaves(saves: number, v3: Storage, v2: Storage) {
  const committed = new Set<string>();
  const at = (i: number) => new Date(START + 366 * DAY + i * 30_000);
  const saveV3 = async (i: number) => {
    const s0 = performance.now();
    const saved = saveProgress(v3, (d) => applyAnswers(d, [answerAt(i)], at(i)), at(i), { committed: new Set(committed) });
    if (!saved.ok) throw new Error(saved.message);
    committed.clear();
    const writing = addHistory(saved.data.pending);
    const s1 = performance.now();
    for (const key of await writing) committed.add(key);
    return { sync: s1 - s0, commit: performance.now() - s0 };
  };
  const saveV2 = (i: number) => {
    const s0 = performance.now();
    const saved = saveProgress(v2, (d) => applyAnswers(d, [answerAt(i)], at(i)), at(i));
    if (!saved.ok) throw new Error(`v2 save failed: ${saved.message}`);
    return performance.now() - s0;
  };
  const samples = { alone: [] as number[], v3: [] as number[], v3Commit: [] as number[], v2: [] as number[] };
  for (let i = 0; i < saves; i++) samples.alone.push((await saveV3(i)).sync);
  for (let i = saves; i < 2 * saves; i++) {
    for (const which of i % 2 === 0 ? ['v3', 'v2'] : ['v2', 'v3']) {
      if (which === 'v2') {
        samples.v2.push(saveV2(i));
        continue;
      }
      const t = await saveV3(i);
      samples.v3.push(t.sync);
      samples.v3Commit.push(t.commit);
    }
  }
  const summary = (xs: number[]) => ({ median: median(xs), p95: quantile(xs, 0.95), max: Math.max(...xs) });
  return {
    alone: summary(samples.alone),
    v3: summary(samples.v3),
    v3Commit: summary(samples.v3Commit),
    v2: summary(samples.v2),
    ratio: median(samples.v2.map((t, i) => t / samples.v3[i]!)),
  };
}

/** Runs the benchmark; `saves` answers are saved by each contender. */
async function runBench(saves: number) {
  localStorage.clear();
  await deleteDatabase('kmslab-quiz-progress');
  const quotaChars = localStorageQuota();
  const v3 = prefixed('v3:');
  const v2 = prefixed('v2:');
  const stored = await storeYear(simulatedYear(50_000, 200), v3, v2);
  const saved = await measureSaves(saves, v3, v2);
  const estimate = await navigator.storage.estimate();
  const r0 = performance.now();
  await allAttempts();
  const historyReadMs = performance.now() - r0;
  return {
    userAgent: navigator.userAgent,
    saves,
    quotaChars,
    historyAttempts: await countAttempts(),
    historyReadMs,
    usage: estimate.usage ?? 0,
    quota: estimate.quota ?? 0,
    ...stored,
    ...saved,
  };
}

(globalThis as unknown as { runBench: typeof runBench }).runBench = runBench;
document.title = 'bench-ready';
