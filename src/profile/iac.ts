// Existing infrastructure as code, recognized by file name or, for YAML/JSON templates, by content.
import type { IacProfile } from './types';

export const TERRAFORM = /\.tf(\.json)?$/;
export const SERVERLESS = /(^|\/)serverless\.(ya?ml|json|js|ts)$/;
export const CDK = /(^|\/)(cdk\.json|sst\.config\.(ts|js|mjs))$/;
export const HELM_CHART = /(^|\/)Chart\.ya?ml$/;
/** YAML/JSON files worth opening to see whether they are CloudFormation or Kubernetes. */
export const TEMPLATE_CANDIDATE = /\.(ya?ml|template|json)$/;
const NOT_TEMPLATES =
  /(^|\/)(\.github|\.gitlab|\.circleci|\.devcontainer|\.vscode)\/|(^|\/)(package(-lock)?|composer(\.lock)?|tsconfig[\w.-]*|jsconfig|angular|nest-cli|turbo|lerna|\.eslintrc[\w.-]*|\.prettierrc[\w.-]*|renovate|app|manifest|cdk|appsettings[\w.-]*|launchSettings|\.?babelrc|vercel|firebase|deno|biome|project|components|mkdocs|pnpm-lock|pnpm-workspace|\.gitlab-ci|\.pre-commit-config|codecov|\.travis|dependabot|_config)\.(json|ya?ml)$/;

export function isTemplateCandidate(path: string): boolean {
  return TEMPLATE_CANDIDATE.test(path) && !NOT_TEMPLATES.test(path);
}

const CFN =
  /AWSTemplateFormatVersion|Transform:\s*['"]?AWS::Serverless|"Transform"\s*:\s*"AWS::Serverless|(^|\n)\s*["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::[A-Za-z0-9]+|"Type"\s*:\s*"AWS::[A-Za-z0-9]+::[A-Za-z0-9]+"/;
const K8S_API = /(^|\n)apiVersion:\s*[\w./-]+\s*\n(?:[\s\S]*?\n)?kind:\s*\w+|(^|\n)kind:\s*\w+\s*\n(?:[\s\S]*?\n)?apiVersion:\s*[\w./-]+/;

export type TemplateKind = 'cloudformation' | 'kubernetes' | undefined;

export function classifyTemplate(path: string, head: string): TemplateKind {
  if (CFN.test(head)) return 'cloudformation';
  if (/\.ya?ml$/.test(path) && K8S_API.test(head)) return 'kubernetes';
  return undefined;
}

export function emptyIac(): IacProfile {
  return { terraform: [], cloudformation: [], cdk: [], serverless: [], kubernetes: [], helm: [] };
}
