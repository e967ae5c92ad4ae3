// gp3 is 20% cheaper per GB than gp2 and includes 3,000 IOPS / 125 MBps regardless of size.
import { isUnknown, type TfValue } from '../../terraform/model';
import { attr, str } from '../components';
import { difference } from './common';
import { setAttributePatch, setNestedPatch } from './patch';
import type { SavingsRule } from './types';

const BLOCKS = ['root_block_device', 'ebs_block_device'];

export const ebsGp3: SavingsRule = {
  id: 'cost-ebs-gp3',
  title: 'Use gp3 instead of gp2 volumes',
  resourceTypes: ['aws_ebs_volume', 'aws_instance'],
  evaluate(ctx) {
    const r = ctx.resource;
    if (r.type === 'aws_ebs_volume') {
      const type = str(attr(r, 'type')) ?? 'gp2';
      if (type !== 'gp2') return [];
      const saving = difference(ctx.cost, ctx.reprice({ ...r.attributes, type: 'gp3' }));
      if (saving === null || saving <= 0) return [];
      return [
        {
          message: `gp2 volume: gp3 costs less per GB and includes 3,000 IOPS and 125 MBps`,
          monthlySavings: saving,
          patch: setAttributePatch(r, 'type', 'gp3'),
        },
      ];
    }
    const changed: Record<string, TfValue> = { ...r.attributes };
    const touched: string[] = [];
    for (const block of BLOCKS) {
      const items = r.attributes[block];
      if (!Array.isArray(items)) continue;
      changed[block] = items.map((b) => {
        if (!b || typeof b !== 'object' || Array.isArray(b) || isUnknown(b)) return b;
        const obj = b as Record<string, TfValue>;
        if (obj.volume_size === undefined || (obj.volume_type !== undefined && obj.volume_type !== 'gp2')) return b;
        if (!touched.includes(block)) touched.push(block);
        return { ...obj, volume_type: 'gp3' };
      });
    }
    if (touched.length === 0) return [];
    const saving = difference(ctx.cost, ctx.reprice(changed));
    if (saving === null || saving <= 0) return [];
    return [
      {
        message: `gp2 ${touched.join(' and ')}: gp3 costs less per GB at the same baseline performance`,
        monthlySavings: saving,
        patch: setNestedPatch(r, touched[0], 'volume_type', 'gp3'),
      },
    ];
  },
};
