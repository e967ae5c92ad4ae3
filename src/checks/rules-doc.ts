// The rule catalogue as markdown (docs/rules.md): one table per service folder, every rule with its
// severity, title, resource types and Checkov/Trivy aliases. scripts/gen-rules-doc.ts writes it;
// tests/checks/rules-doc.test.ts keeps the file in step with the registry.
import { compareText } from '../core/compare';
import type { Rule } from './types';

/** Id prefixes that belong to a larger service section. */
const SECTION: Record<string, string> = {
  alb: 'elb',
  apigatewayv2: 'apigateway',
  lb: 'elb',
  ami: 'ec2',
  autoscaling: 'ec2',
  ebs: 'ec2',
  sg: 'ec2',
  transit: 'ec2',
  dax: 'dynamodb',
  docdb: 'documentdb',
  sfn: 'stepfunctions',
  wafv2: 'waf',
};

/** Section of a rule, from its id (aws-<service>-…). */
function service(id: string): string {
  const prefix = id.split('-')[1] ?? 'other';
  return SECTION[prefix] ?? prefix;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function rulesMarkdown(rules: readonly Rule[]): string {
  const groups = new Map<string, Rule[]>();
  for (const r of [...rules].sort((a, b) => compareText(a.id, b.id))) {
    const s = service(r.id);
    let list = groups.get(s);
    if (!list) groups.set(s, (list = []));
    list.push(r);
  }
  const lines = [
    '# Rules of `inframate secure`',
    '',
    `${rules.length} AWS rules. Generated from the rule files (src/checks/aws/) by \`npx tsx scripts/gen-rules-doc.ts\`; do not edit by hand.`,
    'Aliases are the equivalent Checkov (`CKV_AWS_*`, `CKV2_AWS_*`) and Trivy (`AVD-AWS-*`) ids: `--check`, `--skip-check`,',
    '`#checkov:skip=` and `#trivy:ignore:` accept them. `inframate secure --list-rules --format json` prints the same catalogue.',
    '',
  ];
  for (const [s, list] of [...groups].sort((a, b) => compareText(a[0], b[0]))) {
    lines.push(`## ${s} (${list.length})`, '', '| rule | severity | title | resource types | aliases |', '|---|---|---|---|---|');
    for (const r of list) {
      lines.push(
        `| \`${r.id}\` | ${r.severity} | ${cell(r.title)} | ${r.resourceTypes.map((t) => `\`${t}\``).join(', ')} | ${r.aliases.join(', ') || '—'} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
