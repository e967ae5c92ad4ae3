// Secrets of many kinds, generated at run time (so no real-looking secret is committed), each in
// the kind of context it is found in within a repository.
import { randomInt } from 'node:crypto';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const ALNUM = UPPER + LOWER + DIGITS;
const B64 = ALNUM + '+/';
const URLSAFE = ALNUM + '_-';

function rand(n: number, alphabet: string): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}
/** Random, but with every character class present (as real keys almost always have). */
function mixed(n: number, alphabet = ALNUM): string {
  return rand(1, UPPER) + rand(1, LOWER) + rand(1, DIGITS) + rand(n - 3, alphabet);
}

export interface PlantedSecret {
  kind: string;
  /** Where it is planted in the test repository. */
  file: string;
  /** The text planted (the secret in its usual context). */
  context: string;
  /** The secret values that must never leave the machine. */
  values: string[];
}

export function plantedSecrets(): PlantedSecret[] {
  const akia = 'AKIA' + rand(16, UPPER + DIGITS);
  const asia = 'ASIA' + rand(16, UPPER + DIGITS);
  const awsSecret = mixed(40, B64);
  const ghp = 'ghp_' + mixed(36);
  const gho = 'gho_' + mixed(36);
  const ghs = 'ghs_' + mixed(36);
  const ghu = 'ghu_' + mixed(36);
  const pat = 'github_pat_' + mixed(22) + '_' + mixed(59);
  const slack = 'xoxb-' + rand(12, DIGITS) + '-' + rand(12, DIGITS) + '-' + mixed(24);
  const slackHook = `https://hooks.slack.com/services/T${rand(8, UPPER + DIGITS)}/B${rand(8, UPPER + DIGITS)}/${mixed(24)}`;
  const stripe = 'sk_live_' + mixed(24);
  const google = 'AIza' + rand(35, URLSAFE);
  const openai = 'sk-proj-' + mixed(48, URLSAFE);
  const anthropic = 'sk-ant-api03-' + mixed(80, URLSAFE);
  const pemBody = rand(64, B64) + '\n' + rand(64, B64) + '\n' + rand(40, B64);
  const sshBody = rand(70, B64) + '\n' + rand(70, B64);
  const jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + 'eyJ' + rand(40, URLSAFE) + '.' + rand(43, URLSAFE);
  const pgPass = 'Pg' + mixed(14);
  const mongoPass = 'Mo' + mixed(14);
  const yamlSecret = 'ys' + mixed(18);
  const assignPass = 'pw' + mixed(12);
  const envValue = 'ev' + mixed(20);
  const azureKey = rand(86, B64) + '==';
  const twilio = 'SK' + rand(32, HEX);
  const sendgrid = 'SG.' + rand(22, URLSAFE) + '.' + rand(43, URLSAFE);
  const npm = 'npm_' + mixed(36);
  const gitlab = 'glpat-' + mixed(20, URLSAFE);
  const entropyToken = mixed(40);
  const datadog = rand(32, HEX);
  return [
    { kind: 'aws-access-key-id', file: 'compose.yaml', context: `      AWS_ACCESS_KEY_ID: ${akia}`, values: [akia] },
    { kind: 'aws-temporary-key-id', file: 'compose.yaml', context: `      AWS_TEMP_ID: ${asia}`, values: [asia] },
    { kind: 'aws-secret-access-key', file: 'Dockerfile', context: `ENV AWS_SECRET_ACCESS_KEY=${awsSecret}`, values: [awsSecret] },
    { kind: 'github-token-ghp', file: 'README.md', context: `Use token ${ghp} to pull.`, values: [ghp] },
    { kind: 'github-token-gho', file: 'README.md', context: `oauth ${gho}`, values: [gho] },
    { kind: 'github-token-ghs', file: 'package.json', context: `  "ci": "GH=${ghs} node ci.js",`, values: [ghs] },
    { kind: 'github-token-ghu', file: 'README.md', context: `user-to-server ${ghu}`, values: [ghu] },
    { kind: 'github-fine-grained-pat', file: 'README.md', context: `PAT: ${pat}`, values: [pat] },
    { kind: 'slack-token', file: 'compose.yaml', context: `      SLACK_BOT: ${slack}`, values: [slack] },
    { kind: 'slack-webhook', file: 'README.md', context: `Alerts go to ${slackHook}`, values: [slackHook.split('/').slice(-1)[0]] },
    { kind: 'stripe-key', file: 'compose.yaml', context: `      STRIPE: ${stripe}`, values: [stripe] },
    { kind: 'google-api-key', file: 'package.json', context: `  "mapsKey": "${google}",`, values: [google] },
    { kind: 'openai-key', file: 'README.md', context: `export OPENAI=${openai}`, values: [openai] },
    { kind: 'anthropic-key', file: 'README.md', context: `claude ${anthropic}`, values: [anthropic] },
    {
      kind: 'pem-private-key',
      file: 'README.md',
      context: `-----BEGIN RSA PRIVATE KEY-----\n${pemBody}\n-----END RSA PRIVATE KEY-----`,
      values: pemBody.split('\n'),
    },
    {
      kind: 'openssh-private-key',
      file: 'README.md',
      context: `-----BEGIN OPENSSH PRIVATE KEY-----\n${sshBody}\n-----END OPENSSH PRIVATE KEY-----`,
      values: sshBody.split('\n'),
    },
    { kind: 'jwt', file: 'README.md', context: `Authorization: Bearer ${jwt}`, values: [jwt.split('.')[1], jwt.split('.')[2]] },
    {
      kind: 'postgres-url-password',
      file: 'compose.yaml',
      context: `      DATABASE_URL: postgres://shop:${pgPass}@db:5432/shop`,
      values: [pgPass],
    },
    {
      kind: 'mongodb-url-password',
      file: 'README.md',
      context: `mongodb+srv://admin:${mongoPass}@cluster0.example.net/app`,
      values: [mongoPass],
    },
    { kind: 'yaml-secret', file: 'compose.yaml', context: `      secret: ${yamlSecret}`, values: [yamlSecret] },
    { kind: 'password-assignment', file: 'Dockerfile', context: `ENV DB_PASSWORD=${assignPass}`, values: [assignPass] },
    { kind: 'dotenv-value', file: '.env', context: `SOMETHING_PRIVATE=${envValue}\n`, values: [envValue] },
    {
      kind: 'azure-storage-key',
      file: 'README.md',
      context: `DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=${azureKey};EndpointSuffix=core.windows.net`,
      values: [azureKey.slice(0, 40)],
    },
    { kind: 'twilio-key', file: 'README.md', context: `twilio ${twilio}`, values: [twilio] },
    { kind: 'sendgrid-key', file: 'compose.yaml', context: `      SENDGRID: ${sendgrid}`, values: [sendgrid.split('.')[2]] },
    { kind: 'npm-token', file: 'README.md', context: `npm config set //registry.npmjs.org/:_authToken ${npm}`, values: [npm] },
    { kind: 'gitlab-token', file: 'README.md', context: `gitlab ${gitlab}`, values: [gitlab] },
    { kind: 'datadog-key', file: 'compose.yaml', context: `      DD_API_KEY: ${datadog}`, values: [datadog] },
    { kind: 'high-entropy-string', file: 'Dockerfile', context: `ENV SIGNATURE_SEED_MATERIAL_X=${entropyToken}`, values: [entropyToken] },
  ];
}
