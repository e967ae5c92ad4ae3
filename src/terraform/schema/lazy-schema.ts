// The bundled provider schema read through its bundle-time index (bundled-index.ts): the header is
// taken from the index, and each type's entry is parsed from the uncompressed JSON on first lookup.
// It reads like the parsed JSON: same keys in the same order, same values.
import type { SchemaIndex } from './bundled-index';

function lazySection(bytes: Buffer, names: string[], offsets: number[]): Record<string, unknown> {
  const where = new Map<string, number>();
  names.forEach((n, i) => where.set(n, i));
  const parsed = new Map<string, unknown>();
  const keys = () => [...where.keys(), ...[...parsed.keys()].filter((k) => !where.has(k))];
  const has = (key: string) => where.has(key) || parsed.has(key);
  const value = (key: string) => {
    if (!parsed.has(key)) {
      const i = where.get(key)!;
      parsed.set(key, JSON.parse(bytes.toString('utf8', offsets[2 * i], offsets[2 * i + 1])));
    }
    return parsed.get(key);
  };
  return new Proxy({} as Record<string, unknown>, {
    get: (target, key, receiver) => (typeof key === 'string' && has(key) ? value(key) : Reflect.get(target, key, receiver)),
    has: (target, key) => (typeof key === 'string' && has(key)) || Reflect.has(target, key),
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_target, key) =>
      typeof key === 'string' && has(key) ? { value: value(key), writable: true, enumerable: true, configurable: true } : undefined,
    set: (target, key, v, receiver) => {
      if (typeof key !== 'string') return Reflect.set(target, key, v, receiver);
      parsed.set(key, v);
      return true;
    },
    deleteProperty: (target, key) => {
      if (typeof key !== 'string') return Reflect.deleteProperty(target, key);
      where.delete(key);
      parsed.delete(key);
      return true;
    },
  });
}

/** The schema document from its uncompressed bytes and the index describing them. */
export function lazySchema(bytes: Buffer, index: SchemaIndex): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  for (const key of index.order) {
    const s = index.sections[key];
    doc[key] = s ? lazySection(bytes, s.names, s.offsets) : structuredClone(index.header[key]);
  }
  return doc;
}
