// incident end to end: Alertmanager payloads → grouped incidents → investigation on the fake AWS
// (real SDKs) → one issue per incident on the fake GitHub, across re-deliveries, closed when resolved.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/commands/dispatch';
import type { IncidentReport } from '../../src/commands/incident';
import { createLogger } from '../../src/core/log';
import { groupAlerts } from '../../src/incident/group';
import { targetsFromLabels } from '../../src/incident/mapping';
import { parseWebhook } from '../../src/incident/payload';
import { metaLine } from '../../src/incident/similar';
import type { RawOptions } from '../../src/options';
import { buildSettings } from '../../src/settings';
import { InputError } from '../../src/supervisor/errors';
import { SCENARIOS } from '../agent/scenarios';
import { startFakeAwsForAgent, useFakeAwsEnv } from '../agent/harness';
import type { FakeAws } from '../fakes/aws/server';
import { FakeGitHub } from '../fakes/github/server';

const FIX = resolve(__dirname, '../fixtures/alertmanager');
const fixture = (name: string) => readFileSync(join(FIX, name), 'utf8');

let aws: FakeAws;
let restore: () => void;
let gh: FakeGitHub;

beforeAll(async () => {
  aws = await startFakeAwsForAgent();
  restore = useFakeAwsEnv(aws);
});
afterAll(async () => {
  restore();
  await aws.close();
});
beforeEach(async () => {
  aws.account.resources = [];
  aws.requests.length = 0;
  for (const s of [SCENARIOS[0], SCENARIOS[2], SCENARIOS[3]]) s.setup(aws.account);
  gh = new FakeGitHub();
  await gh.start();
  return () => gh.stop();
});

async function runIncident(payloadText: string, raw: RawOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-incident-'));
  const file = join(dir, 'payload.json');
  writeFileSync(file, payloadText);
  const env = {
    ...aws.env(),
    INFRAMATE_CACHE_DIR: dir,
    HOME: dir,
    GITHUB_TOKEN: 'write-token',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: gh.url,
  };
  const settings = buildSettings({
    command: 'incident',
    raw: { payload: file, format: 'json', 'no-ai': true, quiet: true, ...raw },
    env,
    cwd: dir,
    runtime: 'cli',
  });
  const lines: string[] = [];
  const result = await dispatch(settings, { writeOutput: false, log: createLogger({ write: (l) => lines.push(l) }), analyzer: null });
  return { ...result, report: result.report as IncidentReport, lines };
}

const incidentIssues = () => [...gh.issues.values()].filter((i) => i.labels.includes('inframate-incident'));

describe('Alertmanager payload intake', () => {
  it('accepts version 4 with the newer optional fields and ignores unknown new ones', () => {
    const p = JSON.parse(fixture('firing.json'));
    p.routeLabels = { team: 'shop' };
    p.someFutureField = { x: 1 };
    const parsed = parseWebhook(JSON.stringify(p), 'p.json');
    expect(parsed.alerts[0].fingerprint).toBe('8d3f2a1b9c4e5f60');
    expect(parsed.routeLabels).toEqual({ team: 'shop' });
  });

  it.each([
    ['v3.json', /version "4"/, 2],
    ['no-alerts', /alerts/, undefined],
    ['bad-time', /alerts\.0\.startsAt: not an RFC 3339 time/, 16],
    ['bad-status', /alerts\.0\.status/, 13],
    ['not-json', /not valid JSON/, 6],
  ])('rejects %s naming the file and the line', (name, message, line) => {
    let text = fixture('firing.json');
    if (name === 'v3.json') text = fixture('v3.json');
    if (name === 'no-alerts') text = JSON.stringify({ ...JSON.parse(text), alerts: undefined });
    if (name === 'bad-time') text = text.replace('"2026-12-07T19:40:00.000Z"', '"yesterday"');
    if (name === 'bad-status') text = text.replace('"status": "firing",\n      "labels"', '"status": "burning",\n      "labels"');
    if (name === 'not-json') text = text.replace('"firing",', '"firing"');
    try {
      parseWebhook(text, 'payload.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toMatch(message);
      expect((e as InputError).location.file).toBe('payload.json');
      if (line !== undefined) expect((e as InputError).location.line).toBe(line);
    }
  });

  it('groups by group key and de-duplicates by fingerprint (the newest state wins)', () => {
    const groups = groupAlerts([parseWebhook(fixture('grouped.json'), 'g'), parseWebhook(fixture('firing.json'), 'f')]);
    expect(groups).toHaveLength(2);
    const web = groups.find((g) => g.commonLabels.alertname === 'AlbUnhealthyHosts')!;
    expect(web.alerts.map((a) => a.fingerprint).sort()).toEqual(['a1b2c3d4e5f60718', 'b2c3d4e5f6071829']);
    expect(web.alerts.find((a) => a.fingerprint === 'a1b2c3d4e5f60718')!.startsAt).toBe('2026-12-07T19:55:00Z');
    const both = groupAlerts([parseWebhook(fixture('firing.json'), 'f'), parseWebhook(fixture('resolved.json'), 'r')]);
    expect(both).toHaveLength(1);
    expect(both[0].status).toBe('resolved');
  });

  it('maps labels of common exporters to AWS resources', () => {
    expect(targetsFromLabels({ cluster: 'prod', service: 'orders' })).toEqual([
      { type: 'ecs-service', cluster: 'prod', service: 'orders' },
    ]);
    expect(targetsFromLabels({ dimension_DBInstanceIdentifier: 'orders-db' })).toEqual([{ type: 'rds-instance', id: 'orders-db' }]);
    expect(targetsFromLabels({ target_group: 'targetgroup/api-tg/6d0ecf831eec9f09' })).toEqual([{ type: 'target-group', name: 'api-tg' }]);
    expect(targetsFromLabels({ instance: 'i-0123456789abcdef0:9100', job: 'node' })).toEqual([
      { type: 'ec2-instance', id: 'i-0123456789abcdef0' },
    ]);
    expect(targetsFromLabels({ FunctionName: 'image-resizer' })).toEqual([{ type: 'lambda-function', name: 'image-resizer' }]);
    expect(targetsFromLabels({ instance: 'localhost:9090', job: 'prometheus' })).toEqual([]);
  });
});

describe('incident end to end (fake AWS + fake GitHub)', () => {
  it('firing → an issue with the root cause and an approved recovery plan; re-delivery → the same issue; resolved → closed', async () => {
    const first = await runIncident(fixture('firing.json'));
    expect(first.exitCode).toBe(0);
    const r = first.report;
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0].alerts[0].fingerprint).toBe('8d3f2a1b9c4e5f60');
    expect(r.rootCause.rule).toBe('ecs-oom-killed');
    expect(r.investigation.source).toBe('rules');
    expect(r.recoveryPlan.requiresApproval).toBe(true);
    expect(r.incidents[0].issue?.action).toBe('created');
    expect(incidentIssues()).toHaveLength(1);
    const issue = incidentIssues()[0];
    expect(issue.body).toContain(`<!-- inframate:incident:${r.groups[0].incidentId} -->`);
    expect(issue.body).toContain('OutOfMemoryError');
    expect(issue.state).toBe('open');

    const again = await runIncident(fixture('firing.json'));
    expect(again.report.incidents[0].issue?.number).toBe(issue.number);
    expect(incidentIssues()).toHaveLength(1);

    const resolved = await runIncident(fixture('resolved.json'));
    expect(resolved.report.groups[0].status).toBe('resolved');
    expect(resolved.report.incidents[0].issue?.action).toBe('closed');
    expect(incidentIssues()).toHaveLength(1);
    expect(incidentIssues()[0].state).toBe('closed');
    expect(gh.violations).toEqual([]);
  });

  it('a grouped payload is one incident and one issue, investigated as one', async () => {
    const { report } = await runIncident(fixture('grouped.json'));
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0].alerts).toHaveLength(2);
    expect(report.rootCause.rule).toBe('ecs-failing-health-checks');
    expect(incidentIssues()).toHaveLength(1);
    await runIncident(fixture('grouped.json'));
    expect(incidentIssues()).toHaveLength(1);
  });

  it('a truncated payload says how many alerts Alertmanager left out, and is still investigated', async () => {
    const { report } = await runIncident(fixture('truncated.json'));
    expect(report.groups[0].truncatedAlerts).toBe(3);
    expect(report.rootCause.rule).toBe('rds-storage-full');
    expect(incidentIssues()[0].body).toContain('+3 truncated by Alertmanager');
  });

  it('finds similar past incidents among earlier incident issues and says what was proposed then', async () => {
    const past = gh.issues;
    const body = `${metaLine({ incidentId: 'inc-old', fingerprints: ['8d3f2a1b9c4e5f60'], alertnames: ['EcsServiceTaskRestarts'], targets: ['ecs-service:prod/orders'], rule: 'ecs-oom-killed', firstStep: 'Raise the memory of the task definition' })}\nold incident`;
    const { report } = await (async () => {
      // An earlier, closed incident issue of the same alert.
      past.set(99, {
        number: 99,
        title: 'Incident: EcsServiceTaskRestarts (orders)',
        body,
        state: 'closed',
        user: 'github-actions[bot]',
        isPull: false,
        labels: ['inframate', 'inframate-incident'],
      });
      return runIncident(fixture('firing.json'));
    })();
    expect(report.similarIncidents).toHaveLength(1);
    expect(report.similarIncidents[0].score).toBeGreaterThanOrEqual(0.9);
    expect(report.similarIncidents[0].whatWasDone).toBe('Raise the memory of the task definition');
  });

  it('a malformed payload is an input error (exit 2) and writes nothing to GitHub', async () => {
    const { exitCode, lines } = await runIncident(fixture('v3.json'));
    expect(exitCode).toBe(2);
    expect(lines.join('\n')).toMatch(/payload\.json.*2|version "4"/);
    expect(gh.requests).toHaveLength(0);
  });
});
