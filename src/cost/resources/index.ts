// Every priced resource type, one pricer each.
import type { Pricer } from '../components';
import { COMPUTE_PRICERS } from './compute';
import { DATABASE_PRICERS } from './database';
import { EXTRA_PRICERS } from './extra';
import { NETWORK_PRICERS } from './network';
import { SERVICE_PRICERS } from './services';

export const PRICERS: Readonly<Record<string, Pricer>> = {
  ...COMPUTE_PRICERS,
  ...NETWORK_PRICERS,
  ...DATABASE_PRICERS,
  ...SERVICE_PRICERS,
  ...EXTRA_PRICERS,
};

export const PRICED_TYPES = Object.keys(PRICERS).sort();
