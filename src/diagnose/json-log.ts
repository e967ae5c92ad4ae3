// Terraform's machine-readable output (`-json`: one JSON object per line with "@level" and a
// "diagnostic"; `validate -json`: one object with "diagnostics") is turned back into the human
// form, so one segmenter and one set of extractors serve both.

interface Pos {
  line?: number;
}
interface JsonDiagnostic {
  severity?: string;
  summary?: string;
  detail?: string;
  address?: string;
  range?: { filename?: string; start?: Pos };
  snippet?: { context?: string | null; code?: string };
}

function humanBlock(d: JsonDiagnostic): string {
  const lines = [`Error: ${d.summary ?? ''}`.trimEnd(), ''];
  if (d.address) lines.push(`  with ${d.address},`);
  if (d.range?.filename) {
    const ctx = d.snippet?.context ? `, in ${d.snippet.context}` : '';
    lines.push(`  on ${d.range.filename} line ${d.range.start?.line ?? 0}${ctx}:`);
  }
  if (d.snippet?.code) lines.push(`  ${d.snippet.code.trim()}`);
  if (d.detail) lines.push('', d.detail);
  return lines.join('\n');
}

const isError = (d: JsonDiagnostic | undefined) => Boolean(d) && (d!.severity ?? 'error') === 'error';

/** The log with every -json diagnostic line rewritten as a human block; null when the log has none. */
export function jsonDiagnosticsToText(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && trimmed.endsWith('}')) {
    try {
      const doc = JSON.parse(trimmed) as { diagnostics?: JsonDiagnostic[] };
      if (Array.isArray(doc.diagnostics)) return doc.diagnostics.filter(isError).map(humanBlock).join('\n\n');
    } catch {
      // not a single JSON document: maybe JSON lines
    }
  }
  let converted = 0;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('{') || !t.includes('"@level"')) {
      out.push(line);
      continue;
    }
    let entry: { '@level'?: string; '@message'?: string; diagnostic?: JsonDiagnostic; type?: string };
    try {
      entry = JSON.parse(t);
    } catch {
      out.push(line);
      continue;
    }
    converted++;
    if (entry.diagnostic) {
      if (isError(entry.diagnostic)) out.push(humanBlock(entry.diagnostic), '');
    } else if (entry['@level'] === 'error' && entry['@message']) {
      out.push(entry['@message'], '');
    }
  }
  return converted ? out.join('\n') : null;
}
