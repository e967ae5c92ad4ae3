import { describe, expect, it } from 'vitest';
import { parseRequirements } from '../../src/spec';
import { resolveTerm, resolveTerms } from '../../src/spec/aliases';
import { InputError } from '../../src/supervisor/errors';

const parse = (text: string) => parseRequirements(text, { file: 'inframate.md' });

describe('inframate.md front matter', () => {
  it('reads every machine-readable field and normalizes values', () => {
    const r = parse(`---
app: bookstore
environments: [dev, production]
environment: prod
region: eu-west-1
budget: "$1,200 / month"
availability: 99.99%
expected_traffic: 200 requests/second at peak
compliance: [PCI DSS, gdpr]
compute: AWS Fargate
database: Postgres 15
tags:
  team: books
  cost-center: 42
services:
  - name: api
    path: services/api
    port: 8080
    compute: lambda
---
# Bookstore
`);
    expect(r).toMatchObject({
      source: 'inframate.md',
      appName: 'bookstore',
      environment: 'prod',
      environments: ['dev', 'prod'],
      region: 'eu-west-1',
      budgetMonthly: 1200,
      availability: 'high',
      expectedTraffic: '200 requests/second at peak',
      compliance: ['pci-dss', 'gdpr'],
      compute: 'ecs-fargate',
      database: 'postgresql',
      datastores: ['postgresql'],
      tags: { team: 'books', 'cost-center': '42' },
      services: [{ name: 'api', path: 'services/api', port: 8080, compute: 'lambda' }],
      warnings: [],
    });
  });

  it('accepts services written as a map and camelCase / kebab-case keys', () => {
    const r = parse(`---
appName: shop
budget-monthly: 300
services:
  web: { path: apps/web }
  worker:
---
`);
    expect(r.appName).toBe('shop');
    expect(r.budgetMonthly).toBe(300);
    expect(r.services).toEqual([{ name: 'web', path: 'apps/web' }, { name: 'worker' }]);
  });

  it('treats auto / "Detected automatically" as "detect"', () => {
    const r = parse(`---
database: auto
region: us-west-2
framework: Detected automatically
---
`);
    expect(r.database).toBeUndefined();
    expect(r.frameworks).toBeUndefined();
    expect(r.region).toBe('us-west-2');
  });

  it('warns about unknown keys with their line', () => {
    const r = parse(`---
app: x

colour: blue
---
`);
    expect(r.warnings).toEqual([{ file: 'inframate.md', line: 4, message: 'unknown key "colour" in front matter (ignored)' }]);
  });

  it('rejects malformed YAML with file and line', () => {
    let err: unknown;
    try {
      parse('---\napp: x\nregion: [us-east-1\nbudget: 5\n---\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).describe()).toMatch(/^inframate\.md:\d+: malformed YAML front matter/);
    expect((err as InputError).location.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects invalid values of known keys, naming the line', () => {
    expect(() => parse('---\napp: x\nregion: mars-1\n---\n')).toThrow(/is not an AWS region/);
    let err: unknown;
    try {
      parse('---\napp: x\navailability: sometimes\n---\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).describe()).toBe(
      'inframate.md:3: availability: unknown availability "sometimes" (use low, standard or high, or a percentage like 99.9%)',
    );
    expect(() => parse('---\nbudget: lots\n---\n')).toThrow(InputError);
  });

  it('rejects front matter that is never closed or is not a map', () => {
    expect(() => parse('---\napp: x\n')).toThrow(/never closed/);
    expect(() => parse('---\n- a\n- b\n---\n')).toThrow(/must be a map/);
  });

  it('gives defaults when the file says nothing', () => {
    const r = parse('');
    expect(r).toMatchObject({
      environment: 'dev',
      environments: ['dev'],
      region: 'us-east-1',
      availability: 'standard',
      services: [],
      notes: [],
    });
  });
});

describe('inframate.md markdown body', () => {
  it('reads the sections people write, at any heading level', () => {
    const r = parse(`# Bookstore

## Description
An online bookstore API.
It sells books.

### Language
TypeScript (Node.js 20)

## Framework
Node.js/Express

## Database
- PostgreSQL 15 with Redis for caching

## Requirements
- Budget: $150/month
- **Region**: eu-central-1
- Must keep data encrypted at rest
- Availability: high

#### Compliance
- SOC 2
`);
    expect(r.appName).toBe('Bookstore');
    expect(r.description).toBe('An online bookstore API.\nIt sells books.');
    expect(r.languages).toEqual(['typescript', 'javascript']);
    expect(r.frameworks).toEqual(['express']);
    expect(r.database).toBe('postgresql');
    expect(r.datastores).toEqual(['postgresql', 'redis']);
    expect(r.budgetMonthly).toBe(150);
    expect(r.region).toBe('eu-central-1');
    expect(r.availability).toBe('high');
    expect(r.compliance).toEqual(['soc-2']);
    expect(r.notes).toContain('Must keep data encrypted at rest');
  });

  it('reads a free-form document with bold keys, compound headings and hedged values', () => {
    const r = parse(`# Infrastructure Requirements for TaskFlow

## Application
- Name: taskflow
- Language: Detected automatically

## Infrastructure
* **Environment**: production
* **Budget**: ~$500 per month
* **High availability**: yes, multi-AZ
* Expected traffic: 10k daily active users

## Security & Compliance
- SOC2 and GDPR
- All data encrypted
`);
    expect(r).toMatchObject({
      appName: 'taskflow',
      environment: 'prod',
      budgetMonthly: 500,
      availability: 'high',
      expectedTraffic: '10k daily active users',
      compliance: ['soc-2', 'gdpr'],
      notes: ['All data encrypted'],
      warnings: [],
    });
    expect(r.languages).toBeUndefined();
  });

  it('treats "Detected automatically" sections as detect', () => {
    const r = parse('## Language\nDetected automatically\n\n## Database\nauto\n');
    expect(r.languages).toBeUndefined();
    expect(r.datastores).toBeUndefined();
    expect(r.warnings).toEqual([]);
  });

  it('lets the front matter win over the body for single values', () => {
    const r = parse('---\nregion: us-west-2\n---\n## Requirements\n- Region: eu-west-1\n');
    expect(r.region).toBe('us-west-2');
  });

  it('turns bad prose values into warnings with lines instead of errors', () => {
    const r = parse('# App\n\n## Requirements\n- Region: somewhere nice\n- Budget: we will see\n');
    expect(r.warnings.map((w) => w.line)).toEqual([4, 5]);
    expect(r.region).toBe('us-east-1');
  });

  it('warns about unrecognized technology names', () => {
    const r = parse('## Database\nFooDB\n');
    expect(r.warnings).toEqual([{ file: 'inframate.md', line: 2, message: 'database: unrecognized datastore "FooDB" ignored' }]);
  });

  it('reads services listed as bullets', () => {
    const r = parse('## Services\n- api (services/api, port 8080, Lambda)\n- `web`: apps/web/\n- worker\n- !!!\n');
    expect(r.services).toEqual([
      { name: 'api', path: 'services/api', port: 8080, compute: 'lambda' },
      { name: 'web', path: 'apps/web' },
      { name: 'worker' },
    ]);
    expect(r.warnings.map((w) => w.line)).toEqual([5]);
  });

  it('ignores fenced code blocks', () => {
    const r = parse('## Requirements\n```\nRegion: eu-west-1\n```\n');
    expect(r.region).toBe('us-east-1');
  });
});

describe('canonical ids', () => {
  it.each([
    ['Postgres 15', 'postgresql'],
    ['Amazon Aurora PostgreSQL', undefined],
    ['MongoDB Atlas', 'mongodb'],
    ['ASP.NET Core 8', 'aspnetcore'],
    ['Spring Boot 3.2', 'spring-boot'],
    ['Next.js 14', 'nextjs'],
    ['Ruby on Rails', 'rails'],
    ['golang', 'go'],
    ['C#', 'csharp'],
    ['ElastiCache', 'redis'],
    ['Vue', 'vue'],
  ])('%s → %s', (term, id) => {
    expect(resolveTerm(term)?.id).toBe(id);
  });

  it('splits compound values', () => {
    expect(resolveTerms('Node.js/Express + PostgreSQL').terms.map((t) => `${t.kind}:${t.id}`)).toEqual([
      'language:javascript',
      'framework:express',
      'datastore:postgresql',
    ]);
  });
});
