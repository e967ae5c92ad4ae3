import { describe, expect, it } from 'vitest';
import { entropy, looksRandom, redact } from '../../src/llm/redact';
import { SECRET_PATTERNS } from '../../src/llm/secret-patterns';
import { plantedSecrets } from './secrets';

describe('redact: every planted kind of secret is replaced', () => {
  for (const s of plantedSecrets()) {
    it(`${s.kind}`, () => {
      const out = redact(s.context, { file: s.file });
      for (const v of s.values) expect(out.text).not.toContain(v);
      expect(out.text).toContain('[REDACTED:');
    });
  }

  it('covers at least 20 kinds', () => {
    expect(new Set(plantedSecrets().map((s) => s.kind)).size).toBeGreaterThanOrEqual(20);
    expect(SECRET_PATTERNS.length).toBeGreaterThanOrEqual(20);
  });
});

describe('redact: keeps what is not a secret', () => {
  const keep = [
    'resource "aws_s3_bucket_server_side_encryption_configuration" "data" {}',
    'const handler = getServerSideEncryptionConfiguration2(bucketName);',
    'commit 3f9a1c2b7d4e5f60718293a4b5c6d7e8f9012345 fixed the build',
    'id: 123e4567-e89b-12d3-a456-426614174000',
    'password: ${DB_PASSWORD}',
    'api_key = os.environ["API_KEY"]',
    'const token = process.env.GITHUB_TOKEN;',
    'DATABASE_URL=postgres://db:5432/app',
    'FROM node:22-alpine AS build',
    'image: postgres:16@sha256:4b4d0f7b8f1f9c5b1f1a2e0c3d4e5f60718293a4b5c6d7e8f90123456789abcd',
    'The service listens on port 3000 and uses PostgreSQL for storage.',
    'src/components/NavigationHeaderDropdownMenu.tsx',
  ];
  for (const text of keep) {
    it(JSON.stringify(text), () => {
      expect(redact(text).text).toBe(text);
    });
  }

  it('keeps the context around a secret: variable names and URL shape', () => {
    expect(redact('DATABASE_URL=postgres://app:s3cretPassw0rd@db.internal:5432/shop').text).toBe(
      'DATABASE_URL=postgres://app:[REDACTED:url-credentials]@db.internal:5432/shop',
    );
    expect(redact('  password: "hunter2-but-longer"').text).toBe('  password: "[REDACTED:assignment]"');
  });

  it('redacts configured keys wherever they appear, and counts every replacement', () => {
    const out = redact('key one: abcdefgh12345678, again abcdefgh12345678', { known: ['abcdefgh12345678'] });
    expect(out.text).toBe('key one: [REDACTED:configured-secret], again [REDACTED:configured-secret]');
    expect(out.counts['configured-secret']).toBe(2);
  });

  it('drops every value of a .env file but keeps the names', () => {
    const out = redact('# comment\nPORT=3000\nFEATURE_FLAG=on\nexport NAME="x y"\n', { file: 'services/api/.env.production' });
    expect(out.text).toBe('# comment\nPORT=[REDACTED:env-value]\nFEATURE_FLAG=[REDACTED:env-value]\nexport NAME=[REDACTED:env-value]\n');
  });

  it('scores randomness: random tokens high, words and hex low', () => {
    expect(entropy('aaaaaaaa')).toBe(0);
    expect(looksRandom('Zq8vR1mK3pT7wX2cN9bL4hJ6')).toBe(true);
    expect(looksRandom('ThisIsJustACamelCaseIdentifierName2')).toBe(false);
    expect(looksRandom('3f9a1c2b7d4e5f60718293a4b5c6d7e8f9012345')).toBe(false);
  });
});
