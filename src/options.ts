// Every option, once. The CLI builds its flags from this table and the Action reads the input of
// the same name (`fail-on` ⇔ `--fail-on`), so the two entry points cannot drift apart.
import type { CommandName } from './core/types';

export type OptionKind = 'string' | 'boolean' | 'list' | 'negatable';

export interface OptionSpec {
  name: string; // kebab-case; the action input has the same name
  kind: OptionKind;
  description: string;
  valueName?: string;
  choices?: readonly string[];
  /** Commands the option applies to; undefined means every command. */
  commands?: readonly CommandName[];
}

const TF: CommandName[] = ['secure', 'optimize', 'visualize', 'auto', 'drift'];
const GEN: CommandName[] = ['analyze', 'auto'];
/** Commands that report security findings. */
const SEC: CommandName[] = ['secure', 'auto'];
/** Commands whose exit code depends on findings. */
const FINDINGS: CommandName[] = ['analyze', 'secure', 'auto'];
/** Commands that use an AWS region (prices or the AWS API). */
const REGION: CommandName[] = ['analyze', 'optimize', 'visualize', 'auto', 'drift', 'inspect', 'incident'];
const AGENT: CommandName[] = ['inspect', 'incident', 'serve'];

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'format',
    kind: 'string',
    valueName: 'FORMAT',
    choices: ['markdown', 'json', 'sarif'],
    description: 'output format (default markdown)',
  },
  { name: 'output', kind: 'string', valueName: 'FILE', description: 'write the result to FILE instead of stdout' },
  { name: 'ai', kind: 'negatable', description: 'deterministic rules only, no LLM call' },
  {
    name: 'provider',
    kind: 'string',
    valueName: 'NAME',
    choices: ['gemini', 'openai', 'anthropic', 'ollama', 'none'],
    description: 'LLM provider (default: the first with an API key, else none)',
  },
  { name: 'model', kind: 'string', valueName: 'NAME', description: 'LLM model name' },
  { name: 'base-url', kind: 'string', valueName: 'URL', description: "the LLM provider's endpoint (also INFRAMATE_BASE_URL)" },
  { name: 'ai-token-budget', kind: 'string', valueName: 'N', description: 'per-run limit on LLM input + output tokens (default 200000)' },
  { name: 'ai-requests-per-minute', kind: 'string', valueName: 'N', description: 'at most N LLM requests per minute (default 30)' },
  {
    name: 'ai-audit-log',
    kind: 'string',
    valueName: 'FILE',
    description: 'JSON-lines audit log of every LLM exchange (default CACHE_DIR/llm-audit.jsonl)',
  },
  { name: 'cache', kind: 'negatable', description: 'bypass the LLM reply cache' },
  {
    name: 'fail-on',
    kind: 'string',
    valueName: 'LEVEL',
    choices: ['critical', 'high', 'medium', 'low', 'none'],
    description: 'exit 1 when findings at or above LEVEL exist (default high)',
  },
  {
    name: 'timeout',
    kind: 'string',
    valueName: 'SECONDS',
    description: 'give up the run after SECONDS, error report still written (default 1800)',
  },
  {
    name: 'max-attempts',
    kind: 'string',
    valueName: 'N',
    description: 'attempts per call to GitHub, the LLM or AWS before giving up on it (default 4)',
  },
  { name: 'quiet', kind: 'boolean', description: 'print only results and errors' },
  { name: 'verbose', kind: 'boolean', description: 'print debug progress' },
  { name: 'spec', kind: 'string', valueName: 'FILE', commands: GEN, description: 'requirements file (default DIR/inframate.md)' },
  { name: 'out', kind: 'string', valueName: 'DIR', commands: GEN, description: 'where Terraform is written (default DIR/infra)' },
  { name: 'force', kind: 'boolean', commands: GEN, description: 'overwrite existing files' },
  { name: 'dry-run', kind: 'boolean', commands: GEN, description: 'write nothing; the report still lists what would be written' },
  {
    name: 'provider-schema',
    kind: 'string',
    valueName: 'FILE',
    commands: GEN,
    description: 'validate against this AWS provider schema (terraform providers schema -json output) instead of the bundled one',
  },
  { name: 'var-file', kind: 'list', valueName: 'FILE', commands: TF, description: 'Terraform variables file (repeatable)' },
  { name: 'var', kind: 'list', valueName: 'NAME=VALUE', commands: TF, description: 'Terraform variable (repeatable)' },
  {
    name: 'allow-skipped-files',
    kind: 'boolean',
    commands: TF,
    description: 'continue when some Terraform files could not be read, parsed or evaluated (listed; without it: exit 2)',
  },
  {
    name: 'max-instances',
    kind: 'string',
    valueName: 'N',
    commands: TF,
    description: 'total resource and module instances count/for_each may create in one scan (default 50000)',
  },
  { name: 'list-rules', kind: 'boolean', commands: ['secure'], description: 'list every rule and exit' },
  {
    name: 'usage',
    kind: 'string',
    valueName: 'FILE',
    commands: ['optimize', 'auto'],
    description: 'usage file (YAML, per resource address)',
  },
  {
    name: 'compare',
    kind: 'string',
    valueName: 'DIR',
    commands: ['optimize'],
    description: 'base Terraform tree: report the per-resource cost difference against it',
  },
  {
    name: 'region',
    kind: 'string',
    valueName: 'REGION',
    commands: REGION,
    description: 'AWS region such as eu-west-1 (default from inframate.md, the aws provider, else us-east-1)',
  },
  {
    name: 'config',
    kind: 'string',
    valueName: 'FILE',
    description: 'options file (default DIR/.inframate.yml when present; command-line options win)',
  },
  {
    name: 'check',
    kind: 'list',
    valueName: 'IDS',
    commands: SEC,
    description: 'run only these rules: our ids or Checkov/Trivy aliases, comma-separated (repeatable)',
  },
  {
    name: 'skip-check',
    kind: 'list',
    valueName: 'IDS',
    commands: SEC,
    description: 'do not run these rules: our ids or Checkov/Trivy aliases, comma-separated (repeatable)',
  },
  {
    name: 'soft-fail',
    kind: 'boolean',
    commands: FINDINGS,
    description: 'exit 0 even when findings reach --fail-on (errors still exit 2 or 3)',
  },
  { name: 'compact', kind: 'boolean', commands: SEC, description: 'findings one line each, without remediation text' },
  {
    name: 'plan',
    kind: 'string',
    valueName: 'FILE',
    commands: ['drift'],
    description: 'terraform show -json plan (refresh-only too), or the terraform plan -json log',
  },
  {
    name: 'state',
    kind: 'string',
    valueName: 'FILE',
    commands: ['drift'],
    description: 'terraform state file (v4), or s3://BUCKET/KEY of an S3 backend',
  },
  { name: 'live', kind: 'boolean', commands: ['drift'], description: 'compare the state with the live AWS account (read-only calls)' },
  {
    name: 'tags',
    kind: 'list',
    valueName: 'KEY=VALUE',
    commands: ['drift'],
    description: "tags marking the project's resources, for unmanaged ones (default ManagedBy=inframate)",
  },
  { name: 'log', kind: 'string', valueName: 'FILE', commands: ['diagnose'], description: 'log of the failed run (default stdin)' },
  { name: 'log-file', kind: 'string', valueName: 'FILE', commands: ['diagnose'], description: 'same as --log (the Action input name)' },
  { name: 'payload', kind: 'string', valueName: 'FILE', commands: ['incident'], description: 'Alertmanager webhook JSON' },
  {
    name: 'suite',
    kind: 'string',
    valueName: 'DIR',
    commands: ['eval'],
    description: 'scenario suite directory (default the bundled suite)',
  },
  {
    name: 'models',
    kind: 'list',
    valueName: 'PROVIDER:MODEL',
    commands: ['eval'],
    description: 'models to compare, comma-separated (provider:model, or provider:model@BASE_URL)',
  },
  {
    name: 'judge',
    kind: 'string',
    valueName: 'PROVIDER:MODEL',
    commands: ['eval'],
    description: "judge model for the scenarios' free-text criteria (reported apart, never changes a result)",
  },
  { name: 'runs', kind: 'string', valueName: 'N', commands: ['eval'], description: 'runs of each scenario per model (default 1)' },
  { name: 'budget-usd', kind: 'string', valueName: 'USD', commands: ['eval'], description: 'LLM spend per model at most (default 1)' },
  {
    name: 'results-dir',
    kind: 'string',
    valueName: 'DIR',
    commands: ['eval'],
    description: "where each model's results file is kept, for resuming (default CACHE_DIR/eval)",
  },
  { name: 'port', kind: 'string', valueName: 'PORT', commands: ['serve'], description: 'port to listen on (default 8080)' },
  {
    name: 'resource',
    kind: 'list',
    valueName: 'TYPE:ID',
    commands: AGENT,
    description:
      'resource to investigate (repeatable): ecs-service:CLUSTER/SERVICE, rds-instance:ID, target-group:NAME, lambda-function:NAME, ec2-instance:ID',
  },
  {
    name: 'max-iterations',
    kind: 'string',
    valueName: 'N',
    commands: AGENT,
    description: 'investigation iterations at most (default 12; incident: by severity)',
  },
  {
    name: 'max-aws-calls',
    kind: 'string',
    valueName: 'N',
    commands: AGENT,
    description: 'AWS calls per investigation at most (default 40)',
  },
  { name: 'max-cost', kind: 'string', valueName: 'USD', commands: AGENT, description: 'LLM cost per investigation at most (default 0.50)' },
  {
    name: 'runs-dir',
    kind: 'string',
    valueName: 'DIR',
    commands: AGENT,
    description: 'where each run writes its trace and discoveries (default CACHE_DIR/runs)',
  },
  {
    name: 'repo',
    kind: 'string',
    valueName: 'OWNER/NAME',
    commands: ['incident', 'serve'],
    description: 'GitHub repository for incident issues / repository_dispatch (default GITHUB_REPOSITORY)',
  },
  { name: 'host', kind: 'string', valueName: 'HOST', commands: ['serve'], description: 'address to bind (default 127.0.0.1)' },
  {
    name: 'investigate',
    kind: 'boolean',
    commands: ['serve'],
    description: 'investigate alerts in this process instead of relaying them to repository_dispatch',
  },
  {
    name: 'queue-dir',
    kind: 'string',
    valueName: 'DIR',
    commands: ['serve'],
    description: 'durable queue of accepted alerts (default CACHE_DIR/serve-queue)',
  },
  {
    name: 'rate-limit',
    kind: 'string',
    valueName: 'N',
    commands: ['serve'],
    description: 'POST /alerts requests per minute per client (default 600)',
  },
];

export function optionsFor(command: CommandName): OptionSpec[] {
  return OPTIONS.filter((o) => !o.commands || o.commands.includes(command));
}

/** Raw option values keyed by option name, as given by the CLI parser or the action inputs. */
export type RawOptions = Record<string, string | boolean | string[] | undefined>;
