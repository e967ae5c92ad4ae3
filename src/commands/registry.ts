// Every command, by name. What `--help` needs (summary, usage, positional argument) is plain data
// here; the command's code — and the SDKs it uses — is imported only when that command runs, so
// `inframate --version` or `inframate secure` never load the AWS SDK, the LLM SDKs or the
// generators of other commands.
import type { CommandName, OutputFormat } from '../core/types';
import type { AnyCommand } from './types';

export interface CommandInfo {
  summary: string;
  /** e.g. "analyze [DIR]" */
  usage: string;
  /** What the command takes as positional arguments. */
  positional: 'dir' | 'question' | 'suite' | 'none';
  /** Output formats (json always; sarif where the command has findings). */
  formats: readonly OutputFormat[];
}

const MD: readonly OutputFormat[] = ['markdown', 'json'];
const SARIF: readonly OutputFormat[] = ['markdown', 'json', 'sarif'];

export const COMMAND_INFO: Record<CommandName, CommandInfo> = {
  analyze: {
    summary: 'read inframate.md, profile the repository, recommend an AWS architecture, generate and validate Terraform',
    usage: 'analyze [DIR] [--spec FILE] [--out DIR] [--force] [--dry-run]',
    positional: 'dir',
    formats: MD,
  },
  secure: {
    summary: 'misconfiguration scan of Terraform (variables, locals and modules evaluated)',
    usage: 'secure [DIR]',
    positional: 'dir',
    formats: SARIF,
  },
  optimize: { summary: 'monthly cost estimate and savings', usage: 'optimize [DIR]', positional: 'dir', formats: MD },
  visualize: { summary: 'resource graph and cost breakdown', usage: 'visualize [DIR]', positional: 'dir', formats: MD },
  auto: { summary: 'analyze → secure → optimize → visualize, one report', usage: 'auto [DIR]', positional: 'dir', formats: MD },
  drift: {
    summary: 'drift, missing and unmanaged resources, recovery plan',
    usage: 'drift --plan FILE [--state FILE|s3://BUCKET/KEY] [--live] [--tags KEY=VALUE]',
    positional: 'none',
    formats: SARIF,
  },
  diagnose: {
    summary: 'root cause and fixes for a failed Terraform / AWS run',
    usage: 'diagnose [DIR] [--log FILE]',
    positional: 'dir',
    formats: SARIF,
  },
  incident: { summary: 'group alerts, investigate, propose recovery', usage: 'incident --payload FILE', positional: 'none', formats: MD },
  inspect: { summary: 'iterative, read-only cloud inspection', usage: 'inspect "QUESTION"', positional: 'question', formats: MD },
  eval: {
    summary: 'compare LLM providers/models on a scenario suite',
    usage: 'eval [SUITE_DIR] --models PROVIDER:MODEL,... [--runs N] [--budget-usd USD]',
    positional: 'suite',
    formats: MD,
  },
  serve: { summary: 'HTTP receiver for Alertmanager webhooks', usage: 'serve --port PORT', positional: 'none', formats: MD },
};

type Loader = () => Promise<{ default: AnyCommand }>;

// Literal import() calls, one per command, so the bundler splits each command into its own chunk.
const LOADERS: Record<CommandName, Loader> = {
  analyze: () => import('./analyze'),
  secure: () => import('./secure'),
  optimize: () => import('./optimize'),
  visualize: () => import('./visualize'),
  auto: () => import('./auto'),
  drift: () => import('./drift'),
  diagnose: () => import('./diagnose'),
  incident: () => import('./incident'),
  inspect: () => import('./inspect'),
  eval: () => import('./eval'),
  serve: () => import('./serve'),
};

/** The command's module, imported on first use. */
export async function loadCommand(name: CommandName): Promise<AnyCommand> {
  return (await LOADERS[name]()).default;
}
