// Bank statistics: can someone who knows no KMS score on our banks with test-taking tricks?
// Prints, overall, per exam tag and per bank: strategy scores against chance, key/distractor length
// ratio, stem lengths, key positions, multiple-response share, near-duplicates, and the worst items
// for each strategy. Exits 1 when the overall or a per-exam figure misses a goal (see content/README.md).
//
// Run: npm run bank:stats [-- --dir=content/banks] [--bank=rotation,regions] [--worst=10] [--quiet]
import { runnerImport } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, ...v] = a.replace(/^--/, '').split('=');
    return [k, v.length ? v.join('=') : 'true'];
  }),
);
const dir = resolve(root, args.dir ?? 'content/banks');
const WORST = Number(args.worst ?? 8);

const load = async (path) => (await runnerImport(join(root, path), { configFile: false, logLevel: 'silent' })).module;
const { parseBank } = await load('src/quiz/parse-bank.ts');
const stats = await load('src/quiz/stats/index.ts');

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md') && (!args.bank || args.bank.split(',').includes(f.replace(/\.md$/, ''))))
  .sort();
const banks = files.map((fileName) => ({ fileName, bank: parseBank(readFileSync(join(dir, fileName), 'utf8'), { fileName }) }));
const all = banks.flatMap((b) => b.bank.questions);

const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(6);

function summary(name, questions) {
  const s = stats.bankStats(questions);
  const strat = s.strategies.map((x) => `${x.id} ${pct(x.score).trim()}`).join(', ');
  const mr =
    Object.entries(s.multipleByChoose)
      .map(([n, c]) => `${c}x${n}`)
      .join('+') || '0';
  const other = Object.entries(s.otherTypes)
    .map(([t, c]) => `${c} ${t}`)
    .join(', ');
  return `${name.padEnd(22)} ${String(s.items).padStart(4)} items${other ? ` (${other})` : ''} | chance ${pct(s.strategies[0]?.chance ?? 0).trim()} | ${strat} | ratio ${s.lengthRatio.toFixed(2)} | stem median ${s.stemWords.median}, >=50: ${pct(s.stemWords.shareAtLeast50).trim()} | MR ${pct(s.multipleShare).trim()} (${mr})`;
}

function detail(name, questions) {
  const s = stats.bankStats(questions);
  const lines = [
    `\n== ${name}: ${s.items} items, ${s.choice} choice (${s.single} single answer), multiple response ${pct(s.multipleShare).trim()}`,
  ];
  for (const x of s.strategies)
    lines.push(
      `  ${x.gated ? '*' : ' '} ${x.label.padEnd(58)} ${pct(x.score)}  (chance ${pct(x.chance).trim()}, ${((x.score - x.chance) * 100).toFixed(1)} points)`,
    );
  lines.push(
    `    key/distractor length ratio ${s.lengthRatio.toFixed(2)} (${s.meanKeyLength.toFixed(0)} vs ${s.meanWrongLength.toFixed(0)} chars); key is the longest option in ${pct(s.keyLongestShare).trim()}`,
  );
  lines.push(
    `    stem words: median ${s.stemWords.median}, min ${s.stemWords.min}, max ${s.stemWords.max}; ${pct(s.stemWords.shareAtLeast50).trim()} have 50 or more`,
  );
  lines.push(`    key position (single answer): ${s.keyPositions.map((n, i) => `${String.fromCharCode(65 + i)} ${n}`).join(', ')}`);
  const mr = Object.entries(s.multipleByChoose).map(([n, c]) => `${c} x Choose ${n}`);
  lines.push(`    multiple response: ${mr.join(', ') || 'none'}`);
  if (s.matchingEcho.items)
    lines.push(
      `    matching items, pair each prompt with the response sharing most words: ${pct(s.matchingEcho.score).trim()} of pairs right (blind guess ${pct(s.matchingEcho.chance).trim()}, ${s.matchingEcho.items} items)`,
    );
  if (Object.keys(s.otherTypes).length)
    lines.push(
      `    other item types: ${Object.entries(s.otherTypes)
        .map(([t, c]) => `${c} ${t}`)
        .join(', ')}`,
    );
  const dups = s.nearDuplicates.slice(0, 8);
  if (dups.length)
    lines.push(
      `    most similar pairs (review at >= ${stats.REVIEW_SIMILARITY}, fail at >= ${stats.NEAR_DUPLICATE}): ${dups.map((p) => `${p.a}~${p.b} ${p.score.toFixed(2)}`).join(', ')}`,
    );
  const goals = stats.checkGoals(s);
  for (const g of goals) lines.push(`    ${g.ok ? 'ok  ' : 'MISS'} ${g.goal}: ${g.measured}`);
  return { text: lines.join('\n'), goals };
}

function worst(questions) {
  const lines = ['\n== Items that give their answer away (fix these first)'];
  for (const strategy of stats.STRATEGIES) {
    const items = stats.worstItems(questions, strategy, WORST);
    if (items.length) lines.push(`  ${strategy.label}:\n${items.map((w) => `    ${w.id.padEnd(26)} ${w.detail}`).join('\n')}`);
  }
  const short = questions
    .filter((q) => q.type === 'choice')
    .map((q) => ({ id: q.id, n: stats.stemWordCount(q.stem) }))
    .filter((x) => x.n < 50)
    .sort((a, b) => a.n - b.n)
    .slice(0, WORST);
  if (short.length) lines.push(`  shortest stems:\n${short.map((x) => `    ${x.id.padEnd(26)} ${x.n} words`).join('\n')}`);
  return lines.join('\n');
}

function itemTypes(questions) {
  const rows = [...stats.byTopic(questions)].map(([topic, qs]) => {
    const t = stats.bankStats(qs).types;
    return `  ${(topic || '(no topic)').padEnd(22)} ${String(qs.length).padStart(4)} items: ${String(t.choice).padStart(3)} choice, ${String(t.ordering).padStart(2)} ordering, ${String(t.matching).padStart(2)} matching`;
  });
  const exams = [...stats.byExam(questions)].sort().map(([exam, qs]) => {
    const t = stats.bankStats(qs).types;
    return `  ${`exam ${exam}`.padEnd(22)} ${String(qs.length).padStart(4)} items: ${String(t.choice).padStart(3)} choice, ${String(t.ordering).padStart(2)} ordering, ${String(t.matching).padStart(2)} matching`;
  });
  const t = stats.bankStats(questions).types;
  return [
    `\n== Item types: ${t.choice} choice, ${t.ordering} ordering, ${t.matching} matching (ordering and matching items count here, not in the option strategies or stem goals)`,
    ...rows,
    ...exams,
  ].join('\n');
}

let failed = false;
const overall = detail('All banks', all);
console.log(overall.text);
failed ||= overall.goals.some((g) => !g.ok);
for (const [exam, qs] of [...stats.byExam(all)].sort()) {
  const d = detail(`Exam ${exam}`, qs);
  console.log(d.text);
  failed ||= d.goals.some((g) => !g.ok);
}
if (args.quiet !== 'true') {
  console.log('\n== Per bank (goals are set on all banks and per exam; a single bank is too small to hold them alone)');
  for (const b of banks) console.log(summary(b.fileName.replace(/\.md$/, ''), b.bank.questions));
  console.log(worst(all));
}
console.log(itemTypes(all));
console.log(failed ? '\nSome goals are missed (MISS above).' : '\nEvery goal is met, overall and per exam.');
process.exitCode = failed ? 1 : 0;
