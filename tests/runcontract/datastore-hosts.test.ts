// Hard-coded datastore host names (the voting app's `Redis(host="redis")`, `postgres://…@db/…`,
// `Server=db`) resolve on AWS: a private hosted zone attached to the VPC with a CNAME per name to the
// managed endpoint, on the DNS search list through the VPC's DHCP options. Real repository, real
// rules, templates, loader and gate (contract enforced).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { recommend } from '../../src/recommend';
import { buildRunContract } from '../../src/runcontract';
import type { RunContract } from '../../src/runcontract/types';
import { defaultRequirements } from '../../src/spec';
import { renderModule } from '../../src/terraform/render';
import { loadProviderSchema, validateModule } from '../../src/terraform/validate';

const DIR = join(__dirname, '..', 'fixtures', 'runcontract-hosts', 'voting-app');
let contract: RunContract;
let files: Map<string, string>;
let notes: string[];
beforeAll(async () => {
  const profile = await profileDirectory(DIR, { source: 'walk' });
  contract = await buildRunContract(DIR, profile);
  const rec = recommend(profile, { ...defaultRequirements('defaults', 'us-east-1'), appName: 'vote' }, contract);
  notes = rec.notes;
  files = renderModule({
    project: 'vote',
    environment: 'dev',
    region: 'us-east-1',
    tags: {},
    components: rec.components,
    serviceDatastores: rec.serviceDatastores,
    notes: rec.notes,
  }).files;
});

describe('hard-coded datastore hosts', () => {
  it('the run contract names each line and the datastore it means', () => {
    const hosts = contract.units.flatMap((u) => u.hardcodedHosts.map((h) => `${u.name}:${h.host}:${h.store ?? '-'}@${h.evidence.file}`));
    expect(hosts).toEqual(expect.arrayContaining(['vote:redis:redis@vote/app.py', 'result:db:postgresql@result/server.js']));
  });
  it('a private zone with a CNAME per name to the managed endpoint, on the DHCP search list', () => {
    const dns = files.get('private-dns.tf') ?? '';
    expect(dns).toMatch(/resource "aws_route53_zone" "datastore_hosts"[\s\S]*vpc_id = aws_vpc\.main\.id/);
    expect(dns).toMatch(
      /resource "aws_route53_record" "datastore_host_db"[\s\S]*name\s+= "db"[\s\S]*type\s+= "CNAME"[\s\S]*records = \[aws_db_instance\.\w+\.address\]/,
    );
    expect(dns).toMatch(
      /resource "aws_route53_record" "datastore_host_redis"[\s\S]*records = \[aws_elasticache_replication_group\.\w+\.primary_endpoint_address\]/,
    );
    expect(dns).toMatch(/aws_vpc_dhcp_options_association/);
    expect(dns).toMatch(/domain_name\s+= "\$\{aws_route53_zone\.datastore_hosts\.name\} /);
    // The report says which line resolves how.
    expect(notes.join('\n')).toMatch(
      /vote\/app\.py:\d+ names "redis": it resolves to the managed redis through the VPC's private DNS zone/,
    );
  });
  it('the module passes every gate with the contract enforced', async () => {
    const v = await validateModule(join(DIR, 'infra'), files, { schema: loadProviderSchema(), contract, enforceContract: true });
    expect([...v.schemaErrors, ...v.unresolvedReferences, ...v.findings.map((f) => f.ruleId), ...v.deployability.failures]).toEqual([]);
    expect(v.passed).toBe(true);
  });
  it('bad: without a hard-coded datastore host there is no zone and no DHCP change', async () => {
    const dir = join(__dirname, '..', 'fixtures', 'runcontract', 'django-on-docker');
    const profile = await profileDirectory(dir, { source: 'walk' });
    const c = await buildRunContract(dir, profile);
    const rec = recommend(profile, { ...defaultRequirements('defaults', 'us-east-1'), appName: 'dj' }, c);
    const out = renderModule({
      project: 'dj',
      environment: 'dev',
      region: 'us-east-1',
      tags: {},
      components: rec.components,
      serviceDatastores: rec.serviceDatastores,
    }).files;
    expect(out.has('private-dns.tf')).toBe(false);
  });
});
