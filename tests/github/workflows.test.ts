// The example workflows users copy: least privilege, every trigger covered, no event text in a shell.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, '..', '..', 'examples', 'workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { permissions?: Record<string, string>; steps: Step[]; strategy?: { matrix?: Record<string, unknown> } };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };
const workflows = files.map((f) => ({
  file: f,
  text: readFileSync(join(dir, f), 'utf8'),
  wf: parse(readFileSync(join(dir, f), 'utf8')) as Workflow,
}));

/** Event fields anyone can write (titles, bodies, branch names…): never inside run:. */
const UNTRUSTED = /\$\{\{\s*github\.(event\.(comment|issue|pull_request|review|head_commit|commits|client_payload|inputs)|head_ref)/;

describe('example workflows', () => {
  it('cover every trigger', () => {
    const triggers = new Set(workflows.flatMap((w) => Object.keys(w.wf.on)));
    for (const t of ['push', 'workflow_dispatch', 'pull_request', 'issue_comment', 'schedule', 'repository_dispatch'])
      expect(triggers, t).toContain(t);
    expect(workflows.some((w) => w.wf.jobs && Object.values(w.wf.jobs).some((j) => j.strategy?.matrix?.['working-directory']))).toBe(true);
    expect(workflows.some((w) => w.text.includes('github/codeql-action/upload-sarif'))).toBe(true);
  });

  it('declare least-privilege permissions and never grant write-all', () => {
    // id-token: the diagnose example runs Terraform itself, with an AWS role assumed through GitHub OIDC.
    const allowed = new Set(['contents', 'pull-requests', 'issues', 'security-events', 'id-token']);
    for (const { file, wf } of workflows) {
      expect(wf.permissions, file).toBeDefined();
      for (const [scope, level] of Object.entries(wf.permissions ?? {})) {
        expect(allowed, `${file}: ${scope}`).toContain(scope);
        expect(['read', 'write'], file).toContain(level);
      }
      const writesContents = wf.permissions?.contents === 'write';
      const opensPrs = Object.values(wf.jobs).some((j) =>
        j.steps.some((s) => s.uses?.startsWith('inframate/') && !['secure'].includes(String(s.with?.command))),
      );
      if (Object.keys(wf.on).every((t) => t === 'pull_request'))
        expect(writesContents, `${file}: PR review needs no contents: write`).toBe(false);
      if (writesContents) expect(opensPrs, file).toBe(true);
    }
  });

  it('never put event text into a shell', () => {
    for (const { file, wf } of workflows) {
      for (const job of Object.values(wf.jobs)) for (const step of job.steps) if (step.run) expect(step.run, file).not.toMatch(UNTRUSTED);
    }
  });

  it('check out without persisting credentials (Inframate uses the API)', () => {
    for (const { file, wf } of workflows) {
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps)
          if (step.uses?.startsWith('actions/checkout')) expect(step.with?.['persist-credentials'], file).toBe(false);
      }
    }
  });
});
