// RDS, Aurora, DynamoDB, ElastiCache, OpenSearch, DocumentDB, Redshift.
import { isUnknown, type TfValue, type Unknown } from '../../terraform/model';
import {
  attr,
  bool,
  component,
  fromUsage,
  hourly,
  HOURS_PER_MONTH,
  instanceHours,
  list,
  num,
  str,
  unknownComponent,
  type Pricer,
} from '../components';
import { PRICE_DATE } from '../prices';
import { rdsExtendedSupportYear, rdsVcpus } from '../prices/extended-support';
import { SIZE_RATIO } from '../prices/instances';
import { instanceHoursOrReserved, reservedOr } from '../reserved';
import type { CostComponent } from '../types';
import type { PricingContext } from '../components';

/** Reserved-price service of an Aurora engine: "aurora" is Aurora MySQL 5.6. */
const auroraService = (engine: unknown) => (typeof engine === 'string' ? (engine === 'aurora' ? 'aurora-mysql' : engine) : undefined);

/** The extended-support charge of an old engine major version, or nothing when in standard support. */
function extendedSupport(
  ctx: PricingContext,
  engine: string | undefined | symbol,
  instances: number,
  version = str(attr(ctx.resource, 'engine_version')),
): CostComponent[] {
  const cls = str(attr(ctx.resource, 'instance_class'));
  if (typeof engine !== 'string' || typeof version !== 'string') return [];
  const year = rdsExtendedSupportYear(engine, version, PRICE_DATE);
  if (year === undefined) return [];
  const price = ctx.prices.get(`rds.extended.y${year}.vcpu.hour`);
  const vcpus = typeof cls === 'string' ? rdsVcpus(cls, SIZE_RATIO) : undefined;
  if (vcpus === undefined)
    return [unknownComponent(`Extended support (year ${year})`, 'vCPU-hours', price, 'the vCPU count of instance_class is not known')];
  return [component(`Extended support (year ${year})`, 'vCPU-hours', vcpus * instances * HOURS_PER_MONTH, price)];
}

/** Price-key name of a license-dependent engine ("sqlserver-se", "oracle-byol"), or undefined. */
function licensedEngine(engine: string, licenseModel: string | undefined | symbol): string | undefined {
  if (engine.startsWith('sqlserver-')) return engine;
  if (engine.startsWith('oracle-')) {
    // Enterprise Edition is BYOL-only on RDS; other editions follow license_model.
    if (engine.startsWith('oracle-ee') || licenseModel === 'bring-your-own-license') return 'oracle-byol';
  }
  return undefined;
}

/** Which RDS price table an engine uses; undefined for license-dependent engines. */
export function rdsService(engine: string): string | undefined {
  if (engine === 'mysql' || engine === 'mariadb') return 'rds-mysql';
  if (engine === 'postgres') return 'rds-postgres';
  return undefined;
}

const dbInstance: Pricer = (ctx) => {
  const r = ctx.resource;
  const engine = str(attr(r, 'engine'));
  const multiAz = bool(attr(r, 'multi_az')) === true;
  const factor = multiAz ? 2 : 1;
  const az = multiAz ? ' Multi-AZ' : '';
  const out: CostComponent[] = [];
  const cls = str(attr(r, 'instance_class'));
  if (typeof engine === 'string' && engine.startsWith('aurora')) {
    out.push(...instanceHoursOrReserved(ctx, 'Aurora instance', 'aurora', cls, 1, 'instance_class', auroraService(engine)!));
    out.push(...extendedSupport(ctx, engine, 1));
    return out;
  }
  const service = typeof engine === 'string' ? rdsService(engine) : undefined;
  if (engine === undefined && attr(r, 'replicate_source_db') === undefined) {
    out.push(unknownComponent('Database instance', 'hours', undefined, 'engine is not set'));
  } else if (isUnknown(engine)) out.push(unknownComponent('Database instance', 'hours', undefined, 'engine is not known statically'));
  else if (!service && engine !== undefined) {
    const licensed = licensedEngine(engine, str(attr(r, 'license_model')));
    const price = licensed && typeof cls === 'string' ? ctx.prices.get(`rds.${licensed}:${cls}`) : undefined;
    const onDemand = () => [
      price !== undefined
        ? hourly(`Database instance${az} (${engine}, ${String(cls)})`, price, factor)
        : unknownComponent(
            `Database instance (${engine})`,
            'hours',
            undefined,
            `${engine} prices depend on the license and are not in the table`,
          ),
    ];
    out.push(
      ...reservedOr(ctx, onDemand, {
        label: `Database instance${az}`,
        service: `rds-${licensed ?? engine}`,
        variant: typeof cls === 'string' ? `${cls}:${multiAz ? 'multi' : 'single'}` : cls,
        count: 1,
        display: typeof cls === 'string' ? cls : undefined,
      }),
    );
  } else
    out.push(
      // A Multi-AZ reservation covers the pair: one rate for the primary and its standby.
      ...reservedOr(ctx, () => [instanceHours(ctx, `Database instance${az}`, service ?? 'rds-mysql', cls, factor, 'instance_class')], {
        label: `Database instance${az}`,
        service: service ?? 'rds-mysql',
        variant: typeof cls === 'string' ? `${cls}:${multiAz ? 'multi' : 'single'}` : cls,
        count: 1,
        display: typeof cls === 'string' ? cls : undefined,
      }),
    );
  out.push(...extendedSupport(ctx, engine, factor));

  let size = num(attr(r, 'allocated_storage'));
  let iops = num(attr(r, 'iops'));
  const type = str(attr(r, 'storage_type')) ?? (iops !== undefined ? 'io1' : 'gp2');
  // Provisioned IOPS storage has AWS minimums: 100 GiB and 1,000 IOPS (RDS User Guide, "Provisioned
  // IOPS SSD storage"); a smaller or missing figure is billed at the minimum.
  if (type === 'io1' || type === 'io2') {
    if (typeof size === 'number' && size < 100) size = 100;
    if (iops === undefined || (typeof iops === 'number' && iops < 1000)) iops = 1000;
  }
  if (isUnknown(type)) out.push(unknownComponent('Storage', 'GB', undefined, 'storage_type is not known statically'));
  else {
    const gbPrice = ctx.prices.get(`rds.${type}.gb`);
    if (size === undefined && !isUnknown(engine)) {
      // Not set: a read replica has its source's storage; otherwise RDS's 20 GiB minimum (the
      // smallest allocation AWS accepts) is billed, as a lower bound said so in the note.
      const source = ctx.referenced('aws_db_instance');
      const sourceSize = attr(r, 'replicate_source_db') !== undefined && source ? num(attr(source, 'allocated_storage')) : undefined;
      out.push(
        typeof sourceSize === 'number'
          ? component(`Storage (${type})${az}`, 'GB', sourceSize * factor, gbPrice, { note: 'the source instance allocated_storage' })
          : component(`Storage (${type})${az}`, 'GB', 20 * factor, gbPrice, {
              note: 'allocated_storage is not set: billed at the 20 GB minimum',
            }),
      );
    } else if (size === undefined || isUnknown(size))
      out.push(unknownComponent(`Storage (${type})${az}`, 'GB', gbPrice, 'allocated_storage is not known statically'));
    else out.push(component(`Storage (${type})${az}`, 'GB', size * factor, gbPrice));
    if ((type === 'io1' || type === 'io2') && typeof iops === 'number')
      out.push(component(`Provisioned IOPS${az}`, 'IOPS', iops * factor, ctx.prices.get(`rds.${type}.iops`)));
    if (type === 'gp3' && typeof iops === 'number' && typeof size === 'number') {
      // gp3 includes 3,000 IOPS below 400 GB and 12,000 from 400 GB (MySQL, MariaDB, PostgreSQL).
      const included = size >= 400 ? 12000 : 3000;
      if (iops > included)
        out.push(component(`IOPS above ${included}${az}`, 'IOPS', (iops - included) * factor, ctx.prices.get('rds.gp3.iops')));
    }
  }
  out.push(fromUsage(ctx, 'Backup storage beyond the free allowance', 'GB', 'additional_backup_storage_gb', 'rds.backup.gb'));
  return out;
};

const rdsCluster: Pricer = (ctx) => {
  const r = ctx.resource;
  const engine = str(attr(r, 'engine')) ?? 'aurora';
  if (typeof engine === 'string' && !engine.startsWith('aurora')) {
    return [unknownComponent('Multi-AZ DB cluster', 'hours', undefined, `Multi-AZ DB cluster prices for ${engine} are not in the table`)];
  }
  const out: CostComponent[] = [];
  if (str(attr(r, 'engine_mode')) === 'serverless') {
    const acu = ctx.usage.average_capacity_units;
    const p = ctx.prices.get('aurora.v1.acu.hour');
    out.push(
      acu === undefined
        ? component('Aurora Serverless v1 capacity', 'ACU-hours', null, p, {
            usageBased: true,
            note: 'set average_capacity_units in the usage file',
          })
        : component('Aurora Serverless v1 capacity', 'ACU-hours', acu * HOURS_PER_MONTH, p, { usageBased: true }),
    );
  }
  const iopt = str(attr(r, 'storage_type')) === 'aurora-iopt1';
  out.push(
    fromUsage(ctx, `Storage${iopt ? ' (I/O-Optimized)' : ''}`, 'GB', 'storage_gb', iopt ? 'aurora.iopt.storage.gb' : 'aurora.storage.gb'),
  );
  if (!iopt) out.push(fromUsage(ctx, 'I/O requests', '1M requests', 'monthly_io_requests', 'aurora.io.million', 1e6));
  out.push(fromUsage(ctx, 'Backup storage beyond the free allowance', 'GB', 'additional_backup_storage_gb', 'rds.backup.gb'));
  return out;
};

const rdsClusterInstance: Pricer = (ctx) => {
  const cls = str(attr(ctx.resource, 'instance_class'));
  if (cls === 'db.serverless') {
    const acu = ctx.usage.average_capacity_units;
    const p = ctx.prices.get('aurora.acu.hour');
    return [
      acu === undefined
        ? component('Aurora Serverless v2 capacity', 'ACU-hours', null, p, {
            usageBased: true,
            note: 'set average_capacity_units in the usage file',
          })
        : component('Aurora Serverless v2 capacity', 'ACU-hours', acu * HOURS_PER_MONTH, p, { usageBased: true }),
    ];
  }
  // engine_version is usually set on the cluster, sometimes on the instance too.
  const cluster = ctx.referenced('aws_rds_cluster');
  const engine = str(attr(ctx.resource, 'engine')) ?? (cluster ? str(attr(cluster, 'engine')) : undefined);
  const version = str(attr(ctx.resource, 'engine_version')) ?? (cluster ? str(attr(cluster, 'engine_version')) : undefined);
  return [
    ...instanceHoursOrReserved(ctx, 'Aurora instance', 'aurora', cls, 1, 'instance_class', auroraService(engine) ?? 'aurora-mysql'),
    ...extendedSupport(ctx, engine, 1, version),
  ];
};

const dynamodb: Pricer = (ctx) => {
  const r = ctx.resource;
  const mode = str(attr(r, 'billing_mode')) ?? 'PROVISIONED';
  const out: CostComponent[] = [];
  if (mode === 'PAY_PER_REQUEST') {
    out.push(fromUsage(ctx, 'Read request units (on-demand)', '1M RRU', 'monthly_read_request_units', 'dynamodb.read.million', 1e6));
    out.push(fromUsage(ctx, 'Write request units (on-demand)', '1M WRU', 'monthly_write_request_units', 'dynamodb.write.million', 1e6));
  } else if (isUnknown(mode)) {
    out.push(unknownComponent('Capacity', 'hours', undefined, 'billing_mode is not known statically'));
  } else {
    const capacity = (label: string, owner: { attributes: Record<string, TfValue> }) => {
      for (const [key, unit, price] of [
        ['read_capacity', 'RCU', 'dynamodb.rcu.hour'],
        ['write_capacity', 'WCU', 'dynamodb.wcu.hour'],
      ] as const) {
        const n = num(attr(owner, key));
        const p = ctx.prices.get(price);
        if (isUnknown(n)) out.push(unknownComponent(`${label} provisioned ${unit}`, `${unit}-hours`, p, `${key} is not known statically`));
        else if (n !== undefined && n > 0) out.push(hourly(`${label} provisioned ${unit}`, p, n, `${unit}-hours`));
      }
    };
    capacity('Table', r);
    const gsis = list(r.attributes.global_secondary_index);
    if (!isUnknown(gsis))
      for (const g of gsis)
        capacity(`Index ${String((g as Record<string, TfValue>)?.name ?? '')}`.trim(), {
          attributes: (g ?? {}) as Record<string, TfValue>,
        });
  }
  out.push(fromUsage(ctx, 'Storage', 'GB', 'storage_gb', 'dynamodb.storage.gb'));
  return out;
};

const elasticacheCluster: Pricer = (ctx) => {
  const r = ctx.resource;
  // Members of a replication group are billed through the group.
  if (attr(r, 'replication_group_id') !== undefined && attr(r, 'node_type') === undefined) return 'free';
  return cacheNodes(ctx, str(attr(r, 'node_type')), num(attr(r, 'num_cache_nodes')) ?? 1);
};

const elasticacheReplicationGroup: Pricer = (ctx) => {
  const r = ctx.resource;
  let nodes = num(attr(r, 'num_cache_clusters')) ?? num(attr(r, 'number_cache_clusters'));
  if (nodes === undefined) {
    const groups = num(attr(r, 'num_node_groups'));
    const replicas = num(attr(r, 'replicas_per_node_group'));
    if (isUnknown(groups) || isUnknown(replicas)) nodes = groups as typeof nodes;
    else nodes = (groups ?? 1) * ((replicas ?? 0) + 1);
  }
  return cacheNodes(ctx, str(attr(r, 'node_type')), nodes);
};

/** ElastiCache node-hours, reserved when the usage file says so (reservations are per engine). */
function cacheNodes(ctx: PricingContext, type: string | undefined | Unknown, nodes: number | undefined | Unknown): CostComponent[] {
  const engine = str(attr(ctx.resource, 'engine')) ?? 'redis';
  return instanceHoursOrReserved(
    ctx,
    'Cache nodes',
    'elasticache',
    type,
    nodes,
    'node_type',
    `elasticache-${typeof engine === 'string' ? engine : 'unknown'}`,
  );
}

const elasticacheServerless: Pricer = (ctx) => {
  const gb = ctx.usage.average_data_stored_gb;
  const p = ctx.prices.get('elasticache.serverless.gb.hour');
  return [
    gb === undefined
      ? component('Data stored', 'GB-hours', null, p, { usageBased: true, note: 'set average_data_stored_gb in the usage file' })
      : component('Data stored', 'GB-hours', gb * HOURS_PER_MONTH, p, { usageBased: true }),
    fromUsage(ctx, 'ElastiCache processing units', '1M ECPUs', 'monthly_ecpus', 'elasticache.serverless.ecpu.million', 1e6),
  ];
};

/** "m5.large.search" / "m5.large.elasticsearch" → "m5.large". */
const searchType = (t: string | undefined | symbol) => (typeof t === 'string' ? t.replace(/\.(search|elasticsearch)$/, '') : t);

const opensearch: Pricer = (ctx) => {
  const r = ctx.resource;
  const count = num(attr(r, 'cluster_config.instance_count')) ?? 1;
  const type = searchType(str(attr(r, 'cluster_config.instance_type')));
  const out = instanceHoursOrReserved(ctx, 'Data nodes', 'opensearch', type as string | undefined, count);
  if (bool(attr(r, 'cluster_config.dedicated_master_enabled')) === true) {
    const mcount = num(attr(r, 'cluster_config.dedicated_master_count')) ?? 3;
    out.push(
      instanceHours(
        ctx,
        'Dedicated master nodes',
        'opensearch',
        searchType(str(attr(r, 'cluster_config.dedicated_master_type'))) as string | undefined,
        mcount,
        'dedicated_master_type',
      ),
    );
  }
  if (bool(attr(r, 'cluster_config.warm_enabled')) === true) {
    const wcount = num(attr(r, 'cluster_config.warm_count')) ?? 0;
    out.push(
      instanceHours(
        ctx,
        'UltraWarm nodes',
        'opensearch',
        searchType(str(attr(r, 'cluster_config.warm_type'))) as string | undefined,
        wcount,
        'warm_type',
      ),
    );
  }
  if (bool(attr(r, 'ebs_options.ebs_enabled')) === true) out.push(...searchStorage(ctx, count));
  return out;
};

/** gp3 includes 125 MiB/s per node, 500 MiB/s from 3 TiB (AWS OpenSearch gp3 baseline). */
const includedThroughput = (gb: number) => (gb >= 3072 ? 500 : 125);

/** EBS storage of a domain: volume_size is per data node, so it is billed once per node. */
function searchStorage(ctx: PricingContext, count: number | undefined | symbol): CostComponent[] {
  const r = ctx.resource;
  const vtype = str(attr(r, 'ebs_options.volume_type')) ?? 'gp2';
  const size = num(attr(r, 'ebs_options.volume_size'));
  const p = typeof vtype === 'string' ? ctx.prices.get(`opensearch.${vtype}.gb`) : undefined;
  if (typeof size !== 'number' || typeof count !== 'number' || typeof vtype !== 'string')
    return [unknownComponent('Storage', 'GB', p, 'volume_type, volume_size or instance_count is not known statically')];
  const out = [component(`Storage (${vtype})`, 'GB', size * count, p)];
  const iops = num(attr(r, 'ebs_options.iops'));
  if (vtype === 'io1' && typeof iops === 'number')
    out.push(component('Provisioned IOPS (io1)', 'IOPS', iops * count, ctx.prices.get('opensearch.io1.iops')));
  const throughput = num(attr(r, 'ebs_options.throughput'));
  if (vtype === 'gp3' && typeof throughput === 'number' && throughput > includedThroughput(size))
    out.push(
      component(
        `Throughput above ${includedThroughput(size)} MiB/s (gp3)`,
        'MiB/s',
        (throughput - includedThroughput(size)) * count,
        ctx.prices.get('opensearch.gp3.throughput'),
      ),
    );
  return out;
}

const docdbCluster: Pricer = (ctx) => [
  fromUsage(ctx, 'Storage', 'GB', 'storage_gb', 'docdb.storage.gb'),
  fromUsage(ctx, 'I/O requests', '1M requests', 'monthly_io_requests', 'docdb.io.million', 1e6),
];

const docdbInstance: Pricer = (ctx) => [
  instanceHours(ctx, 'DocumentDB instance', 'docdb', str(attr(ctx.resource, 'instance_class')), 1, 'instance_class'),
];

const redshift: Pricer = (ctx) => {
  const r = ctx.resource;
  const type = str(attr(r, 'node_type'));
  const nodes = num(attr(r, 'number_of_nodes')) ?? 1;
  const out = instanceHoursOrReserved(ctx, 'Nodes', 'redshift', type, nodes, 'node_type');
  if (typeof type === 'string' && type.startsWith('ra3'))
    out.push(fromUsage(ctx, 'Managed storage', 'GB', 'managed_storage_gb', 'redshift.managed.gb'));
  return out;
};

const backupVault: Pricer = (ctx) => [fromUsage(ctx, 'Backup storage (warm)', 'GB', 'storage_gb', 'backup.storage.gb')];

export const DATABASE_PRICERS: Record<string, Pricer> = {
  aws_db_instance: dbInstance,
  aws_rds_cluster: rdsCluster,
  aws_rds_cluster_instance: rdsClusterInstance,
  aws_dynamodb_table: dynamodb,
  aws_elasticache_cluster: elasticacheCluster,
  aws_elasticache_replication_group: elasticacheReplicationGroup,
  aws_elasticache_serverless_cache: elasticacheServerless,
  aws_opensearch_domain: opensearch,
  aws_elasticsearch_domain: opensearch,
  aws_docdb_cluster: docdbCluster,
  aws_docdb_cluster_instance: docdbInstance,
  aws_redshift_cluster: redshift,
  aws_backup_vault: backupVault,
};
