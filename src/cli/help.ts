// What `inframate <command> --help` prints after the options: examples and exit codes. Data only.
import type { CommandName } from '../core/types';

export const EXAMPLES: Record<CommandName, string[]> = {
  analyze: [
    'inframate analyze . --no-ai --out infra',
    'inframate analyze services/api --spec services/api/inframate.md --dry-run --format json',
  ],
  secure: [
    'inframate secure infra',
    'inframate secure infra --check CKV_AWS_20,aws-s3-versioning --compact',
    'inframate secure infra --skip-check CKV_AWS_18 --soft-fail --format sarif --output secure.sarif',
    'inframate secure --list-rules --format json',
  ],
  optimize: ['inframate optimize infra --usage usage.yml', 'inframate optimize head/infra --compare base/infra --format json'],
  visualize: ['inframate visualize infra --output graph.md'],
  auto: ['inframate auto . --no-ai', 'inframate auto . --fail-on critical --format json --output report.json'],
  drift: ['inframate drift --plan plan.json --state terraform.tfstate'],
  diagnose: ['inframate diagnose --log apply.log', 'terraform apply 2>&1 | inframate diagnose'],
  incident: ['inframate incident --payload alert.json'],
  inspect: ['inframate inspect "why is the api service restarting?" --region eu-west-1'],
  eval: ['inframate eval --suite eval/scenarios'],
  serve: ['INFRAMATE_SERVE_TOKEN=… inframate serve --port 8080'],
};

export const EXIT_CODES = [
  '  0  done, nothing at or above --fail-on',
  '  1  done, with findings at or above --fail-on (0 with --soft-fail)',
  '  2  usage or input error (the message names the file and line)',
  '  3  the run failed after the supervisor gave up (the error report is still written)',
];

export function helpAfter(command: CommandName): string {
  return ['', 'Examples:', ...EXAMPLES[command].map((e) => `  ${e}`), '', 'Exit codes:', ...EXIT_CODES].join('\n');
}
