// @vitest-environment happy-dom
// Diagrams are checked with mermaid's own parser, for every fixture module in the repository.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateCosts } from '../../src/cost/engine';
import { costByService } from '../../src/commands/visualize';
import { buildGraph } from '../../src/graph/build';
import { escapeLabel, renderCostPie, renderFlowchart } from '../../src/render/mermaid';
import { loadTerraform } from '../../src/terraform/load';
import { loaded, res } from '../cost/helpers';
import { parseMermaid } from './mermaid-parser';

const ROOT = join(__dirname, '..', '..');

/** Every directory holding .tf files under tests/fixtures and examples. */
function moduleDirs(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    const entries = readdirSync(dir);
    if (entries.some((e) => e.endsWith('.tf'))) out.push(dir);
    for (const e of entries) {
      const p = join(dir, e);
      if (!e.startsWith('.') && e !== 'node_modules' && statSync(p).isDirectory()) walk(p);
    }
  };
  walk(join(ROOT, 'tests', 'fixtures'));
  walk(join(ROOT, 'examples'));
  return out;
}

describe('a Mermaid diagram for each fixture module parses', () => {
  const dirs = moduleDirs();
  it('finds the fixture modules', () => expect(dirs.length).toBeGreaterThanOrEqual(3));
  it.each(dirs.map((d) => [relative(ROOT, d), d]))(
    '%s',
    async (_rel, dir) => {
      const l = await loadTerraform(dir);
      const estimate = estimateCosts(l, { region: 'us-east-1' });
      const chart = renderFlowchart(buildGraph(l, { estimate }));
      expect(chart.mermaid.startsWith('flowchart LR\n')).toBe(true);
      await parseMermaid(chart.mermaid);
      const pie = renderCostPie(costByService(estimate).map((s) => ({ label: s.service, monthlyCost: s.monthlyCost })));
      if (pie) await parseMermaid(pie);
    },
    30_000,
  );
});

describe('resource graph', () => {
  it('follows references through a local module and places resources in VPC and subnets', async () => {
    const l = await loadTerraform(join(ROOT, 'tests/fixtures/cost/webapp'));
    const g = buildGraph(l);
    const node = (id: string) => g.nodes.find((n) => n.id === id)!;
    expect(node('aws_instance.web').instances).toBe(2);
    expect(g.edges).toContainEqual({ from: 'aws_instance.web', to: 'module.network.aws_subnet.private' });
    expect(g.edges).toContainEqual({ from: 'aws_security_group.web', to: 'module.network.aws_vpc.this' });
    expect(node('aws_instance.web')).toMatchObject({ vpc: 'module.network.aws_vpc.this', subnet: 'module.network.aws_subnet.private' });
    expect(node('aws_db_instance.db').vpc).toBe('module.network.aws_vpc.this');
    expect(node('aws_s3_bucket.assets').vpc).toBeUndefined();
    expect(node('aws_s3_bucket.assets').service).toBe('S3');
    // costs on the diagram: two m4.large instances with 30 GB gp2 each = 2 × (730 × 0.10 + 30 × 0.10)
    const priced = buildGraph(l, { estimate: estimateCosts(l, { region: 'us-east-1' }) });
    expect(priced.nodes.find((n) => n.id === 'aws_instance.web')!.monthlyCost).toBeCloseTo(2 * (730 * 0.1 + 30 * 0.1), 2);
    expect(renderFlowchart(priced).mermaid).toContain('aws_instance.web ×2<br/>$152.00/mo');
    const md = renderFlowchart(g).mermaid;
    expect(md).toContain('subgraph sg0["VPC module.network.aws_vpc.this"]');
    expect(md).toMatch(/subgraph sg\d+\["Subnet module.network.aws_subnet.private"\]/);
  });

  it('escapes labels so names cannot break the diagram', async () => {
    expect(escapeLabel('a "b" <c> `d` #e')).toBe('a #quot;b#quot; #lt;c#gt; #96;d#96; #35;e');
    const g = buildGraph(loaded(res('aws_s3_bucket.b'), res('module.x["we\\"ird"].aws_sqs_queue.q', {})));
    const chart = renderFlowchart(g);
    expect(chart.mermaid).not.toMatch(/"we\\"ird/);
    await parseMermaid(chart.mermaid);
  });

  it('folds large graphs by type, then by service, within GitHub limits', async () => {
    const many = [res('aws_vpc.main')];
    for (let i = 0; i < 150; i++) many.push(res(`aws_subnet.s${i}`, {}, ['aws_vpc.main']));
    for (let i = 0; i < 60; i++) many.push(res(`aws_instance.i${i}`, {}, [`aws_subnet.s${i}`]));
    const chart = renderFlowchart(buildGraph(loaded(...many)));
    expect(chart.collapsed).toBe('type');
    expect(chart.mermaid).toContain('aws_subnet ×150');
    expect(chart.mermaid).toContain('aws_instance ×60');
    expect(chart.mermaid.length).toBeLessThan(50_000);
    await parseMermaid(chart.mermaid);

    const types = Array.from({ length: 120 }, (_, i) => res(`aws_thing${i}_x.a`));
    const folded = renderFlowchart(buildGraph(loaded(...types)));
    expect(folded.collapsed).toBe('service');
    await parseMermaid(folded.mermaid);
  });

  it('a small graph is not folded', () => {
    expect(renderFlowchart(buildGraph(loaded(res('aws_s3_bucket.a')))).collapsed).toBe('none');
  });

  it('the cost pie leaves out zero slices and parses', async () => {
    const pie = renderCostPie([
      { label: 'EC2', monthlyCost: 70.08 },
      { label: 'IAM', monthlyCost: 0 },
      { label: 'Route "53"', monthlyCost: 0.5 },
    ])!;
    expect(pie).toBe('pie showData\n  title Monthly cost by service (USD)\n  "EC2" : 70.08\n  "Route \'53\'" : 0.50\n');
    await parseMermaid(pie);
    expect(renderCostPie([{ label: 'IAM', monthlyCost: 0 }])).toBeNull();
  });
});
