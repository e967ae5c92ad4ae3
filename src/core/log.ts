// Progress goes to stderr (results go to stdout). Registered secrets are masked in every line.
export interface Logger {
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string, where?: { file?: string; line?: number }): void;
  error(msg: string, where?: { file?: string; line?: number }): void;
  /** Never print this value again. */
  addSecret(value: string): void;
  mask(text: string): string;
}

export interface LoggerOptions {
  quiet?: boolean;
  verbose?: boolean;
  write?: (line: string) => void;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const secrets = new Set<string>();
  const write = opts.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const mask = (text: string): string => {
    let out = text;
    for (const s of secrets) out = out.split(s).join('***');
    return out;
  };
  const loc = (w?: { file?: string; line?: number }) => (w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '');
  return {
    debug: (m) => {
      if (opts.verbose) write(mask(`debug: ${m}`));
    },
    info: (m) => {
      if (!opts.quiet) write(mask(m));
    },
    warn: (m, w) => write(mask(`warning: ${loc(w)}${m}`)),
    error: (m, w) => write(mask(`error: ${loc(w)}${m}`)),
    addSecret: (v) => {
      if (v && v.length >= 4) secrets.add(v);
    },
    mask,
  };
}
