// Log text in, diagnoses out (most important first, duplicates merged). Pure: no I/O, no model.
import { classifyBlock, wrapperAddressOf } from './classify';
import { cleanLog } from './clean';
import { jsonDiagnosticsToText } from './json-log';
import { segment } from './segment';
import { CATEGORY_ORDER, type Diagnosis } from './types';

export interface DiagnoseTextResult {
  diagnoses: Diagnosis[];
  truncated: boolean;
  /** Characters of the log as given. */
  chars: number;
  blocks: number;
}

/** At most this many distinct diagnoses: a log with hundreds of errors is summarised by its first ones. */
export const MAX_DIAGNOSES = 50;

export function diagnoseText(raw: string, redactText: (t: string) => string = (t) => t): DiagnoseTextResult {
  const cleaned = cleanLog(raw);
  const text = redactText(jsonDiagnosticsToText(cleaned.text) ?? cleaned.text);
  const blocks = segment(text);
  const found: Diagnosis[] = [];
  const byPrint = new Map<string, Diagnosis>();
  let wrapperAddress: string | null = null;
  for (const block of blocks) {
    const wrapper = wrapperAddressOf(block);
    if (wrapper) {
      wrapperAddress = wrapper;
      continue;
    }
    const d = classifyBlock(block, { wrapperAddress });
    wrapperAddress = null;
    if (!d) continue;
    const seen = byPrint.get(d.fingerprint);
    if (seen) {
      seen.occurrences++;
      seen.errorCode ??= d.errorCode;
      seen.service ??= d.service;
      continue;
    }
    byPrint.set(d.fingerprint, d);
    found.push(d);
  }
  const rank = (d: Diagnosis) => CATEGORY_ORDER.indexOf(d.category);
  const ordered = found.map((d, i) => ({ d, i })).sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i);
  return {
    diagnoses: ordered.slice(0, MAX_DIAGNOSES).map((x) => x.d),
    truncated: cleaned.truncated,
    chars: cleaned.originalChars,
    blocks: blocks.length,
  };
}
