// serve: the HTTP receiver for Alertmanager webhooks (contracts §3.11). Runs until SIGTERM/SIGINT,
// then drains and reports what it did.
import { investigateHandler, relayHandler } from '../serve/handlers';
import { AlertServer, type ServeStats } from '../serve/server';
import { InputError } from '../supervisor/errors';
import type { BaseReport, CommandContext, CommandModule } from './types';

export interface ServeReport extends BaseReport {
  command: 'serve';
  url: string;
  mode: 'relay' | 'investigate';
  stats: ServeStats;
}

export function createAlertServer(ctx: Pick<CommandContext, 'settings' | 'log'>): { server: AlertServer; mode: ServeReport['mode'] } {
  const { settings, log } = ctx;
  const token = settings.serve.token;
  if (!token) throw new InputError('INFRAMATE_SERVE_TOKEN is not set: serve refuses to start without a bearer token');
  if (token.length < 16) throw new InputError('INFRAMATE_SERVE_TOKEN is shorter than 16 characters: use a long random token');
  log.addSecret(token);
  const mode = settings.serve.investigate ? 'investigate' : 'relay';
  // The handler is built after the server so it can count into the same metrics.
  let handle: ReturnType<typeof relayHandler> = async () => undefined;
  const server = new AlertServer({
    host: settings.serve.host,
    port: settings.port ?? 8080,
    token,
    queueDir: settings.serve.queueDir,
    rateLimitPerMinute: settings.serve.rateLimitPerMinute,
    handle: (p, item) => handle(p, item),
    log,
  });
  handle = mode === 'relay' ? relayHandler(settings, log, server.metrics) : investigateHandler(settings, log, server.metrics);
  return { server, mode };
}

async function run(ctx: CommandContext): Promise<ServeReport> {
  const { server, mode } = createAlertServer(ctx);
  await server.start();
  ctx.log.info(`serve: listening on ${server.url} (${mode}); POST /alerts, GET /health, GET /metrics`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  ctx.log.info('serve: shutting down, draining the queue');
  const url = server.url;
  const stats = await server.stop();
  ctx.log.info(
    `serve: accepted ${stats.accepted}, handled ${stats.handled}, failed ${stats.failed}, left in the queue ${stats.leftInQueue}`,
  );
  return { schemaVersion: 1, command: 'serve', url, mode, stats, errors: { errors: [], total: 0, recovered: 0, unrecovered: 0 } };
}

const serve: CommandModule<ServeReport> = {
  name: 'serve',
  usage: 'serve [--port N] [--host HOST] [--investigate]',
  summary: 'HTTP receiver for Alertmanager webhooks',
  available: true,
  formats: ['markdown', 'json'],
  run,
  renderMarkdown: (r) =>
    `# inframate serve\n\nServed on ${r.url} (${r.mode}). Accepted ${r.stats.accepted}, handled ${r.stats.handled}, failed ${r.stats.failed}, left in the queue ${r.stats.leftInQueue} (picked up at the next start).\n`,
};

export default serve;
