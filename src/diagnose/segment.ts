// A log becomes blocks: one per error Terraform (or a tool) reported. Block boundaries are
// Terraform's own: "Error:" headers, the box drawn around diagnostics, 0.11-style "* ADDRESS:"
// bullets, and "ADDRESS: Error …" lines. Lines before the first header form a preamble block,
// which is where plain AWS CLI / SDK errors live.
import { ADDRESS, normalizeAddress } from './address';

export interface Block {
  kind: 'error' | 'warning' | 'preamble';
  /** The header text (after "Error: "), or null for the preamble. */
  header: string | null;
  /** Address named by a "* ADDRESS:" bullet or "ADDRESS: …" header line. */
  headerAddress: string | null;
  /** Normalised lines (prefixes, boxes, log levels removed). */
  lines: string[];
  /** 1-based line of the block's first line in the cleaned log. */
  startLine: number;
}

// "Error message:" is a field inside Terraform's lock error, not a new error.
const ERROR_HEADER = /^(?:Error|ERROR)(?::\s*|\s+(?=[a-z])(?!message:))(.*)$/;
const WARNING_HEADER = /^Warning:\s/;
const PROGRESS =
  /^(?:Creating|Still |Refreshing state|Destroying|Destruction complete|Creation complete|Modifying|Modifications complete|Reading|Read complete|Provisioning with|Preparing import|Importing|Import complete|Drift detected)/;
const ADDRESS_BULLET = new RegExp(String.raw`^\*\s+(${ADDRESS})(?:\s*\((?:destroy|deposed[^)]*)\))?:\s*(.*)$`);
const ADDRESS_LINE = new RegExp(String.raw`^(${ADDRESS})(?:\s*\((?:destroy|deposed[^)]*)\))?:\s+(.*)$`);

/** Strip what surrounds the message on a line: diagnostic boxes, quote marks, log levels, timestamps. */
export function normalizeLine(raw: string): string {
  let line = raw;
  const box = line.indexOf('│');
  if (box >= 0) line = line.slice(box + 1);
  line = line.replace(/^[\s╷╵]+$/, '');
  line = line.replace(/^\s*(?:>\s?)+/, '');
  for (let i = 0; i < 3; i++) {
    const before = line;
    line = line
      .replace(/^\s*\[?\d{4}[-/]\d{2}[-/]\d{2}[T ][\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?\]?\s*/, '')
      .replace(/^\s*\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\s+/, '')
      .replace(/^.*?\blevel=(?:error|fatal|warn(?:ing)?|info|debug) msg="?/i, '')
      .replace(/^\s*(?:ERROR|FATAL|WARN(?:ING)?|INFO|DEBUG)\b(?!:)\s+/, '')
      .replace(/^\s*\[(?:ERROR|WARN|INFO|DEBUG|TRACE)\]\s*/, '')
      .replace(/^[A-Za-z][\w .-]{0,40} \| /, '');
    if (line === before) break;
  }
  return line.replace(/\s+$/, '');
}

/** The opening corner of a diagnostic box, possibly after a CI prefix. */
const isBoxOpen = (raw: string) => raw.trimEnd().endsWith('╷') && !raw.includes('│');

export function segment(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = { kind: 'preamble', header: null, headerAddress: null, lines: [], startLine: 1 };
  const start = (b: Omit<Block, 'lines'>, first: string) => {
    if (current.lines.some((l) => l.trim())) blocks.push(current);
    current = { ...b, lines: [first] };
  };
  const rawLines = text.split('\n');
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i];
    if (isBoxOpen(raw)) {
      // A new diagnostic box: whatever follows belongs to a new block.
      if (current.lines.some((l) => l.trim())) blocks.push(current);
      current = { kind: 'preamble', header: null, headerAddress: null, lines: [], startLine: i + 2 };
      continue;
    }
    const line = normalizeLine(raw);
    const content = line.trimStart();
    let m: RegExpExecArray | null;
    if (WARNING_HEADER.test(content)) {
      start({ kind: 'warning', header: content, headerAddress: null, startLine: i + 1 }, line);
    } else if ((m = ERROR_HEADER.exec(content.replace(/^\*\s+(?=Error\b)/, '')))) {
      // "Error: X" → X; "Error applying plan:" keeps its words (they say what failed).
      const header = /^(?:Error|ERROR):/.test(m[0]) ? m[1] : m[0];
      start({ kind: 'error', header: header.trim(), headerAddress: null, startLine: i + 1 }, line);
    } else if ((m = ADDRESS_BULLET.exec(content))) {
      start({ kind: 'error', header: m[2].trim(), headerAddress: normalizeAddress(m[1]), startLine: i + 1 }, line);
    } else if ((m = ADDRESS_LINE.exec(content)) && !PROGRESS.test(m[2])) {
      start(
        { kind: 'error', header: m[2].replace(/^Error:?\s*/, '').trim(), headerAddress: normalizeAddress(m[1]), startLine: i + 1 },
        line,
      );
    } else {
      if (!current.lines.length && current.kind === 'preamble') current.startLine = i + 1;
      current.lines.push(line);
    }
  }
  if (current.lines.some((l) => l.trim())) blocks.push(current);
  return blocks;
}
