// inframate drift: what changed outside Terraform, what disappeared, what exists unmanaged, and a
// recovery plan people approve. The work is in src/drift/; this module only wires it up.
import { renderDriftMarkdown, renderDriftSarif } from '../drift/render';
import { driftFiles } from '../drift/pull-request';
import { runDrift } from '../drift/run';
import type { DriftReport } from '../drift/types';
import type { CommandModule } from './types';

const drift: CommandModule<DriftReport> = {
  name: 'drift',
  usage: 'drift --plan FILE [--state FILE|s3://BUCKET/KEY] [--live] [--tags KEY=VALUE]',
  summary: 'drift, missing and unmanaged resources, recovery plan',
  available: true,
  formats: ['markdown', 'json', 'sarif'],
  run: async (ctx) => {
    const { report, files } = await runDrift(ctx);
    driftFiles.set(report, files);
    return report;
  },
  renderMarkdown: renderDriftMarkdown,
  renderSarif: (r) => renderDriftSarif(r, r.inputs.plan ?? r.inputs.state ?? 'terraform.tfstate'),
  findings: (r) => r.driftItems,
};

export default drift;
