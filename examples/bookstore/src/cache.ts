import { Redis } from 'ioredis';

export const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379', { lazyConnect: true, maxRetriesPerRequest: 2 });

/** Read-through cache: a miss (or a cache outage) falls back to the loader. */
export async function cached<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
  try {
    const hit = await redis.get(key);
    if (hit) return JSON.parse(hit) as T;
  } catch {
    return load();
  }
  const value = await load();
  await redis.set(key, JSON.stringify(value), 'EX', ttlSeconds).catch(() => undefined);
  return value;
}
