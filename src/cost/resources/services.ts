// Application integration, storage, monitoring, security and DNS services: mostly usage-based,
// with the fixed monthly charges (keys, secrets, zones, alarms, web ACLs) known from the code.
import { isUnknown, type TfValue } from '../../terraform/model';
import { attr, bool, component, fromUsage, hourly, list, monthly, num, str, unknownComponent, type Pricer } from '../components';
import type { CostComponent } from '../types';

const restApi: Pricer = (ctx) => [fromUsage(ctx, 'REST API requests', '1M requests', 'monthly_requests', 'apigateway.rest.million', 1e6)];

/** API Gateway cache sizes (GB) → hourly price key. */
const CACHE_SIZES = ['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'];
const apiStage: Pricer = (ctx) => {
  const r = ctx.resource;
  if (bool(attr(r, 'cache_cluster_enabled')) !== true) return 'free';
  const size = str(attr(r, 'cache_cluster_size')) ?? '0.5';
  if (isUnknown(size)) return [unknownComponent('Cache', 'hours', undefined, 'cache_cluster_size is not known statically')];
  const key = CACHE_SIZES.includes(size) ? `apigateway.cache.${size}` : 'apigateway.cache.unknown';
  return [hourly(`Cache (${size} GB)`, ctx.prices.get(key))];
};

const apiV2: Pricer = (ctx) => {
  const proto = str(attr(ctx.resource, 'protocol_type'));
  if (proto === 'WEBSOCKET') {
    return [
      fromUsage(ctx, 'WebSocket messages', '1M messages', 'monthly_messages', 'apigateway.websocket.million', 1e6),
      fromUsage(
        ctx,
        'WebSocket connection minutes',
        '1M minutes',
        'monthly_connection_minutes',
        'apigateway.websocket.minutes.million',
        1e6,
      ),
    ];
  }
  return [fromUsage(ctx, 'HTTP API requests', '1M requests', 'monthly_requests', 'apigateway.http.million', 1e6)];
};

const sqs: Pricer = (ctx) => {
  const fifo = bool(attr(ctx.resource, 'fifo_queue')) === true;
  return [
    fromUsage(
      ctx,
      fifo ? 'FIFO requests' : 'Standard requests',
      '1M requests',
      'monthly_requests',
      fifo ? 'sqs.fifo.million' : 'sqs.standard.million',
      1e6,
    ),
  ];
};

const snsTopic: Pricer = (ctx) => [fromUsage(ctx, 'API requests', '1M requests', 'monthly_requests', 'sns.requests.million', 1e6)];

const snsSubscription: Pricer = (ctx) => {
  const proto = str(attr(ctx.resource, 'protocol'));
  if (proto === 'http' || proto === 'https')
    return [fromUsage(ctx, 'HTTP/S notifications', '1M notifications', 'monthly_notifications', 'sns.http.million', 1e6)];
  if (proto === 'email' || proto === 'email-json')
    return [fromUsage(ctx, 'Email notifications', '100k notifications', 'monthly_notifications', 'sns.email.100k', 1e5)];
  if (proto === 'sms')
    return [unknownComponent('SMS notifications', 'messages', undefined, 'SMS prices depend on the destination country')];
  // Deliveries to SQS and Lambda are not charged.
  return 'free';
};

const stepFunctions: Pricer = (ctx) => {
  const type = str(attr(ctx.resource, 'type')) ?? 'STANDARD';
  if (type === 'EXPRESS') return [fromUsage(ctx, 'Express requests', '1M requests', 'monthly_requests', 'sfn.express.million', 1e6)];
  return [fromUsage(ctx, 'State transitions', '1k transitions', 'monthly_transitions', 'sfn.standard.1k', 1e3)];
};

const kinesisStream: Pricer = (ctx) => {
  const r = ctx.resource;
  if (str(attr(r, 'stream_mode_details.stream_mode')) === 'ON_DEMAND') {
    return [
      hourly('On-demand stream', ctx.prices.get('kinesis.ondemand.stream.hour')),
      fromUsage(ctx, 'Data ingested', 'GB', 'monthly_data_ingested_gb', 'kinesis.ondemand.gb'),
    ];
  }
  const shards = num(attr(r, 'shard_count'));
  const p = ctx.prices.get('kinesis.shard.hour');
  return [
    typeof shards === 'number'
      ? hourly('Shards', p, shards, 'shard-hours')
      : unknownComponent('Shards', 'shard-hours', p, 'shard_count is not known statically'),
    fromUsage(ctx, 'PUT payload units', '1M units', 'monthly_put_units', 'kinesis.put.million', 1e6),
  ];
};

const firehose: Pricer = (ctx) => [fromUsage(ctx, 'Data ingested', 'GB', 'monthly_data_ingested_gb', 'firehose.gb')];

const eventBus: Pricer = (ctx) => [
  fromUsage(ctx, 'Custom events', '1M events', 'monthly_custom_events', 'eventbridge.events.million', 1e6),
];

const transfer: Pricer = (ctx) => {
  const protocols = list(ctx.resource.attributes.protocols);
  const n = isUnknown(protocols) ? undefined : Math.max(1, protocols.length); // SFTP when none is given
  const p = ctx.prices.get('transfer.protocol.hour');
  return [
    n === undefined
      ? unknownComponent('Protocol endpoints', 'hours', p, 'protocols are not known statically')
      : hourly(`Protocol endpoints (${n})`, p, n),
    fromUsage(ctx, 'Data transferred', 'GB', 'monthly_data_transferred_gb', 'transfer.gb'),
  ];
};

const s3: Pricer = (ctx) => [
  fromUsage(ctx, 'Standard storage', 'GB', 'storage_gb', 's3.standard.gb'),
  fromUsage(ctx, 'PUT, COPY, POST, LIST requests', '1k requests', 'monthly_tier_1_requests', 's3.put.1k', 1e3),
  fromUsage(ctx, 'GET and other requests', '1k requests', 'monthly_tier_2_requests', 's3.get.1k', 1e3),
];

const efs: Pricer = (ctx) => [
  fromUsage(ctx, 'Standard storage', 'GB', 'storage_gb', 'efs.standard.gb'),
  fromUsage(ctx, 'Infrequent Access storage', 'GB', 'infrequent_access_storage_gb', 'efs.ia.gb'),
];

const ecr: Pricer = (ctx) => [fromUsage(ctx, 'Image storage', 'GB', 'storage_gb', 'ecr.storage.gb')];

const logGroup: Pricer = (ctx) => [
  fromUsage(ctx, 'Data ingested', 'GB', 'monthly_data_ingested_gb', 'logs.ingest.gb'),
  fromUsage(ctx, 'Archival storage', 'GB', 'storage_gb', 'logs.storage.gb'),
];

const metricAlarm: Pricer = (ctx) => {
  const r = ctx.resource;
  const queries = list(r.attributes.metric_query);
  const queryList = isUnknown(queries) ? [] : (queries as Record<string, TfValue>[]);
  // The period is on the alarm, or on the metrics of a metric_query.
  const periods = [num(attr(r, 'period')), ...queryList.map((q) => num(attr({ attributes: q ?? {} }, 'metric.period')))];
  const highRes = periods.some((p) => typeof p === 'number' && p < 60);
  const price = ctx.prices.get(highRes ? 'cloudwatch.alarm.highres' : 'cloudwatch.alarm.standard');
  const label = highRes ? 'High-resolution alarm metrics' : 'Standard alarm metrics';
  if (isUnknown(queries)) return [unknownComponent(label, 'alarm metrics', price, 'metric_query is not known statically')];
  // An anomaly-detection alarm is billed as 3 alarm metrics: the metric and the band's two bounds
  // (aws.amazon.com/cloudwatch/pricing).
  if (queryList.some((q) => typeof q?.expression === 'string' && /ANOMALY_DETECTION_BAND/i.test(q.expression)))
    return [monthly(`${highRes ? 'High-resolution' : 'Standard'} anomaly-detection alarm`, price, 3, 'alarm metrics')];
  // Metric-math alarms are charged per metric they read, not per expression.
  const metrics = queryList.length === 0 ? 1 : queryList.filter((q) => q?.metric !== undefined).length;
  return [monthly(label, price, Math.max(1, metrics), 'alarm metrics')];
};

const compositeAlarm: Pricer = (ctx) => [monthly('Composite alarm', ctx.prices.get('cloudwatch.alarm.composite'), 1, 'alarms')];
const dashboard: Pricer = (ctx) => [monthly('Dashboard', ctx.prices.get('cloudwatch.dashboard'), 1, 'dashboards')];

const secret: Pricer = (ctx) => {
  const replicas = list(ctx.resource.attributes.replica);
  const n = 1 + (isUnknown(replicas) ? 0 : replicas.length);
  return [
    monthly(n > 1 ? `Secret (${n} regions)` : 'Secret', ctx.prices.get('secretsmanager.secret'), n, 'secrets'),
    fromUsage(ctx, 'API requests', '10k requests', 'monthly_requests', 'secretsmanager.api.10k', 1e4),
  ];
};

const kmsKey: Pricer = (ctx) => [
  monthly('Customer managed key', ctx.prices.get('kms.key'), 1, 'keys'),
  fromUsage(ctx, 'API requests', '10k requests', 'monthly_requests', 'kms.requests.10k', 1e4),
];

const route53Zone: Pricer = (ctx) => [
  monthly('Hosted zone', ctx.prices.get('route53.zone'), 1, 'zones'),
  fromUsage(ctx, 'Standard queries', '1M queries', 'monthly_standard_queries', 'route53.queries.million', 1e6),
];

// Optional features, each billed per month: HTTPS, string matching, 10-second interval, latency
// measurement (HTTPS_STR_MATCH is two: HTTPS and string matching).
const HEALTH_CHECK_OPTIONS: [string, (v: TfValue | undefined) => boolean][] = [
  ['type', (v) => typeof v === 'string' && /HTTPS/.test(v)],
  ['type', (v) => typeof v === 'string' && /STR_MATCH/.test(v)],
  ['request_interval', (v) => Number(v) === 10],
  ['measure_latency', (v) => v === true || v === 'true'],
];
const healthCheck: Pricer = (ctx) => {
  const r = ctx.resource;
  // Whether the endpoint runs on AWS cannot be read from the Terraform: the AWS-endpoint rate is
  // assumed (as Infracost does) unless the usage file says `endpoint_type: non_aws`.
  const nonAws = /^non_aws$/i.test(ctx.settings.endpoint_type ?? '');
  const tier = nonAws ? 'other' : 'aws';
  const note = nonAws ? undefined : 'AWS endpoint assumed; set endpoint_type: non_aws in the usage file otherwise';
  const base = monthly(
    nonAws ? 'Health check (non-AWS endpoint)' : 'Health check (AWS endpoint)',
    ctx.prices.get(`route53.healthcheck.${tier}`),
    1,
    'health checks',
  );
  const out: CostComponent[] = [note ? { ...base, note } : base];
  const options = HEALTH_CHECK_OPTIONS.filter(([k, test]) => test(attr(r, k))).length;
  if (options > 0)
    out.push(
      monthly(
        'Optional features (HTTPS, string matching, fast interval, latency)',
        ctx.prices.get(`route53.healthcheck.option.${tier}`),
        options,
        'options',
      ),
    );
  return out;
};

const wafAcl: Pricer = (ctx) => {
  const rules = list(ctx.resource.attributes.rule ?? ctx.resource.attributes.rules);
  const out: CostComponent[] = [monthly('Web ACL', ctx.prices.get('waf.acl'), 1, 'web ACLs')];
  out.push(
    isUnknown(rules)
      ? unknownComponent('Rules', 'rules', ctx.prices.get('waf.rule'), 'rules are not known statically')
      : monthly('Rules', ctx.prices.get('waf.rule'), rules.length, 'rules'),
  );
  out.push(fromUsage(ctx, 'Requests', '1M requests', 'monthly_requests', 'waf.requests.million', 1e6));
  return out;
};

const ssmParameter: Pricer = (ctx) => {
  const tier = str(attr(ctx.resource, 'tier'));
  if (tier === 'Advanced') return [monthly('Advanced parameter', ctx.prices.get('ssm.parameter.advanced'), 1, 'parameters')];
  if (isUnknown(tier)) return [unknownComponent('Parameter', 'parameters', undefined, 'tier is not known statically')];
  return 'free';
};

const privateCa: Pricer = (ctx) => {
  const shortLived = str(attr(ctx.resource, 'usage_mode')) === 'SHORT_LIVED_CERTIFICATE';
  return [
    monthly(
      shortLived ? 'Private CA (short-lived certificates)' : 'Private CA',
      ctx.prices.get(shortLived ? 'acmpca.ca.shortlived' : 'acmpca.ca'),
      1,
      'CAs',
    ),
  ];
};

const cloudtrail: Pricer = (ctx) => [
  fromUsage(ctx, 'Data events recorded', '100k events', 'monthly_data_events', 'cloudtrail.data.100k', 1e5),
];

const mskCluster: Pricer = (ctx) => {
  const r = ctx.resource;
  const brokers = num(attr(r, 'number_of_broker_nodes'));
  const type = str(attr(r, 'broker_node_group_info.instance_type'));
  const out: CostComponent[] = [];
  const p = typeof type === 'string' ? ctx.prices.instance('msk', type) : undefined;
  if (typeof type !== 'string') out.push(unknownComponent('Brokers', 'hours', undefined, 'instance_type is not known statically'));
  else if (typeof brokers !== 'number')
    out.push(unknownComponent(`Brokers (${type})`, 'hours', p, 'number_of_broker_nodes is not known statically'));
  else out.push(hourly(`Brokers (${type})`, p, brokers));
  const size =
    num(attr(r, 'broker_node_group_info.storage_info.ebs_storage_info.volume_size')) ??
    num(attr(r, 'broker_node_group_info.ebs_volume_size'));
  if (typeof size === 'number' && typeof brokers === 'number')
    out.push(component('Broker storage', 'GB', size * brokers, ctx.prices.get('msk.storage.gb')));
  return out;
};

const mskServerless: Pricer = (ctx) => [hourly('Serverless cluster', ctx.prices.get('msk.serverless.cluster.hour'))];

export const SERVICE_PRICERS: Record<string, Pricer> = {
  aws_api_gateway_rest_api: restApi,
  aws_api_gateway_stage: apiStage,
  aws_apigatewayv2_api: apiV2,
  aws_sqs_queue: sqs,
  aws_sns_topic: snsTopic,
  aws_sns_topic_subscription: snsSubscription,
  aws_sfn_state_machine: stepFunctions,
  aws_kinesis_stream: kinesisStream,
  aws_kinesis_firehose_delivery_stream: firehose,
  aws_cloudwatch_event_bus: eventBus,
  aws_transfer_server: transfer,
  aws_s3_bucket: s3,
  aws_efs_file_system: efs,
  aws_ecr_repository: ecr,
  aws_cloudwatch_log_group: logGroup,
  aws_cloudwatch_metric_alarm: metricAlarm,
  aws_cloudwatch_composite_alarm: compositeAlarm,
  aws_cloudwatch_dashboard: dashboard,
  aws_secretsmanager_secret: secret,
  aws_kms_key: kmsKey,
  aws_kms_replica_key: kmsKey,
  aws_route53_zone: route53Zone,
  aws_route53_health_check: healthCheck,
  aws_wafv2_web_acl: wafAcl,
  aws_waf_web_acl: wafAcl,
  aws_wafregional_web_acl: wafAcl,
  aws_ssm_parameter: ssmParameter,
  aws_acmpca_certificate_authority: privateCa,
  aws_cloudtrail: cloudtrail,
  aws_msk_cluster: mskCluster,
  aws_msk_serverless_cluster: mskServerless,
};
