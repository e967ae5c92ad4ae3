// Less common services that still show up in real configurations: build minutes, AWS Config,
// Neptune, SageMaker notebooks, Client VPN, Direct Connect.
import { attr, fromUsage, hourly, instanceHours, str, unknownComponent, type Pricer } from '../components';

/** CodeBuild Linux compute types → price key (per build minute). */
const CODEBUILD_TYPES: Record<string, string> = {
  BUILD_GENERAL1_SMALL: 'codebuild.small.minute',
  BUILD_GENERAL1_MEDIUM: 'codebuild.medium.minute',
  BUILD_GENERAL1_LARGE: 'codebuild.large.minute',
};

const codebuild: Pricer = (ctx) => {
  const type = str(attr(ctx.resource, 'environment.compute_type'));
  const key = typeof type === 'string' ? CODEBUILD_TYPES[type] : undefined;
  if (!key) {
    const shown = typeof type === 'string' ? type : type === undefined ? 'unset' : 'not known statically';
    return [unknownComponent('Build minutes', 'minutes', undefined, `compute type ${shown} is not in the table`)];
  }
  return [fromUsage(ctx, `Build minutes (${String(type)})`, 'minutes', 'monthly_build_minutes', key)];
};

const configRecorder: Pricer = (ctx) => [fromUsage(ctx, 'Configuration items recorded', 'items', 'monthly_config_items', 'config.item')];
const configRule: Pricer = (ctx) => [fromUsage(ctx, 'Rule evaluations', 'evaluations', 'monthly_rule_evaluations', 'config.evaluation')];

const neptuneInstance: Pricer = (ctx) => [
  instanceHours(ctx, 'Neptune instance', 'neptune', str(attr(ctx.resource, 'instance_class')), 1, 'instance_class'),
];

const sagemakerNotebook: Pricer = (ctx) => {
  const type = str(attr(ctx.resource, 'instance_type'));
  const price = typeof type === 'string' ? ctx.prices.get(`sagemaker.notebook.${type}`) : undefined;
  if (typeof type !== 'string') return [unknownComponent('Notebook instance', 'hours', undefined, 'instance_type is not known statically')];
  return [hourly(`Notebook instance (${type})`, price)];
};

const clientVpnAssociation: Pricer = (ctx) => [hourly('Client VPN subnet association', ctx.prices.get('clientvpn.association.hour'))];
const clientVpnEndpoint: Pricer = (ctx) => [
  fromUsage(ctx, 'Client VPN connections', 'connection-hours', 'monthly_connection_hours', 'clientvpn.connection.hour'),
];

const dxConnection: Pricer = (ctx) => {
  const bw = str(attr(ctx.resource, 'bandwidth'));
  const price = typeof bw === 'string' ? ctx.prices.get(`dx.port.${bw}`) : undefined;
  if (typeof bw !== 'string') return [unknownComponent('Port hours', 'hours', undefined, 'bandwidth is not known statically')];
  return [hourly(`Port hours (${bw})`, price), fromUsage(ctx, 'Data transfer out', 'GB', 'monthly_outbound_gb', 'dx.out.gb')];
};

export const EXTRA_PRICERS: Record<string, Pricer> = {
  aws_codebuild_project: codebuild,
  aws_config_configuration_recorder: configRecorder,
  aws_config_config_rule: configRule,
  aws_neptune_cluster_instance: neptuneInstance,
  aws_sagemaker_notebook_instance: sagemakerNotebook,
  aws_ec2_client_vpn_network_association: clientVpnAssociation,
  aws_ec2_client_vpn_endpoint: clientVpnEndpoint,
  aws_dx_connection: dxConnection,
};
