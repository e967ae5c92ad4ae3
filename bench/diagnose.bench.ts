// diagnose on large CI logs: a 150 MB log read through the bounded reader (only its tail is kept),
// and a log with thousands of error blocks, against the baseline of only cleaning the same text.
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanLog } from '../src/diagnose/clean';
import { diagnoseText } from '../src/diagnose/diagnose';
import { readLogFile } from '../src/diagnose/input';
import { loadCorpus } from '../tests/diagnose/corpus';

const corpus = loadCorpus();
const errorLog = corpus.map((c) => c.log).join('\n');
const progress = 'aws_instance.web: Still creating... [10s elapsed]\n';

// 1. A huge log on disk: memory and time stay bounded by the tail that is read.
const dir = mkdtempSync(join(tmpdir(), 'inframate-bench-diagnose-'));
const big = join(dir, 'big.log');
// Written in 1 MB chunks so the benchmark itself never holds the whole log in memory.
const chunk = progress.repeat(Math.ceil((1024 * 1024) / progress.length));
writeFileSync(big, '');
for (let i = 0; i < 150; i++) appendFileSync(big, chunk);
appendFileSync(big, errorLog);
const rss0 = process.memoryUsage().rss;
let t = performance.now();
const input = await readLogFile(big);
const bigResult = diagnoseText(input.text);
const bigMs = performance.now() - t;
const rss = (process.memoryUsage().rss - rss0) / 1024 / 1024;

// 2. Many errors: the whole corpus repeated (≈ 173 × 20 error blocks).
const many = Array.from({ length: 20 }, () => errorLog).join('\n');
t = performance.now();
const manyResult = diagnoseText(many);
const manyMs = performance.now() - t;
t = performance.now();
cleanLog(many);
const cleanMs = performance.now() - t;

process.stdout.write(
  [
    `150 MB log: read the last ${(input.text.length / 1024 / 1024).toFixed(1)} MB, ${bigResult.diagnoses.length} diagnoses in ${bigMs.toFixed(0)} ms, RSS +${rss.toFixed(0)} MB`,
    `${(many.length / 1024 / 1024).toFixed(1)} MB log with ${manyResult.blocks} blocks: ${manyResult.diagnoses.length} diagnoses (max 50) in ${manyMs.toFixed(0)} ms`,
    `baseline, cleaning the same text only: ${cleanMs.toFixed(0)} ms`,
  ].join('\n') + '\n',
);
