// npm run docs: writes the parts of the docs that are generated, so no figure or key is copied by
// hand. The README's keys table comes from the keymap (src/model/deck/keymap.ts); the tables of
// docs/performance.md come from docs/bench-results.json, which `npm run bench` writes. Each
// generated part sits between `<!-- NAME:start -->` and `<!-- NAME:end -->`; the test in
// tests/unit/docs.test.ts fails when a part differs from what this script would write.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { KEYMAP, keyLabels, type KeyBinding } from '../../src/model/deck/keymap.ts';

/** Where the benchmark's figures are kept, and the page rendered from them. */
export const BENCH_RESULTS = 'docs/bench-results.json';
export const PERFORMANCE_PAGE = 'docs/performance.md';

/** One row of the benchmark's table: what was measured, the figure, its budget and whether it holds. */
const benchRow = z.object({ measure: z.string(), value: z.string(), budget: z.string(), within: z.boolean() });

/** What `npm run bench` writes: the machine it ran on, the rows of its table and the raw figures. */
export const benchResultsSchema = z.object({
  machine: z.object({
    date: z.string(),
    cpus: z.number(),
    cpuModel: z.string(),
    node: z.string(),
    chromium: z.string(),
    loadAverage: z.object({ before: z.number(), after: z.number() }),
  }),
  rows: z.array(benchRow),
  figures: z.record(z.string(), z.unknown()),
});

export type BenchResults = z.infer<typeof benchResultsSchema>;
export type BenchRow = z.infer<typeof benchRow>;

/** A cell of a Markdown table: its pipes escaped, so a key named "|" cannot break the row. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** The README's table of keys, one row per row of the keymap, as the in-app help lists them. */
export function keysTable(keymap: readonly KeyBinding[] = KEYMAP): string {
  const rows = keymap.map((row) => `| ${cell(keyLabels(row).join(', '))} | ${cell(row.description)} |`);
  return ['| Keys | Action |', '| --- | --- |', ...rows].join('\n');
}

/** The benchmark's page section: the machine and load, then every figure beside its budget. */
export function benchTable(results: BenchResults): string {
  const { machine } = results;
  const over = results.rows.filter((row) => !row.within).length;
  const lines = [
    `Taken on ${machine.date} on ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ${machine.chromium} headless with software rendering; load average ${machine.loadAverage.before} before the run and ${machine.loadAverage.after} after.`,
    over === 0 ? 'Every figure is within its budget.' : `${over} figure${over === 1 ? ' is' : 's are'} over budget.`,
    '',
    '| Measure | Value | Budget | |',
    '| --- | --- | --- | --- |',
    ...results.rows.map((row) => `| ${cell(row.measure)} | ${cell(row.value)} | ${cell(row.budget)} | ${row.budget ? (row.within ? 'within' : '**over**') : ''} |`),
  ];
  return lines.join('\n');
}

/** The text between a generated part's markers replaced by `body`; refuses a page without them. */
export function replacePart(page: string, name: string, body: string, file: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: the markers ${start} and ${end} are missing: put them where the generated ${name} table goes.`);
  return `${page.slice(0, from + start.length)}\n${body}\n${page.slice(to)}`;
}

/** The text between a generated part's markers, for the test that compares it with what it should be. */
export function partOf(page: string, name: string): string | undefined {
  const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(page);
  return match?.[1];
}

/** Reads and validates the benchmark's results; undefined when the bench has not been run. */
export function readBenchResults(file = BENCH_RESULTS): BenchResults | undefined {
  if (!existsSync(file)) return undefined;
  return benchResultsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Rewrites every generated part: the README's keys, and the performance page when there are figures. */
export function writeDocs(): string[] {
  const written: string[] = [];
  const rewrite = (file: string, name: string, body: string) => {
    const page = readFileSync(file, 'utf8');
    const next = replacePart(page, name, body, file);
    if (next !== page) writeFileSync(file, next);
    written.push(file);
  };
  rewrite('README.md', 'keys', keysTable());
  const bench = readBenchResults();
  if (bench) rewrite(PERFORMANCE_PAGE, 'bench', benchTable(bench));
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const file of writeDocs()) console.log(`Generated parts of ${file} are up to date.`);
  if (!existsSync(BENCH_RESULTS)) console.log(`No ${BENCH_RESULTS} yet: run npm run bench to measure.`);
}
