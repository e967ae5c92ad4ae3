// The price book of one region: a lookup by price key, us-east-1 list prices adjusted by the
// region's published figures. Instance prices use keys "<service>:<instance type>".
import { InputError } from '../../supervisor/errors';
import {
  AURORA_FAMILIES,
  DOCDB_FAMILIES,
  EC2_FAMILIES,
  ELASTICACHE_FAMILIES,
  familyHourly,
  MSK_BROKERS,
  NEPTUNE_FAMILIES,
  OPENSEARCH_FAMILIES,
  RDS_FAMILIES,
  RDS_POSTGRES_FAMILIES,
  REDSHIFT_NODES,
  type FamilyPrice,
} from './instances';
import { REGIONS } from './regions';
import { reservedRate, type ReservedClass, type ReservedPayment, type ReservedRate, type ReservedTerm } from './reserved';
import { BASE_PRICES, PRICE_DATE, PRICE_SOURCE } from './us-east-1';

export { PRICE_DATE, PRICE_SOURCE };
export const SUPPORTED_REGIONS = Object.keys(REGIONS);

const FAMILY_TABLES: Record<string, Record<string, FamilyPrice>> = {
  ec2: EC2_FAMILIES,
  'rds-mysql': RDS_FAMILIES,
  'rds-postgres': { ...RDS_FAMILIES, ...RDS_POSTGRES_FAMILIES },
  aurora: AURORA_FAMILIES,
  elasticache: ELASTICACHE_FAMILIES,
  opensearch: OPENSEARCH_FAMILIES,
  docdb: DOCDB_FAMILIES,
  neptune: NEPTUNE_FAMILIES,
};
const FLAT_TABLES: Record<string, Record<string, number>> = { redshift: REDSHIFT_NODES, msk: MSK_BROKERS };

export interface PriceBook {
  region: string;
  date: string;
  /** Price for a key, or undefined when the table has none. */
  get(key: string): number | undefined;
  /** Hourly price of an instance type for a service ("ec2", "rds-mysql", "aurora", …). */
  instance(service: string, type: string): number | undefined;
  /**
   * A reservation's recurring hourly rate and upfront fee ("ec2", "t3.medium", …), or undefined when
   * the table has none. Outside us-east-1 both are scaled by the service's regional ratio.
   */
  reserved(
    service: string,
    variant: string,
    offeringClass: ReservedClass | '-',
    term: ReservedTerm,
    payment: ReservedPayment,
  ): ReservedRate | undefined;
}

function usEast1(service: string, type: string): number | undefined {
  const family = FAMILY_TABLES[service];
  if (family) return familyHourly(family, type);
  return FLAT_TABLES[service]?.[type];
}

// Ten decimals: sub-cent unit prices (Lambda GB-seconds) must survive the regional ratio intact.
const roundPrice = (n: number) => Math.round(n * 1e10) / 1e10;

export function priceBook(region: string): PriceBook {
  const r = REGIONS[region];
  if (!r) {
    throw new InputError(`no price table for region "${region}" (priced regions: ${SUPPORTED_REGIONS.join(', ')})`);
  }
  const ratioFor = (key: string): number => {
    const prefix = key.split(/[.:-]/)[0];
    return r.ratios[prefix] ?? 1;
  };
  const get = (key: string): number | undefined => {
    if (key in r.overrides) return r.overrides[key];
    const base = BASE_PRICES[key];
    return base === undefined ? undefined : roundPrice(base * ratioFor(key));
  };
  return {
    region,
    date: PRICE_DATE,
    get,
    instance(service, type) {
      const override = r.overrides[`${service}:${type}`];
      if (override !== undefined) return override;
      const base = usEast1(service, type);
      return base === undefined ? undefined : roundPrice(base * ratioFor(service));
    },
    reserved(service, variant, offeringClass, term, payment) {
      const rate = reservedRate(service, variant, offeringClass, term, payment);
      if (!rate) return undefined;
      const ratio = ratioFor(service);
      return { hourly: roundPrice(rate.hourly * ratio), upfront: rate.upfront === null ? null : roundPrice(rate.upfront * ratio) };
    },
  };
}
