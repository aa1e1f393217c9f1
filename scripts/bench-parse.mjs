// Benchmark: parse a generated 1,000-question bank with src/quiz/parse-bank.ts in Node and in
// Chromium, and report the median (goal: under 50 ms). Run: npm run bench:parse
// Options: --runs=N (default 40), --questions=N (default 1000), --no-browser.
// BENCH_BASELINE=<commit>: also bundle that commit's parser and time it alongside (before/after ratios
// from one process and one page, pairs interleaved).
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const RUNS = Number(args.runs ?? 40);
const WARMUP = 8;
const QUESTIONS = Number(args.questions ?? 1000);
const parserPath = fileURLToPath(new URL('../src/quiz/parse-bank.ts', import.meta.url));
const markedPath = fileURLToPath(import.meta.resolve('marked'));
const dir = mkdtempSync(join(tmpdir(), 'kmslab-bench-'));
const root = fileURLToPath(new URL('..', import.meta.url));
const baselineCommit = process.env.BENCH_BASELINE;
/** Pairs (now, baseline) timed one after the other per format; the reported ratio is their median. */
const PAIRS = 5;
let baselineDir;
if (baselineCommit) {
  // Under node_modules/.cache so the baseline tree's own imports (yaml, ...) resolve.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  baselineDir = mkdtempSync(join(root, 'node_modules/.cache/bench-parse-baseline-'));
  execFileSync('sh', ['-c', `git -C "${root}" archive "${baselineCommit}" src | tar -x -C "${baselineDir}"`]);
}
// The bundle holds our parser and, as a reference measured side by side, marked's Markdown lexer
// (the tokeniser the app already ships): the ratio stays meaningful when the machine is busy.
const entry = join(dir, 'entry.mjs');
writeFileSync(
  entry,
  `export { parseBank } from ${JSON.stringify(parserPath)};\nexport { lexer as markedLexer } from ${JSON.stringify(markedPath)};\n` +
    (baselineDir ? `export { parseBank as baselineParseBank } from ${JSON.stringify(join(baselineDir, 'src/quiz/parse-bank.ts'))};\n` : ''),
);

/** Bundles the parser (and yaml) into one file, ESM for Node or IIFE for the browser page. */
async function bundle(format) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: [format], name: 'KmsLabParser', fileName: 'parser' },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  const chunk = outputs.flatMap((o) => o.output).find((c) => c.type === 'chunk');
  return chunk.code;
}

/** A bank of `n` questions in each format, written like real banks (metadata, rationales, code, links). */
function generateBanks(n) {
  const topics = ['rotation', 'grants', 'policies', 'aliases', 'key-states', 'quotas'];
  const ours = ['---', 'title: Generated benchmark bank', 'topic: rotation', 'exams: [SAA-C03, SCS-C03]', 'tags: [kms, bench]', '---', ''];
  const task = ['# Generated community bank', '', '## Table of Contents', '', '| No. | Questions |', '| --- | --- |', ''];
  const numbered = ['---', 'layout: exam', '---', '', '# Practice Exam 1', ''];
  for (let i = 1; i <= n; i++) {
    const multi = i % 5 === 0;
    const stem = `Question ${i}: a team uses key ${i} with \`kms:Decrypt\` and a grant for role-${i % 17}. Which ${multi ? 'TWO actions meet' : 'action meets'} the requirement?${multi ? ' (Choose TWO)' : ''}`;
    const opts = Array.from(
      { length: multi ? 5 : 4 },
      (_, k) => `Option ${k + 1} for question ${i}: call \`Operation${k}\` on the key with context \`{"app":"bench-${i}"}\`.`,
    );
    const right = multi ? [1, 3] : [i % 4];
    ours.push(`## ${stem}`, `<!-- id: bench-${i}; difficulty: medium; topic: ${topics[i % topics.length]}; tags: bench, generated -->`, '');
    if (i % 10 === 0) ours.push('```json', '{ "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*" }', '```', '');
    opts.forEach((o, k) =>
      ours.push(
        `- [${right.includes(k) ? 'x' : ' '}] ${o}`,
        `  > Why option ${k + 1} is ${right.includes(k) ? 'right' : 'wrong'} for question ${i}.`,
      ),
    );
    ours.push(
      '',
      `**Explanation:** The explanation of question ${i}, with a paragraph of text that says why the answer holds and what changed over time.`,
      '',
      '**References:**',
      `- https://docs.aws.amazon.com/kms/latest/developerguide/q${i}.html`,
      '',
    );
    task.push(`### ${stem}`, '');
    if (i % 7 === 0) task.push(`![Question ${i}](images/question${i}.png)`, '');
    opts.forEach((o, k) => task.push(`- [${right.includes(k) ? 'x' : ' '}] ${o}`));
    task.push('', '**[⬆ Back to Top](#table-of-contents)**', '');
    numbered.push(`${i}. ${stem}`);
    opts.forEach((o, k) => numbered.push(`    - ${String.fromCharCode(65 + k)}. ${o}`));
    numbered.push(
      '',
      '    <details markdown=1><summary markdown="span">Answer</summary>',
      '',
      `    Correct answer: ${right.map((k) => String.fromCharCode(65 + k)).join(', ')}`,
      '',
      `    Explanation: The explanation of question ${i}.`,
      '',
      `    Reference: https://docs.aws.amazon.com/kms/latest/developerguide/q${i}.html`,
      '',
      '    </details>',
      '',
    );
  }
  return { kmslab: ours.join('\n'), 'task-list': task.join('\r\n'), numbered: numbered.join('\n') };
}

/** Runs in Node and (serialised) in the page: times `runs` parses after a warm-up. */
function measure(parse, source, runs, warmup) {
  let count = 0;
  for (let i = 0; i < warmup; i++) count = parse(source).questions.length;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const bank = parse(source);
    times.push(performance.now() - t);
    count = bank.questions.length;
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { questions: count, median: (times[(times.length - 1) >> 1] + times[times.length >> 1]) / 2, p90: at(0.9), min: times[0] };
}

/** Median of a list of numbers. */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

/** Times the parser of now and of the baseline in PAIRS interleaved pairs; returns baseline / now per pair (above 1: now is faster). */
async function baselineRatio(timeNow, timeBase) {
  const ratios = [];
  for (let k = 0; k < PAIRS; k++) {
    const now = await timeNow();
    const base = await timeBase();
    ratios.push(base / now);
  }
  return { ratio: median(ratios), ratios };
}
const fmtBaseline = (b) =>
  `  vs ${baselineCommit}: now ${b.ratio.toFixed(2)}x as fast (pairs ${b.ratios.map((r) => r.toFixed(2)).join(', ')})`;

const fmt = (r) => `median ${r.median.toFixed(2)} ms  (min ${r.min.toFixed(2)}, p90 ${r.p90.toFixed(2)})  ${r.questions} questions`;

const banks = generateBanks(QUESTIONS);
const results = [];
/** marked.lexer returns tokens, not a bank; wrap it so measure() can time it the same way. */
const asBank = (lex) => (source) => ({ questions: { length: lex(source).length } });
try {
  const esm = await bundle('es');
  const modPath = join(dir, 'parser.mjs');
  writeFileSync(modPath, esm);
  const { parseBank, markedLexer, baselineParseBank } = await import(pathToFileURL(modPath).href);
  console.log(`Parsing a generated ${QUESTIONS}-question bank, ${RUNS} runs after ${WARMUP} warm-up runs. Goal: median under 50 ms.\n`);
  console.log(`Node ${process.version}`);
  /** Node only: CPU time of this process per parse, which a busy machine inflates far less than wall time. */
  const cpuMedian = (source) => {
    for (let i = 0; i < WARMUP; i++) parseBank(source);
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const start = process.cpuUsage();
      parseBank(source);
      const used = process.cpuUsage(start);
      times.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    return (times[(times.length - 1) >> 1] + times[times.length >> 1]) / 2;
  };
  for (const [format, source] of Object.entries(banks)) {
    const r = measure(parseBank, source, RUNS, WARMUP);
    if (r.questions !== QUESTIONS) throw new Error(`${format}: parsed ${r.questions} questions, expected ${QUESTIONS}`);
    const ref = measure(asBank(markedLexer), source, RUNS, WARMUP);
    const cpu = cpuMedian(source);
    results.push({ where: 'node', format, ...r, ratio: r.median / ref.median, cpu });
    console.log(
      `  ${format.padEnd(10)} ${(source.length / 1024).toFixed(0).padStart(5)} KB  ${fmt(r)}, CPU-time median ${cpu.toFixed(2)} ms  | marked.lexer median ${ref.median.toFixed(2)} ms, ratio ${(r.median / ref.median).toFixed(2)}`,
    );
    if (baselineParseBank) {
      const b = await baselineRatio(
        () => measure(parseBank, source, RUNS, WARMUP).median,
        () => measure(baselineParseBank, source, RUNS, WARMUP).median,
      );
      results[results.length - 1].baseline = b.ratio;
      console.log(fmtBaseline(b));
    }
  }

  const chromium = findChromium();
  if ('no-browser' in args) console.log('\nChromium: skipped (--no-browser).');
  else if (!chromium) console.log('\nChromium: not found (set CHROMIUM_PATH); browser run skipped.');
  else {
    const { chromium: pw } = await import('@playwright/test');
    const browser = await pw.launch({ executablePath: chromium, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>bench</title>');
      await page.addScriptTag({ content: await bundle('iife') });
      console.log(`\nChromium ${browser.version()}`);
      for (const [format, source] of Object.entries(banks)) {
        const run = (which) =>
          page.evaluate(
            ({ fn, source, runs, warmup, which }) => {
              const lib = window.KmsLabParser;
              const parse =
                which === 'parser'
                  ? lib.parseBank
                  : which === 'baseline'
                    ? lib.baselineParseBank
                    : (s) => ({ questions: { length: lib.markedLexer(s).length } });
              return new Function('parse', 'source', 'runs', 'warmup', `return (${fn})(parse, source, runs, warmup)`)(
                parse,
                source,
                runs,
                warmup,
              );
            },
            { fn: measure.toString(), source, runs: RUNS, warmup: WARMUP, which },
          );
        const r = await run('parser');
        if (r.questions !== QUESTIONS) throw new Error(`${format} (Chromium): parsed ${r.questions} questions, expected ${QUESTIONS}`);
        const ref = await run('marked');
        results.push({ where: 'chromium', format, ...r, ratio: r.median / ref.median });
        console.log(
          `  ${format.padEnd(10)} ${(source.length / 1024).toFixed(0).padStart(5)} KB  ${fmt(r)}  | marked.lexer median ${ref.median.toFixed(2)} ms, ratio ${(r.median / ref.median).toFixed(2)}`,
        );
        if (baselineDir) {
          const b = await baselineRatio(
            async () => (await run('parser')).median,
            async () => (await run('baseline')).median,
          );
          results[results.length - 1].baseline = b.ratio;
          console.log(fmtBaseline(b));
        }
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  if (baselineDir) rmSync(baselineDir, { recursive: true, force: true });
}
const os = await import('node:os');
console.log(
  `\nMachine: ${os.cpus().length} CPU(s), 1-minute load average ${os.loadavg()[0].toFixed(1)}. Timings are wall-clock; a busy machine inflates them, the marked ratio and the CPU time much less.`,
);
const worst = results.reduce((a, b) => (b.median > a.median ? b : a));
console.log(
  `Slowest wall-clock median: ${worst.median.toFixed(2)} ms (${worst.where}, ${worst.format}); goal < 50 ms: ${worst.median < 50 ? 'met' : 'NOT met'}.`,
);
const cpuWorst = Math.max(...results.filter((r) => r.cpu !== undefined).map((r) => r.cpu));
console.log(`Slowest Node CPU-time median: ${cpuWorst.toFixed(2)} ms; goal < 50 ms: ${cpuWorst < 50 ? 'met' : 'NOT met'}.`);
