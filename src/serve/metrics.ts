// Prometheus text exposition (format 0.0.4) of what serve did: requests by route and status,
// alerts and incidents accepted, relays and investigations by outcome, queue depth, latency.
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class ServeMetrics {
  readonly requests = new Map<string, number>();
  alertsAccepted = 0;
  readonly incidents = new Set<string>();
  readonly investigations = { ok: 0, failed: 0 };
  readonly relays = { ok: 0, failed: 0 };
  private readonly buckets = LATENCY_BUCKETS.map(() => 0);
  private latencySum = 0;
  private latencyCount = 0;
  /** Every observed latency (ms) of accepted POST /alerts, for the load test's percentiles. */
  readonly acceptLatenciesMs: number[] = [];

  request(route: string, code: number, seconds: number): void {
    const key = `${route}\u0000${code}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    if (route !== '/alerts') return;
    this.latencySum += seconds;
    this.latencyCount++;
    LATENCY_BUCKETS.forEach((b, i) => {
      if (seconds <= b) this.buckets[i]++;
    });
  }

  render(queueDepth: number): string {
    const out: string[] = [];
    out.push(
      '# HELP inframate_serve_requests_total HTTP requests by route and status code.',
      '# TYPE inframate_serve_requests_total counter',
    );
    for (const [key, n] of [...this.requests].sort()) {
      const [route, code] = key.split('\u0000');
      out.push(`inframate_serve_requests_total{route="${route}",code="${code}"} ${n}`);
    }
    out.push(
      '# HELP inframate_serve_alerts_accepted_total Alertmanager payloads accepted (202) and queued.',
      '# TYPE inframate_serve_alerts_accepted_total counter',
      `inframate_serve_alerts_accepted_total ${this.alertsAccepted}`,
    );
    out.push(
      '# HELP inframate_serve_incidents_total Distinct incidents seen.',
      '# TYPE inframate_serve_incidents_total counter',
      `inframate_serve_incidents_total ${this.incidents.size}`,
    );
    out.push(
      '# HELP inframate_serve_investigations_total Investigations run in this process, by outcome.',
      '# TYPE inframate_serve_investigations_total counter',
    );
    for (const [k, v] of Object.entries(this.investigations)) out.push(`inframate_serve_investigations_total{outcome="${k}"} ${v}`);
    out.push(
      '# HELP inframate_serve_relays_total Payloads relayed to repository_dispatch, by outcome.',
      '# TYPE inframate_serve_relays_total counter',
    );
    for (const [k, v] of Object.entries(this.relays)) out.push(`inframate_serve_relays_total{outcome="${k}"} ${v}`);
    out.push(
      '# HELP inframate_serve_queue_depth Accepted payloads not yet handled.',
      '# TYPE inframate_serve_queue_depth gauge',
      `inframate_serve_queue_depth ${queueDepth}`,
    );
    out.push(
      '# HELP inframate_serve_request_duration_seconds Latency of POST /alerts.',
      '# TYPE inframate_serve_request_duration_seconds histogram',
    );
    LATENCY_BUCKETS.forEach((b, i) => out.push(`inframate_serve_request_duration_seconds_bucket{le="${b}"} ${this.buckets[i]}`));
    out.push(`inframate_serve_request_duration_seconds_bucket{le="+Inf"} ${this.latencyCount}`);
    out.push(
      `inframate_serve_request_duration_seconds_sum ${this.latencySum.toFixed(6)}`,
      `inframate_serve_request_duration_seconds_count ${this.latencyCount}`,
    );
    return out.join('\n') + '\n';
  }
}
