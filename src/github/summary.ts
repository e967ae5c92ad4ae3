// Job summary: a table of what the run did (where each result went), then the report itself.
import { fitBody } from './body';
import { trustedCell } from '../core/markdown';

export interface DeliveryRow {
  what: string;
  result: string;
}

/** GitHub caps each step's summary at 1 MiB (bytes); characters are counted here, so keep a margin. */
export const SUMMARY_LIMIT = 700_000;

function cell(text: string): string {
  return trustedCell(text);
}

export function renderDeliveryTable(rows: DeliveryRow[]): string {
  if (!rows.length) return '';
  const lines = ['| Delivery | Result |', '|---|---|', ...rows.map((r) => `| ${cell(r.what)} | ${cell(r.result)} |`)];
  return lines.join('\n') + '\n';
}

export function renderSummary(opts: {
  title: string;
  notes: string[];
  rows: DeliveryRow[];
  report: string;
  omittedAnnotations?: string;
}): string {
  const parts = [`## ${opts.title}`];
  for (const note of opts.notes) parts.push(`> ${note.replace(/\n/g, '\n> ')}`);
  const table = renderDeliveryTable(opts.rows);
  if (table) parts.push(table);
  if (opts.omittedAnnotations) parts.push(`_${opts.omittedAnnotations}_`);
  parts.push(opts.report);
  return fitBody(parts.join('\n\n'), { limit: SUMMARY_LIMIT, pointer: 'the report files uploaded as an artifact' }).body;
}
