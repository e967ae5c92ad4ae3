// Reads the labelled corpus (tests/fixtures/diagnose/corpus-*.txt, format in its README).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusCase {
  id: string;
  source: string;
  category: string;
  code: string | null;
  resource: string | null;
  log: string;
  file: string;
}

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'diagnose');

/** `corpus-*.txt` by default; `holdout-*.txt` is the set labelled after the rules were frozen. */
export function loadCorpus(prefix: 'corpus' | 'holdout' = 'corpus'): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const file of readdirSync(CORPUS_DIR)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
    for (const chunk of text.split(/^=== /m).slice(1)) {
      const [head, ...rest] = chunk.split(/^---$/m);
      const lines = head.split('\n');
      const field = (name: string) =>
        lines
          .find((l) => l.startsWith(`${name}: `))
          ?.slice(name.length + 2)
          .trim() ?? '';
      const orNull = (v: string) => (v === '-' || v === '' ? null : v);
      cases.push({
        id: lines[0].trim(),
        source: field('source'),
        category: field('category'),
        code: orNull(field('code')),
        resource: orNull(field('resource')),
        log: rest.join('---').replace(/^\n/, ''),
        file,
      });
    }
  }
  return cases;
}
