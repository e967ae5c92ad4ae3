// What counts as a secret before a prompt leaves the machine. Data: one row per kind. A pattern
// with named groups `pre`/`secret`/`post` keeps the context (the variable name, the URL) and
// replaces only the secret; without them the whole match is replaced.
export interface SecretPattern {
  id: string;
  description: string;
  pattern: RegExp;
}

// Values that merely point at a secret (environment lookups, template expressions) are kept: they
// tell the model how configuration flows and reveal nothing.
export const REFERENCE_VALUE =
  /^(\$\{|\$\(|\$[A-Za-z_]|%[A-Za-z_]+%|\{\{|<[^>]*>$|process\.env|os\.environ|os\.getenv|getenv|System\.getenv|ENV\[|env\(|Env\(|var\.|local\.|data\.|secrets\.|config\.|settings\.|import\.meta\.env|None$|null$|nil$|undefined$|true$|false$|changeme$|\*+$|x+$)/i;

/** A name whose value is a password by convention, as a whole segment: DB_PASS, ADMIN_PASS, pass (not passenger). */
const PASS_NAME = '(?:[A-Za-z0-9]+[_.-])*pass(?:[_.-][A-Za-z0-9]+)*(?![A-Za-z0-9])';

/** Names in command-line flags: --db-password X, --pass X, --requirepass X, --masterauth X. */
const FLAG_NAME =
  '(?:[a-z0-9]+-)*(?:password|passwd|pass|requirepass|masterauth|passphrase|secret|token|api-?key|access-key|private-key|auth-token)(?:-(?!id\\b|arn\\b|name\\b|file\\b|path\\b)[a-z0-9]+)*(?<!-id|-arn|-name|-file|-path)';

const ASSIGN_NAME =
  '[A-Za-z0-9_.-]*(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key|credentials?|signing[_-]?key|encryption[_-]?key|salt)[A-Za-z0-9_.-]*';

const ASSIGN_NAME_SRC = ASSIGN_NAME;

export const SECRET_PATTERNS: readonly SecretPattern[] = [
  {
    id: 'private-key',
    description: 'PEM private key block (RSA, EC, DSA, OpenSSH, PKCS#8, PGP)',
    pattern: /-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/g,
  },
  {
    id: 'aws-access-key-id',
    description: 'AWS access key id (long-term AKIA, temporary ASIA, …)',
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b/g,
  },
  {
    id: 'aws-secret-access-key',
    description: 'AWS secret access key next to its name',
    pattern: /(?<pre>(?:aws_?)?secret_?(?:access_?)?key(?:_id)?["']?\s*[:=]\s*["']?)(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi,
  },
  {
    id: 'aws-session-token',
    description: 'AWS session token next to its name',
    pattern: /(?<pre>(?:aws_?)?session_?token["']?\s*[:=]\s*["']?)(?<secret>[A-Za-z0-9/+=]{100,})/gi,
  },
  { id: 'github-token', description: 'GitHub token (ghp_, gho_, ghs_, ghu_, ghr_)', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g },
  {
    id: 'github-fine-grained-token',
    description: 'GitHub fine-grained token (github_pat_)',
    pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  },
  { id: 'gitlab-token', description: 'GitLab personal/project token', pattern: /\bgl(?:pat|ptt|dt|rt)-[A-Za-z0-9_-]{20,}\b/g },
  {
    id: 'slack-token',
    description: 'Slack bot/user/app token (xoxb-, xoxp-, xapp-…)',
    pattern: /\b(?:xox[abposre]|xapp)-[A-Za-z0-9-]{10,}\b/g,
  },
  {
    id: 'slack-webhook',
    description: 'Slack incoming webhook URL',
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9/_-]+/g,
  },
  {
    id: 'discord-webhook',
    description: 'Discord webhook URL',
    pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[A-Za-z0-9_-]+/g,
  },
  {
    id: 'stripe-key',
    description: 'Stripe secret, restricted or publishable key',
    pattern: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g,
  },
  { id: 'stripe-webhook-secret', description: 'Stripe webhook signing secret', pattern: /\bwhsec_[A-Za-z0-9]{24,}\b/g },
  { id: 'google-api-key', description: 'Google API key (AIza…)', pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { id: 'google-oauth-secret', description: 'Google OAuth client secret', pattern: /\bGOCSPX-[A-Za-z0-9_-]{28}\b/g },
  {
    id: 'gcp-service-account-key',
    description: 'private_key_id of a service account JSON',
    pattern: /(?<pre>"private_key_id"\s*:\s*")(?<secret>[a-f0-9]{40})/g,
  },
  { id: 'anthropic-key', description: 'Anthropic API key', pattern: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{20,}/g },
  {
    id: 'openai-key',
    description: 'OpenAI API key (sk-, sk-proj-, sk-svcacct-)',
    pattern: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}/g,
  },
  { id: 'huggingface-token', description: 'Hugging Face token', pattern: /\bhf_[A-Za-z]{34,}\b/g },
  { id: 'jwt', description: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  {
    id: 'azure-storage-key',
    description: 'Azure storage AccountKey / SharedAccessKey',
    pattern: /(?<pre>(?:AccountKey|SharedAccessKey)\s*=\s*)(?<secret>[A-Za-z0-9+/=]{20,})/g,
  },
  { id: 'azure-sas-signature', description: 'Azure SAS token signature', pattern: /(?<pre>[?&]sig=)(?<secret>[A-Za-z0-9%+/=]{20,})/g },
  { id: 'azure-client-secret', description: 'Azure AD client secret', pattern: /\b[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}/g },
  { id: 'twilio-key', description: 'Twilio API key SID / auth token', pattern: /\bSK[0-9a-fA-F]{32}\b/g },
  { id: 'sendgrid-key', description: 'SendGrid API key', pattern: /\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}/g },
  { id: 'mailgun-key', description: 'Mailgun API key', pattern: /\bkey-[0-9a-f]{32}\b/g },
  { id: 'npm-token', description: 'npm access token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  {
    id: 'npmrc-auth',
    description: '_authToken / _auth / _password in .npmrc',
    pattern: /(?<pre>:_(?:authToken|auth|password)\s*=\s*)(?<secret>[^\s]+)/g,
  },
  { id: 'pypi-token', description: 'PyPI upload token', pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/g },
  { id: 'digitalocean-token', description: 'DigitalOcean token', pattern: /\bdo[por]_v1_[a-f0-9]{64}\b/g },
  { id: 'shopify-token', description: 'Shopify access token', pattern: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/g },
  { id: 'telegram-bot-token', description: 'Telegram bot token', pattern: /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/g },
  {
    id: 'datadog-key',
    description: 'Datadog API/app key next to its name',
    pattern: /(?<pre>(?:dd|datadog)_(?:api|app(?:lication)?)_key["']?\s*[:=]\s*["']?)(?<secret>[a-f0-9]{32,40})/gi,
  },
  {
    id: 'url-credentials',
    description: 'password in a URL or connection string (postgres://user:pass@host)',
    // The password may hold '/' or '@': it runs to the last '@' before the host.
    pattern: /(?<pre>\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"]*:)(?<secret>[^\s'"]+)(?<post>@[^\s@/'"]*)/gi,
  },
  {
    id: 'dockerfile-env',
    description: 'Dockerfile ENV/ARG with a space-separated secret value (ENV DB_PASSWORD value)',
    pattern: new RegExp(`(?<pre>^\\s*(?:ENV|ARG)\\s+(?:${ASSIGN_NAME_SRC}|${PASS_NAME})\\s+["']?)(?<secret>[^\\s"']{2,})`, 'gim'),
  },
  {
    id: 'cli-flag',
    description: 'secret given as a command-line flag (--db-password X, --pass X, --requirepass X, --token=X)',
    pattern: new RegExp(`(?<pre>(?<![A-Za-z0-9-])--?${FLAG_NAME}(?:=|\\s+)["']?)(?<secret>(?!-)[^\\s"'\\\`]{2,})`, 'gi'),
  },
  {
    id: 'prose-password',
    description: 'a password stated in prose ("the password is X")',
    pattern: /(?<pre>\b(?:password|passphrase|passcode)\s+(?:is|was|will be)\s+["'`]?)(?<secret>[^\s"'`,;]{4,})/gi,
  },
  {
    id: 'pass-assignment',
    description: 'value assigned to a *_PASS name (DB_PASS: x, ADMIN_PASS=x)',
    pattern: new RegExp(`(?<pre>(?<![A-Za-z0-9])${PASS_NAME}["']?\\s*(?::|=|:=|=>)\\s*["'\\\`]?)(?<secret>[^\\s"'\\\`,;)}\\]]{2,})`, 'gi'),
  },
  {
    id: 'connection-string-password',
    description: 'Password= in an ADO/JDBC-style connection string',
    pattern: /(?<pre>\b(?:Password|Pwd)\s*=\s*)(?<secret>[^;'"\s]+)/g,
  },
  {
    id: 'assignment',
    description: 'value assigned to a name like password, secret, token, api_key (code, YAML, JSON, .env)',
    pattern: new RegExp(`(?<pre>\\b${ASSIGN_NAME}["']?\\s*(?::|=|:=|=>)\\s*["'\`]?)(?<secret>[^\\s"'\`,;)}\\]]{4,})`, 'gi'),
  },
];

/** Files whose every value is a secret by convention (.env, .env.local, prod.env …). */
export const ENV_FILE = /(^|\/)(\.env(\.[\w.-]+)?|[\w.-]+\.env)$/;

/** Generic high-entropy tokens: long, mixed, random-looking strings not matched by a named pattern. */
export const HIGH_ENTROPY = {
  candidate: /[A-Za-z0-9+/_=-]{24,}/g,
  minLength: 24,
  minBitsPerChar: 4.0,
  /** Split into camelCase words, acronyms, numbers and separators. */
  segment: /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+|[^A-Za-z0-9]+/g,
  /** Identifiers split into words (avg ≥ 3 characters); random strings into 1–2 character shards. */
  minAverageSegment: 3,
};
