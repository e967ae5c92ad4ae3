// Plants 29 kinds of secrets across a repository (compose, Dockerfile, package.json, README, .env,
// inframate.md notes) and asserts that none of them reaches the fake Gemini server, the audit log
// or the cache, while the refinement itself still runs.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLlm } from '../../src/llm';
import { refineRecommendation } from '../../src/recommend/refine';
import { startFakeGemini, type FakeServer } from '../fakes/gemini';
import { sampleBaseline, sampleProfile, sampleRequirements } from './fixtures';
import { aiSettings, FAKE_KEYS, harness, tempDir } from './helpers';
import { plantedSecrets } from './secrets';

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function readAll(dir: string): Promise<string> {
  let out = '';
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out += await readFile(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

describe('no planted secret leaves the machine', () => {
  it('redacts ≥ 20 kinds of secrets from everything sent to the provider', async () => {
    const secrets = plantedSecrets();
    expect(new Set(secrets.map((s) => s.kind)).size).toBeGreaterThanOrEqual(20);
    const dir = await tempDir('inframate-secrets-');
    const byFile = new Map<string, string[]>();
    for (const s of secrets) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s.context]);
    const bodies: Record<string, (lines: string[]) => string> = {
      'compose.yaml': (l) => `services:\n  web:\n    build: .\n    environment:\n${l.join('\n')}\n`,
      Dockerfile: (l) => `FROM node:22-alpine\n${l.join('\n')}\nCMD ["node", "server.js"]\n`,
      'package.json': (l) => `{\n  "name": "shop",\n  "scripts": {\n${l.join('\n')}\n  "start": "node server.js"\n  }\n}\n`,
      'README.md': (l) => `# Shop\n\n${l.join('\n\n')}\n`,
      '.env': (l) => l.join(''),
    };
    for (const [file, lines] of byFile) await writeFile(join(dir, file), bodies[file](lines));
    // The configured API key pasted into a file is caught even without a pattern for it.
    await mkdir(join(dir, 'docs'), { recursive: true });
    await writeFile(join(dir, 'docs', 'package.json'), `{"name":"docs","config":{"k":"${FAKE_KEYS.gemini}"}}`);

    const notes = [
      `Use the DB password ${secrets.find((s) => s.kind === 'password-assignment')!.context}`,
      `CI token ${secrets.find((s) => s.kind === 'github-token-ghp')!.values[0]}`,
    ];
    fake = await startFakeGemini({ fallback: { kind: 'json', value: { adjustments: [], summary: 'fits' } } });
    const cacheDir = await tempDir();
    const h = harness();
    const llm = createLlm(aiSettings('gemini', fake.url, cacheDir), { step: h.supervisor.run, log: h.log });
    const result = await refineRecommendation(
      { dir, profile: sampleProfile(), requirements: sampleRequirements(notes), baseline: sampleBaseline() },
      { llm, step: h.supervisor.run, gate: async () => ({ ok: true, problems: [] }), knownSecrets: Object.values(FAKE_KEYS) },
    );
    expect(result.summary).toBe('fits');
    expect(fake.requests).toHaveLength(1);
    const sent = fake.requests.map((r) => r.raw).join('\n');
    // The digest did include the files (so redaction, not omission, is what is being tested).
    for (const f of ['compose.yaml', 'Dockerfile', 'package.json', 'README.md']) expect(sent).toContain(`### ${f}`);
    expect(sent).not.toContain('### .env');
    expect(sent).toContain('[REDACTED:');

    const stored = (await readAll(cacheDir)) + h.lines.join('\n');
    for (const s of secrets) {
      for (const v of s.values) {
        expect(sent, `${s.kind} reached the provider`).not.toContain(v);
        expect(stored, `${s.kind} reached the audit log or cache`).not.toContain(v);
      }
    }
    expect(sent).not.toContain(FAKE_KEYS.gemini);
    expect(stored).not.toContain(FAKE_KEYS.gemini);
    expect(result.prompt!.redactions).toBeGreaterThanOrEqual(25);
    expect(llm.metrics().redactions).toBeGreaterThan(0);
  });
});
