// Annotations on the files concerned. GitHub shows at most 10 error and 10 warning annotations per
// step; anything beyond is dropped silently, so we emit the most severe first, stop at the cap and
// say how many were left out.
import type { Severity } from '../core/types';
import { severityRank } from '../core/types';

export const ANNOTATION_CAP = { error: 10, warning: 10 } as const;

export interface AnnotationFinding {
  severity: Severity;
  title?: string;
  message?: string;
  ruleId?: string;
  file?: string;
  line?: number;
  suppressed?: boolean;
}

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  title: string;
  file?: string;
  startLine?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  omitted: { error: number; warning: number };
}

/** critical/high block a merge by default (fail-on high), so they are errors; the rest warnings. */
const LEVEL: Record<Severity, 'error' | 'warning'> = { critical: 'error', high: 'error', medium: 'warning', low: 'warning' };

/** Pick the annotations to emit. `prefix` turns scan-relative paths into repository-relative ones. */
export function planAnnotations(findings: AnnotationFinding[], prefix = ''): AnnotationPlan {
  // A finding with nothing to say (a bare severity) helps no reader as an annotation; it stays in the report.
  const sorted = findings
    .filter((f) => !f.suppressed && Boolean(f.title || f.message))
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const counts = { error: 0, warning: 0 };
  const omitted = { error: 0, warning: 0 };
  const annotations: Annotation[] = [];
  for (const f of sorted) {
    const level = LEVEL[f.severity];
    if (counts[level] >= ANNOTATION_CAP[level]) {
      omitted[level]++;
      continue;
    }
    counts[level]++;
    const file = f.file ? joinPath(prefix, f.file) : undefined;
    annotations.push({
      level,
      title: `${f.ruleId ? `${f.ruleId}: ` : ''}${f.title ?? 'Inframate finding'}`.slice(0, 255),
      message: `[${f.severity}] ${f.message ?? f.title ?? ''}`.trim(),
      file,
      startLine: file && f.line && f.line > 0 ? f.line : undefined,
    });
  }
  return { annotations, omitted };
}

function joinPath(prefix: string, file: string): string {
  const clean = file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!prefix || prefix === '.' || clean.startsWith('/')) return clean;
  return `${prefix.replace(/\/+$/, '')}/${clean}`;
}
