// DynamoDB tables and S3 buckets declared as constructs in TypeScript infrastructure code (CDK, SST),
// read statically: `new Table(this, "Notes", { partitionKey: … })`, `new Bucket(this, "Uploads")`.
import { lineAt } from '../../profile/manifests/common';
import type { ServerlessLayout } from './types';

export interface ConstructPatterns {
  /** Global; group 1 the construct's name, group 2 its options object. */
  table: RegExp;
  /** Global; group 1 the construct's name. */
  bucket: RegExp;
  /** Group 1 the attribute name of the table's hash (partition) key, within the options. */
  hashKey: RegExp;
  /** Group 1 the attribute name of the table's range (sort) key, within the options. */
  rangeKey: RegExp;
}

export function readConstructStores(file: string, text: string, p: ConstructPatterns, out: ServerlessLayout): void {
  for (const m of text.matchAll(p.table)) {
    const body = m[2] ?? '';
    const hash = p.hashKey.exec(body)?.[1];
    const range = p.rangeKey.exec(body)?.[1];
    out.stores.push({
      kind: 'dynamodb',
      name: m[1]!,
      ...(hash ? { hashKey: hash } : {}),
      ...(range ? { rangeKey: range } : {}),
      evidence: { file, line: lineAt(text, m.index) },
    });
  }
  for (const m of text.matchAll(p.bucket)) out.stores.push({ kind: 's3', name: m[1]!, evidence: { file, line: lineAt(text, m.index) } });
}
