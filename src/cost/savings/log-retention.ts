// A log group without retention keeps every byte forever; storage grows every month.
import { attr, num, round } from '../components';
import { setAttributePatch } from './patch';
import type { SavingsRule } from './types';

export const RETENTION_DAYS = 30;

export const logRetention: SavingsRule = {
  id: 'cost-log-retention',
  title: 'Set a retention period on log groups',
  resourceTypes: ['aws_cloudwatch_log_group'],
  evaluate(ctx) {
    const r = ctx.resource;
    const days = num(attr(r, 'retention_in_days'));
    if (days !== undefined && days !== 0) return [];
    // With retention, stored logs settle at about RETENTION_DAYS of ingestion.
    const ingest = ctx.cost?.components.find((c) => c.name === 'Data ingested')?.monthlyQuantity ?? null;
    const storage = ctx.cost?.components.find((c) => c.name === 'Archival storage');
    let saving: number | null = null;
    if (ingest !== null && storage?.monthlyQuantity != null && storage.price !== null) {
      const kept = ingest * (RETENTION_DAYS / 30);
      saving = round(Math.max(0, storage.monthlyQuantity - kept) * storage.price, 2);
    }
    return [
      {
        message: `log group keeps logs forever; ${RETENTION_DAYS} days of retention caps its storage`,
        monthlySavings: saving,
        patch: setAttributePatch(r, 'retention_in_days', RETENTION_DAYS),
      },
    ];
  },
};
