// What happens to a queued payload: relayed to the repository's Actions as a repository_dispatch
// event (client_payload.alertmanager — GitHub allows 10 top-level keys, the payload sits under one),
// or investigated in this process. Each payload gets a supervisor of its own: a long-running server
// has no run deadline, each payload does.
import type { Logger } from '../core/log';
import { createGitHubClient } from '../github/client';
import { githubTarget, processPayloads } from '../incident/process';
import type { Settings } from '../settings';
import { InputError } from '../supervisor/errors';
import { supervisorForSettings } from '../supervisor/finalize';
import type { AwsCaller } from '../agent/types';
import type { Llm } from '../llm/types';
import type { ServeMetrics } from './metrics';
import type { PayloadHandler } from './server';
import type { AlertmanagerWebhook } from '../incident/payload';

export const DISPATCH_EVENT_TYPE = 'inframate-incident';

export function relayHandler(settings: Settings, log: Logger, metrics: ServeMetrics): PayloadHandler {
  const repo = githubTarget(settings);
  if (!repo || !settings.github.token)
    throw new InputError(
      'serve relays alerts to repository_dispatch: set GITHUB_TOKEN and --repo OWNER/NAME (or GITHUB_REPOSITORY), or use --investigate',
    );
  log.addSecret(settings.github.token);
  // One client (and supervisor: retries, the GitHub circuit breaker) serves many payloads; it is
  // renewed now and then so a long-running server's error records and deadline stay bounded.
  let client: { octokit: ReturnType<typeof createGitHubClient>; uses: number; since: number } | null = null;
  const octokitNow = () => {
    if (!client || client.uses >= 500 || Date.now() - client.since > 600_000) {
      const supervisor = supervisorForSettings(settings);
      client = {
        octokit: createGitHubClient({ token: settings.github.token!, baseUrl: settings.github.apiUrl, step: supervisor.run, log }),
        uses: 0,
        since: Date.now(),
      };
    }
    client.uses++;
    return client.octokit;
  };
  return async (payload) => {
    const octokit = octokitNow();
    try {
      await octokit.rest.repos.createDispatchEvent({
        ...repo,
        event_type: DISPATCH_EVENT_TYPE,
        client_payload: { alertmanager: fitForDispatch(payload) },
      });
      metrics.relays.ok++;
    } catch (error) {
      metrics.relays.failed++;
      throw error;
    }
  };
}

export function investigateHandler(
  settings: Settings,
  log: Logger,
  metrics: ServeMetrics,
  deps: { aws?: AwsCaller; llm?: Llm | null } = {},
): PayloadHandler {
  return async (payload) => {
    const supervisor = supervisorForSettings(settings);
    try {
      await processPayloads([payload], { settings, step: supervisor.run, log, aws: deps.aws, llm: deps.llm });
      metrics.investigations.ok++;
    } catch (error) {
      metrics.investigations.failed++;
      throw error;
    }
  };
}

/** GitHub refuses a client_payload of 64 KB or more: keep the newest alerts, count the rest as truncated (as Alertmanager's max_alerts does). */
export const DISPATCH_PAYLOAD_LIMIT = 60_000;

export function fitForDispatch(payload: AlertmanagerWebhook, limit = DISPATCH_PAYLOAD_LIMIT): AlertmanagerWebhook {
  const size = (p: AlertmanagerWebhook) => Buffer.byteLength(JSON.stringify({ alertmanager: p }));
  if (size(payload) < limit) return payload;
  const alerts = [...payload.alerts].sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  let lo = 0;
  let hi = alerts.length;
  // The largest prefix of the newest alerts that fits.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (size({ ...payload, alerts: alerts.slice(0, mid) }) < limit) lo = mid;
    else hi = mid - 1;
  }
  const kept = alerts.slice(0, Math.max(1, lo)).map((a) => (lo === 0 ? { ...a, annotations: {} } : a));
  return { ...payload, alerts: kept, truncatedAlerts: (payload.truncatedAlerts ?? 0) + payload.alerts.length - kept.length };
}
