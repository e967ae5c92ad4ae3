import { defineRule } from '../../types';
import { MISSING, num, read } from '../../values';

/** Engines with Aurora Backtrack (MySQL-compatible Aurora); an unset engine is "aurora". */
const BACKTRACK_ENGINES = new Set(['aurora', 'aurora-mysql']);

export default defineRule({
  id: 'aws-rds-cluster-backtrack',
  title: 'Aurora MySQL clusters have Backtrack enabled',
  severity: 'low',
  aliases: ['CKV_AWS_326'],
  resourceTypes: ['aws_rds_cluster'],
  description:
    'Backtrack rewinds an Aurora MySQL cluster to a point in time within seconds, without restoring a snapshot into a new cluster — the quickest undo for a bad migration or a mistaken DELETE. ' +
    'Other engines do not support it and are not judged.',
  remediation: `\`\`\`hcl
resource "aws_rds_cluster" "db" {
  engine           = "aurora-mysql"
  backtrack_window = 86400 # seconds (up to 72 hours)
  # …
}
\`\`\``,
  check: (res) => {
    const engine = read(res, 'engine');
    if (engine === undefined) return;
    if (engine !== MISSING && !(typeof engine === 'string' && BACKTRACK_ENGINES.has(engine))) return;
    const w = read(res, 'backtrack_window');
    if (w === undefined) return;
    if (w === MISSING) return { message: 'Backtrack is not enabled (backtrack_window is not set)' };
    const n = num(w);
    if (n !== undefined && n <= 0) return { attribute: 'backtrack_window', message: 'Backtrack is not enabled (backtrack_window = 0)' };
  },
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine           = "aurora-mysql"
  backtrack_window = 86400
}`,
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-postgresql"
}`,
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-mysql"
}`,
      `resource "aws_rds_cluster" "c" {
  engine           = "aurora-mysql"
  backtrack_window = 0
}`,
    ],
  },
});
