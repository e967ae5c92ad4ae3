// The tri-state promise, checked for every rule: when every argument of a resource is unknown, no
// rule reports it — except rules about a companion resource that is absent from the configuration
// (which does not depend on the resource's arguments). And odd value shapes never crash a rule.
import { describe, expect, it } from 'vitest';
import { scanTerraform } from '../../src/checks/engine';
import { ALL_RULES } from '../../src/checks/rules';
import { UNKNOWN, type LoadedTerraform, type TfResource, type TfValue } from '../../src/terraform/model';

/** Findings here are about another resource being absent (no flow log, no public access block, …). */
const ABOUT_ABSENT_COMPANIONS = new Set([
  'aws-apigateway-logging-level', // no aws_api_gateway_method_settings for the stage
  'aws-wafv2-logging', // no aws_wafv2_web_acl_logging_configuration
  'aws-ec2-no-default-vpc', // the resource's existence is the finding
  'aws-iam-no-user-policies', // same: a user policy attachment exists
  'aws-iam-no-users', // same: an IAM user exists
  'aws-rds-no-classic-security-group', // same: an EC2-Classic DB security group exists
  'aws-elasticache-no-classic-security-group', // same: an EC2-Classic ElastiCache security group exists
  'aws-s3-acls-disabled',
  'aws-s3-event-notifications',
  'aws-s3-public-access-block',
  'aws-secretsmanager-rotation',
  'aws-vpc-default-sg-restricts-all', // a VPC whose default security group is not managed
  'aws-vpc-flow-logs',
]);

function resource(type: string, attributes: Record<string, TfValue>): TfResource {
  const kind = type.startsWith('data.') ? 'data' : 'resource';
  const t = type.replace(/^data\./, '');
  const address = `${kind === 'data' ? 'data.' : ''}${t}.x`;
  return { kind, type: t, name: 'x', address, modulePath: '', attributes, references: [], pos: { file: 'main.tf', line: 1 } };
}

function loaded(resources: TfResource[]): LoadedTerraform {
  return { root: '/v', files: ['main.tf'], resources, modules: [], variables: {}, outputs: {}, comments: [], errors: [] };
}

/** Attributes that are all unknown, whatever a rule asks for. */
const allUnknown = () =>
  new Proxy({} as Record<string, TfValue>, { get: (_t, key) => (typeof key === 'string' ? UNKNOWN : undefined), has: () => true });

describe('tri-state evaluation across every rule', () => {
  it('reports nothing about a resource whose arguments are all unknown', () => {
    const fired = new Set<string>();
    for (const rule of ALL_RULES) {
      for (const type of rule.resourceTypes) {
        const { findings, ruleErrors } = scanTerraform(loaded([resource(type, allUnknown())]), { rules: [rule] });
        expect(ruleErrors).toEqual([]);
        if (findings.length > 0) fired.add(rule.id);
      }
    }
    expect([...fired].sort()).toEqual([...ABOUT_ABSENT_COMPANIONS].sort());
  });

  it('never throws on odd value shapes', () => {
    const shapes: TfValue[] = [
      null,
      0,
      -1,
      '',
      'x',
      true,
      [],
      [UNKNOWN],
      [1, 'a'],
      {},
      { a: UNKNOWN },
      [{ a: [{ b: UNKNOWN }] }],
      '{"Statement": "oops"}',
      '[{"name": 1}]',
    ];
    for (const rule of ALL_RULES) {
      for (const type of rule.resourceTypes) {
        for (const shape of shapes) {
          const attrs = new Proxy({} as Record<string, TfValue>, {
            get: (_t, key) => (typeof key === 'string' ? shape : undefined),
            has: () => true,
          });
          const { ruleErrors } = scanTerraform(loaded([resource(type, attrs)]), { rules: [rule] });
          expect(ruleErrors, `${rule.id} with ${JSON.stringify(shape)}`).toEqual([]);
        }
      }
    }
  });
});
