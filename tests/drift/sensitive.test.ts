// No value Terraform marks sensitive may appear in any output format.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommand } from '../../src/commands/registry';
import { render } from '../../src/commands/dispatch';
import { buildSettings } from '../../src/settings';
import { FIXTURES, runDriftCommand, showJson } from './helpers';

const FORMATS = ['markdown', 'json', 'sarif'] as const;

describe('sensitive values are masked in every format', () => {
  it('a drifted sensitive attribute: path reported, values never', async () => {
    const outputs: string[] = [];
    for (const format of FORMATS) {
      const { output, report } = await runDriftCommand({ plan: showJson('derived-sensitive-drift'), format });
      outputs.push(output);
      expect(report!.driftItems[0].differences).toEqual([{ path: 'ami', expected: '(sensitive)', actual: '(sensitive)', sensitive: true }]);
    }
    for (const [i, text] of outputs.entries()) {
      expect(text, FORMATS[i]).not.toMatch(/s3cr3t/);
      expect(text, FORMATS[i]).toContain('ami');
    }
    // The recovery plan's changes and rationale carry no value either.
    const { report } = await runDriftCommand({ plan: showJson('derived-sensitive-drift'), format: 'json' });
    expect(JSON.stringify(report!.recoveryPlan)).not.toMatch(/s3cr3t/);
  });

  it('a replaced resource with sensitive attributes (Terraform show-json-sensitive shapes)', async () => {
    // Turn the real create plan into replacements: the same before/after, sensitive on both sides.
    const { readFileSync, writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const plan = JSON.parse(readFileSync(showJson('show-json-sensitive'), 'utf8'));
    for (const c of plan.resource_changes) {
      c.change.actions = ['delete', 'create'];
      c.change.before = { ...c.change.after, ami: 'old-secret-ami', password: 'old-secret-password' };
      c.change.before_sensitive = c.change.after_sensitive;
      c.action_reason = 'replace_because_tainted';
    }
    const dir = mkdtempSync(join(tmpdir(), 'drift-sensitive-'));
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(plan));
    for (const format of FORMATS) {
      const { output, report } = await runDriftCommand({ plan: file, format });
      expect(report!.driftItems.length).toBe(3);
      expect(output).not.toMatch(/secret|"bar"/);
    }
  });

  it('every renderer prints the mask of a sensitive difference', async () => {
    const drift = await loadCommand('drift');
    const settings = buildSettings({ command: 'drift', raw: {}, env: {}, cwd: FIXTURES, runtime: 'cli' });
    const report = {
      schemaVersion: 1 as const,
      command: 'drift' as const,
      driftItems: [
        {
          address: 'aws_db_instance.main',
          type: 'aws_db_instance',
          driftType: 'modified' as const,
          severity: 'high' as const,
          differences: [{ path: 'password', expected: '(sensitive)', actual: '(sensitive)', sensitive: true }],
          fingerprint: 'x',
          source: 'live' as const,
          dependants: [],
          severityReason: 'r',
        },
      ],
      recoveryPlan: { requiresApproval: true as const, steps: [] },
      summary: {
        total: 1,
        modified: 1,
        missing: 0,
        unmanaged: 0,
        replaced: 0,
        pendingChanges: 0,
        bySeverity: { critical: 0, high: 1, medium: 0, low: 0 },
      },
      inputs: {},
      errors: { errors: [], total: 0, recovered: 0, unrecovered: 0 },
    };
    for (const format of FORMATS) expect(render({ ...settings, format }, drift, report)).toContain('(sensitive)');
  });
});
