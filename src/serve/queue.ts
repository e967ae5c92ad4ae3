// The durable queue between accepting an alert and acting on it: every accepted payload is a file
// written, fsynced and renamed into place (then the directory fsynced) before the 202 goes out, so
// a crash or SIGTERM loses nothing that was acknowledged. Files left at shutdown are picked up by
// the next start.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface QueuedItem {
  id: string;
  file: string;
  receivedAt: string;
  body: string;
  attempts: number;
}

export class DurableQueue {
  private seq = 0;
  private readonly pending: string[] = [];
  private waiters: (() => void)[] = [];
  private ready: Promise<void> | null = null;

  constructor(readonly dir: string) {}

  /** Create the directories and pick up what an earlier run left. */
  async init(): Promise<number> {
    this.ready ??= (async () => {
      await mkdir(this.dir, { recursive: true });
      await mkdir(join(this.dir, 'failed'), { recursive: true });
      const left = (await readdir(this.dir)).filter((f) => f.endsWith('.json')).sort();
      this.pending.push(...left);
    })();
    await this.ready;
    return this.pending.length;
  }

  get depth(): number {
    return this.pending.length;
  }

  /** Write durably, then make it visible to the worker. Resolves only when the bytes are on disk. */
  async enqueue(body: string): Promise<string> {
    const id = `${Date.now().toString().padStart(14, '0')}-${String(this.seq++).padStart(8, '0')}-${randomUUID().slice(0, 8)}`;
    const name = `${id}.json`;
    const tmp = join(this.dir, `.${name}.tmp`);
    const record = JSON.stringify({ id, receivedAt: new Date().toISOString(), attempts: 0, body });
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(record);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, join(this.dir, name));
    await this.syncDir();
    this.pending.push(name);
    this.waiters.splice(0).forEach((w) => w());
    return id;
  }

  private dirSync: Promise<void> | null = null;
  private dirSyncNext: Promise<void> | null = null;

  /**
   * Group commit of the directory entry: concurrent enqueues share one directory fsync. A caller
   * whose rename may have raced a sync already running waits for the next one.
   */
  private syncDir(): Promise<void> {
    if (!this.dirSync) {
      this.dirSync = this.fsyncDir().finally(() => {
        this.dirSync = null;
      });
      return this.dirSync;
    }
    this.dirSyncNext ??= this.dirSync.then(() => {
      this.dirSyncNext = null;
      return this.syncDir();
    });
    return this.dirSyncNext;
  }

  private async fsyncDir(): Promise<void> {
    try {
      const d = await open(this.dir, 'r');
      try {
        await d.sync();
      } finally {
        await d.close();
      }
    } catch {
      // Some filesystems refuse to fsync a directory; the rename is still atomic.
    }
  }

  /** The oldest item, waiting up to `waitMs` for one. */
  async next(waitMs: number): Promise<QueuedItem | null> {
    if (!this.pending.length) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, waitMs);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    const name = this.pending.shift();
    if (!name) return null;
    const file = join(this.dir, name);
    try {
      const rec = JSON.parse(await readFile(file, 'utf8')) as Omit<QueuedItem, 'file'>;
      return { ...rec, file };
    } catch {
      // An unreadable entry (disk trouble, a foreign file) is set aside, never retried forever.
      await rename(file, join(this.dir, 'failed', name)).catch(() => undefined);
      return null;
    }
  }

  async done(item: QueuedItem): Promise<void> {
    await rm(item.file, { force: true });
  }

  /** Put an item back (it stays on disk) to be tried again later. */
  retryLater(item: QueuedItem): void {
    this.pending.push(item.file.split('/').pop()!);
  }

  async fail(item: QueuedItem): Promise<void> {
    await rename(item.file, join(this.dir, 'failed', item.file.split('/').pop()!));
  }

  /** Wake a worker waiting in next(). */
  wake(): void {
    this.waiters.splice(0).forEach((w) => w());
  }
}
