// Hard-coded secrets in free text (user data, environment variables): AWS keys, private keys and
// assignments to secret-looking names with a literal value.
const PATTERNS: { re: RegExp; what: string }[] = [
  { re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/, what: 'an AWS access key id' },
  { re: /aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}/i, what: 'an AWS secret access key' },
  { re: /-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/, what: 'a private key' },
  { re: /\b(gh[pousr]_[A-Za-z0-9]{36,})\b/, what: 'a GitHub token' },
  { re: /\bxox[baprs]-[A-Za-z0-9-]{10,}/, what: 'a Slack token' },
  { re: /(password|passwd|secret|api_?key|token)\s*[=:]\s*["']?[^\s"'$]{6,}/i, what: 'a password or secret assignment' },
];

/** What kind of secret the text contains, if any. */
export function findSecret(text: string): string | undefined {
  for (const p of PATTERNS) if (p.re.test(text)) return p.what;
  return undefined;
}

const SECRET_NAME = /(^|_)(password|passwd|pwd|secret|secret_?key|api_?key|access_?key|private_?key|token|auth_?token|credentials?)($|_)/i;

/** Does an environment variable look like it holds a secret (secret-looking name with a literal value, or a known key format)? */
export function secretEnvVar(name: string, value: string): boolean {
  if (findSecret(value) && findSecret(value) !== 'a password or secret assignment') return true;
  if (!SECRET_NAME.test(name)) return false;
  if (value.trim().length < 4) return false;
  // References to secret stores are fine.
  if (/^(arn:aws:(secretsmanager|ssm|kms)|\{\{resolve:|ssm:|\/)/.test(value)) return false;
  return true;
}

/** user_data may be base64 (user_data_base64, launch templates). */
export function decodeMaybeBase64(text: string): string {
  const t = text.trim();
  if (t.length >= 16 && t.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(t)) {
    try {
      return Buffer.from(t, 'base64').toString('utf8');
    } catch {
      return text;
    }
  }
  return text;
}
