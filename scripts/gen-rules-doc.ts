// Regenerates docs/rules.md from the rule registry: `npx tsx scripts/gen-rules-doc.ts`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesMarkdown } from '../src/checks/rules-doc';
import { ALL_RULES } from '../src/checks/rules';

writeFileSync(join(import.meta.dirname, '..', 'docs', 'rules.md'), rulesMarkdown(ALL_RULES));
console.log(`docs/rules.md: ${ALL_RULES.length} rules`);
