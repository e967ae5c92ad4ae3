// Logs arrive coloured, timestamped and wrapped by CI runners. Everything that is presentation,
// not error text, is removed here, and the size is bounded before any pattern runs.

/** Larger logs keep their head and tail: errors are usually at the end, the command at the start. */
export const MAX_LOG_CHARS = 2_000_000;
const HEAD_CHARS = 200_000;
/** Longer lines are cut: a pattern never runs over an unbounded line. */
export const MAX_LINE_CHARS = 8_000;

// CSI and OSC escape sequences, and colour codes whose ESC byte was lost in copy/paste (shown as U+FFFD).
// eslint-disable-next-line no-control-regex -- matching terminal escape sequences is the point
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|\uFFFD\[[0-9;]*m/g;
const GITHUB_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/;
const GITHUB_MARKER = /^##\[(?:error|warning|notice|debug|group|endgroup|command|section)\]/i;
const WORKFLOW_COMMAND = /^::(?:error|warning|notice|debug)(?: [^:]*)?::/;
const GITLAB_SECTION = /section_(?:start|end):\d+:[\w.-]+\r?/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export interface CleanedLog {
  text: string;
  truncated: boolean;
  originalChars: number;
}

/** JSON-escaped multi-line text inside one log line (a tool logging Terraform's output as a string). */
function expandEscapedNewlines(line: string): string {
  const escapes = line.match(/\\n/g)?.length ?? 0;
  if (escapes < 2 || !/error/i.test(line)) return line;
  const SLASH = '\u{F8FF}'; // a private-use placeholder for escaped backslashes
  return line.split('\\\\').join(SLASH).replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\"/g, '"').split(SLASH).join('\\');
}

export function cleanLog(raw: string): CleanedLog {
  const originalChars = raw.length;
  let text = raw;
  let truncated = false;
  if (text.length > MAX_LOG_CHARS) {
    text = `${text.slice(0, HEAD_CHARS)}\n[… ${text.length - MAX_LOG_CHARS} characters left out …]\n${text.slice(text.length - (MAX_LOG_CHARS - HEAD_CHARS))}`;
    truncated = true;
  }
  text = stripAnsi(text).replace(GITLAB_SECTION, '');
  const out: string[] = [];
  for (let line of text.split('\n')) {
    line = line.replace(/\r$/, '');
    if (line.includes('\r')) line = line.slice(line.lastIndexOf('\r') + 1); // progress bars redraw the line
    line = line.replace(GITHUB_TIMESTAMP, '').replace(GITHUB_MARKER, '').replace(WORKFLOW_COMMAND, '');
    if (line.length > MAX_LINE_CHARS) line = `${line.slice(0, MAX_LINE_CHARS)} […]`;
    out.push(...expandEscapedNewlines(line).split('\n'));
  }
  return { text: out.join('\n'), truncated, originalChars };
}
