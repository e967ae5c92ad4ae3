// Terraform's format() verbs (a subset of Go's fmt): %s %d %f %t %v %q %x %X %o %b %e %%, with flags,
// width, precision and explicit argument indexes (%[2]s).
import type { TfValue } from './model';
import { EvalError, formatNumber, toNum, toStr, typeName } from './evaluate-values';
import { isUnknown } from './model';

const VERB = /%(?:\[(\d+)\])?([-+ #0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g;

function asString(v: TfValue): string {
  const s = toStr(v);
  if (isUnknown(s)) throw new EvalError('unexpected unknown value');
  return s;
}

function asNumber(v: TfValue): number {
  const n = toNum(v);
  if (isUnknown(n)) throw new EvalError('unexpected unknown value');
  return n;
}

function pad(s: string, flags: string, width: number | undefined): string {
  if (width === undefined || s.length >= width) return s;
  if (flags.includes('-')) return s.padEnd(width);
  if (flags.includes('0') && /^[+-]?\d/.test(s)) {
    const sign = /^[+-]/.test(s) ? s[0]! : '';
    return sign + s.slice(sign.length).padStart(width - sign.length, '0');
  }
  return s.padStart(width);
}

function render(verb: string, v: TfValue, flags: string, precision: number | undefined): string {
  const signed = (n: number, s: string): string => (n >= 0 && flags.includes('+') ? '+' + s : s);
  switch (verb) {
    case 's':
      return precision === undefined ? asString(v) : asString(v).slice(0, precision);
    case 'v':
      return typeof v === 'object' && v !== null ? JSON.stringify(v) : asString(v);
    case 'q':
      return JSON.stringify(asString(v));
    case 't':
      if (typeof v !== 'boolean') throw new EvalError(`%t needs a bool, got ${typeName(v)}`);
      return String(v);
    case 'd': {
      const n = asNumber(v);
      if (!Number.isInteger(n)) throw new EvalError(`%d needs a whole number, got ${n}`);
      return signed(n, formatNumber(n));
    }
    case 'f':
    case 'F': {
      const n = asNumber(v);
      return signed(n, n.toFixed(precision ?? 6));
    }
    case 'e':
    case 'E': {
      const n = asNumber(v);
      const s = n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      return signed(n, verb === 'E' ? s.toUpperCase() : s);
    }
    case 'g':
      return formatNumber(asNumber(v));
    case 'x':
    case 'X': {
      const s = typeof v === 'number' ? Math.trunc(v).toString(16) : Buffer.from(asString(v), 'utf8').toString('hex');
      return verb === 'X' ? s.toUpperCase() : s;
    }
    case 'o':
      return Math.trunc(asNumber(v)).toString(8);
    case 'b':
      return Math.trunc(asNumber(v)).toString(2);
    default:
      throw new EvalError(`unsupported format verb %${verb}`);
  }
}

export function formatValue(spec: string, args: TfValue[]): string {
  let next = 0;
  return spec.replace(
    VERB,
    (_m, index: string | undefined, flags: string, width: string | undefined, precision: string | undefined, verb: string) => {
      if (verb === '%') return '%';
      if (index !== undefined) next = Number(index) - 1;
      if (next >= args.length) throw new EvalError(`not enough arguments for format string ${JSON.stringify(spec)}`);
      const v = args[next++]!;
      return pad(
        render(verb, v, flags, precision === undefined ? undefined : Number(precision)),
        flags,
        width === undefined ? undefined : Number(width),
      );
    },
  );
}
