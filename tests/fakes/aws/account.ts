// The fake account: resources with tags and wire-shaped attributes, scripted per test.
export interface FakeResource {
  /** `ec2:vpc`, `ecs:service`, `rds:db`, `s3:bucket`… (Resource Groups Tagging API resource types). */
  type: string;
  /** The id the service's own API uses (vpc-…, bucket name, role name, queue URL…). */
  id: string;
  arn: string;
  tags: Record<string, string>;
  /** Wire-shaped attributes the service's describe call returns for it. */
  attrs: Record<string, unknown>;
}

export class FakeAccount {
  region = 'us-east-1';
  accountId = '123456789012';
  resources: FakeResource[] = [];

  add(r: Omit<FakeResource, 'arn' | 'tags' | 'attrs'> & Partial<Pick<FakeResource, 'arn' | 'tags' | 'attrs'>>): FakeResource {
    const res: FakeResource = { arn: r.arn ?? this.arnFor(r.type, r.id), tags: r.tags ?? {}, attrs: r.attrs ?? {}, type: r.type, id: r.id };
    this.resources.push(res);
    return res;
  }

  of(type: string): FakeResource[] {
    return this.resources.filter((r) => r.type === type);
  }

  find(type: string, id: string): FakeResource | undefined {
    return this.resources.find((r) => r.type === type && (r.id === id || r.arn === id));
  }

  remove(type: string, id: string): void {
    this.resources = this.resources.filter((r) => !(r.type === type && r.id === id));
  }

  arnFor(type: string, id: string): string {
    const [service, kind] = type.split(':');
    const { region, accountId } = this;
    switch (type) {
      case 's3:bucket':
        return `arn:aws:s3:::${id}`;
      case 'iam:role':
        return `arn:aws:iam::${accountId}:role/${id}`;
      case 'sqs:queue':
        return `arn:aws:sqs:${region}:${accountId}:${id}`;
      case 'sns:topic':
        return `arn:aws:sns:${region}:${accountId}:${id}`;
      case 'lambda:function':
        return `arn:aws:lambda:${region}:${accountId}:function:${id}`;
      case 'rds:db':
        return `arn:aws:rds:${region}:${accountId}:db:${id}`;
      case 'dynamodb:table':
        return `arn:aws:dynamodb:${region}:${accountId}:table/${id}`;
      case 'elasticache:replicationgroup':
        return `arn:aws:elasticache:${region}:${accountId}:replicationgroup:${id}`;
      default:
        return `arn:aws:${service}:${region}:${accountId}:${kind}/${id}`;
    }
  }
}
