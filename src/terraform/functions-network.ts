// IP network functions (cidrsubnet, cidrsubnets, cidrhost, cidrnetmask), implemented for real on IPv4 and IPv6
// with BigInt arithmetic, because subnet layouts feed VPC and security-group checks.
import type { TfValue } from './model';
import type { TfFunction } from './functions';
import { EvalError, toNum, toStr } from './evaluate-values';
import { isUnknown } from './model';

interface Cidr {
  v6: boolean;
  addr: bigint;
  prefix: number;
}

const bits = (c: Cidr): number => (c.v6 ? 128 : 32);

function text(v: TfValue): string {
  const s = toStr(v);
  if (isUnknown(s)) throw new EvalError('unexpected unknown value');
  return s;
}

function int(v: TfValue): number {
  const n = toNum(v);
  if (isUnknown(n) || !Number.isInteger(n)) throw new EvalError('expected a whole number');
  return n;
}

function parseV4(s: string): bigint {
  const parts = s.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) throw new EvalError(`invalid IPv4 address "${s}"`);
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

function parseV6(s: string): bigint {
  const join = (groups: bigint[]): bigint => groups.reduce((acc, g) => (acc << 16n) | g, 0n);
  // An embedded IPv4 suffix (::ffff:1.2.3.4) fills the last two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (!v4) return join(expandV6(s));
  const n = parseV4(v4[1]!);
  const groups = expandV6(s.slice(0, -v4[1]!.length) + '0:0');
  groups[6] = n >> 16n;
  groups[7] = n & 0xffffn;
  return join(groups);
}

function expandV6(s: string): bigint[] {
  const halves = s.split('::');
  if (halves.length > 2) throw new EvalError(`invalid IPv6 address "${s}"`);
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - rest.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) throw new EvalError(`invalid IPv6 address "${s}"`);
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  return groups.map((g) => {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) throw new EvalError(`invalid IPv6 address "${s}"`);
    return BigInt(parseInt(g, 16));
  });
}

// Subnet layouts repeat across modules and environments; parsed prefixes are cached by their text.
const cidrCache = new Map<string, Cidr>();

export function parseCidr(s: string): Cidr {
  let hit = cidrCache.get(s);
  if (!hit) {
    hit = parseCidrText(s);
    if (cidrCache.size > 10_000) cidrCache.clear();
    cidrCache.set(s, hit);
  }
  return hit;
}

function parseCidrText(s: string): Cidr {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s.trim());
  if (!m) throw new EvalError(`invalid CIDR address "${s}"`);
  const v6 = m[1]!.includes(':');
  const prefix = Number(m[2]);
  if (prefix > (v6 ? 128 : 32)) throw new EvalError(`invalid prefix length in "${s}"`);
  const addr = v6 ? parseV6(m[1]!) : parseV4(m[1]!);
  const width = v6 ? 128 : 32;
  const mask = ((1n << BigInt(width)) - 1n) ^ ((1n << BigInt(width - prefix)) - 1n);
  return { v6, addr: addr & mask, prefix };
}

export function formatAddr(addr: bigint, v6: boolean): string {
  if (!v6) return [24n, 16n, 8n, 0n].map((s) => String((addr >> s) & 255n)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => (addr >> BigInt(112 - 16 * i)) & 0xffffn);
  // Compress the longest run of zero groups (at least two), as RFC 5952 asks.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0n) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0n) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

function subnet(c: Cidr, newbits: number, netnum: number): Cidr {
  const prefix = c.prefix + newbits;
  if (newbits < 0 || prefix > bits(c)) throw new EvalError(`insufficient address space to extend prefix of ${c.prefix} by ${newbits}`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits))
    throw new EvalError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  return { v6: c.v6, addr: c.addr | (BigInt(netnum) << BigInt(bits(c) - prefix)), prefix };
}

const show = (c: Cidr): string => `${formatAddr(c.addr, c.v6)}/${c.prefix}`;

export const NETWORK_FUNCTIONS: Record<string, TfFunction> = {
  cidrsubnet: { fn: (a) => show(subnet(parseCidr(text(a[0]!)), int(a[1]!), int(a[2]!))) },
  cidrsubnets: {
    fn: (a) => {
      const base = parseCidr(text(a[0]!));
      let next = base.addr;
      return a.slice(1).map((nb) => {
        const prefix = base.prefix + int(nb);
        if (prefix > bits(base)) throw new EvalError('insufficient address space');
        const size = 1n << BigInt(bits(base) - prefix);
        next = ((next + size - 1n) / size) * size; // align to the new subnet size
        const c = { v6: base.v6, addr: next, prefix };
        next += size;
        if (next > base.addr + (1n << BigInt(bits(base) - base.prefix)))
          throw new EvalError('not enough remaining address space for a subnet');
        return show(c);
      });
    },
  },
  cidrhost: {
    fn: (a) => {
      const c = parseCidr(text(a[0]!));
      const size = 1n << BigInt(bits(c) - c.prefix);
      let host = BigInt(int(a[1]!));
      if (host < 0n) host += size;
      if (host < 0n || host >= size) throw new EvalError(`prefix of ${c.prefix} does not accommodate a host numbered ${a[1] as number}`);
      return formatAddr(c.addr + host, c.v6);
    },
  },
  cidrnetmask: {
    fn: (a) => {
      const c = parseCidr(text(a[0]!));
      if (c.v6) throw new EvalError('only IPv4 networks have a netmask');
      return formatAddr((0xffffffffn << BigInt(32 - c.prefix)) & 0xffffffffn, false);
    },
  },
};
