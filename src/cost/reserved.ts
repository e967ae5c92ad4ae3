// Reserved instances: the usage file's reserved_instance_type / _term / _payment_option (Infracost's
// keys) turn an instance charge into a reservation's recurring hourly charge plus its upfront fee
// spread over the term's months. Invalid values never reach here: the usage parser drops them with
// a warning naming the file and line (src/cost/usage.ts).
import type { Unknown } from '../terraform/model';
import { component, HOURS_PER_MONTH, instanceHours, unknownComponent, type PricingContext } from './components';
import {
  RESERVED_CLASSES,
  RESERVED_LEGACY_PAYMENTS,
  RESERVED_PAYMENTS,
  RESERVED_TERMS,
  TERM_MONTHS,
  type ReservedClass,
  type ReservedPayment,
  type ReservedTerm,
} from './prices/reserved';
import type { CostComponent, UsageSettings } from './types';

export interface Reservation {
  term: ReservedTerm;
  payment: ReservedPayment;
  /** EC2's offering class; "-" for services that have none (RDS, ElastiCache, hosts, …). */
  offeringClass: ReservedClass | '-';
}

/** The values each reservation setting accepts (the usage parser checks them). */
export const RESERVED_SETTING_VALUES: Record<string, readonly string[]> = {
  reserved_instance_term: RESERVED_TERMS,
  reserved_instance_payment_option: [...RESERVED_PAYMENTS, ...RESERVED_LEGACY_PAYMENTS],
  reserved_instance_type: RESERVED_CLASSES,
};

/** Resource types whose reservations have an offering class (EC2 instances). */
const WITH_CLASS = new Set(['aws_instance', 'aws_autoscaling_group', 'aws_eks_node_group']);
/** Types whose reservations include the legacy utilization offerings. */
const LEGACY_OFFERINGS = new Set(['aws_elasticache_cluster', 'aws_elasticache_replication_group']);
/** RDS sells no 3-year No Upfront reservation. */
const NO_3YR_NO_UPFRONT = new Set(['aws_db_instance', 'aws_rds_cluster_instance']);

/** A combination the service does not sell, as a message; undefined when it is sold. */
export function unsoldCombination(type: string, term: string | undefined, payment: string | undefined): string | undefined {
  if (NO_3YR_NO_UPFRONT.has(type) && term === '3_year' && payment === 'no_upfront')
    return 'RDS sells no 3-year No Upfront reservation (1_year, or partial_upfront / all_upfront)';
  if (payment && (RESERVED_LEGACY_PAYMENTS as readonly string[]).includes(payment) && !LEGACY_OFFERINGS.has(type))
    return `${payment} is an ElastiCache legacy offering only (no_upfront, partial_upfront or all_upfront)`;
  return undefined;
}

type Asked = { reservation: Reservation } | { note: string } | undefined;

/** The reservation the usage settings ask for: undefined when none, a note when incomplete. */
export function reservationOf(settings: UsageSettings, type: string): Asked {
  const term = settings.reserved_instance_term as ReservedTerm | undefined;
  const payment = settings.reserved_instance_payment_option as ReservedPayment | undefined;
  const cls = settings.reserved_instance_type as ReservedClass | undefined;
  const withClass = WITH_CLASS.has(type);
  if (term === undefined && payment === undefined && (cls === undefined || !withClass)) return undefined;
  const needed = withClass
    ? 'reserved_instance_type, reserved_instance_term and reserved_instance_payment_option'
    : 'reserved_instance_term and reserved_instance_payment_option';
  if (!term || !payment || (withClass && !cls)) return { note: `a reservation needs ${needed}: priced on-demand` };
  const unsold = unsoldCombination(type, term, payment);
  if (unsold) return { note: `${unsold}: priced on-demand` };
  return { reservation: { term, payment, offeringClass: withClass ? cls! : '-' } };
}

const describe = (r: Reservation) =>
  [r.term.replace('_', ' '), r.offeringClass === '-' ? undefined : r.offeringClass, r.payment.replace(/_/g, ' ')]
    .filter(Boolean)
    .join(', ');

/**
 * The charges of `count` reserved instances of `variant`: the recurring hourly charge, and the upfront
 * fee amortised over the term (null with the reason when the fee is not in the table).
 */
export function reservedComponents(
  ctx: PricingContext,
  label: string,
  service: string,
  variant: string,
  count: number,
  reservation: Reservation,
  display = variant,
): CostComponent[] {
  const { term, payment, offeringClass } = reservation;
  const name = `${label} (reserved ${describe(reservation)}, ${display})`;
  const rate = ctx.prices.reserved(service, variant, offeringClass, term, payment);
  if (!rate)
    return [unknownComponent(name, 'hours', undefined, `no reserved rate for ${display} (${describe(reservation)}) in the price table`)];
  const out = [component(name, 'hours', HOURS_PER_MONTH * count, rate.hourly)];
  if (payment === 'no_upfront') return out;
  const months = TERM_MONTHS[term];
  const fee = `Reserved upfront fee (${display}, amortised over ${months} months)`;
  out.push(
    rate.upfront === null
      ? unknownComponent(fee, 'instances', undefined, 'the upfront fee of this reservation is not in the price table')
      : component(fee, 'instances', count, rate.upfront / months, {
          note: `$${rate.upfront} per instance, paid once, spread over ${months} months`,
        }),
  );
  return out;
}

/**
 * Reserved charges when the usage file asks for a reservation and the type and count are known;
 * otherwise the on-demand components, with a note when a reservation was asked for but cannot apply.
 */
export function reservedOr(
  ctx: PricingContext,
  onDemand: () => CostComponent[],
  spec: { label: string; service: string; variant: unknown; count: unknown; display?: string },
): CostComponent[] {
  const asked = reservationOf(ctx.settings, ctx.resource.type);
  if (!asked) return onDemand();
  if ('note' in asked) return onDemand().map((c, i) => (i === 0 ? { ...c, note: c.note ? `${c.note}; ${asked.note}` : asked.note } : c));
  if (typeof spec.variant !== 'string' || typeof spec.count !== 'number') return onDemand();
  return reservedComponents(ctx, spec.label, spec.service, spec.variant, spec.count, asked.reservation, spec.display);
}

/**
 * `count` instances of `type` for the month: on-demand at `service`'s rate (instanceHours), or at
 * `reservedService`'s reserved rate when the usage file asks for a reservation.
 */
export function instanceHoursOrReserved(
  ctx: PricingContext,
  label: string,
  service: string,
  type: string | undefined | Unknown,
  count: number | undefined | Unknown,
  attributeName?: string,
  reservedService = service,
): CostComponent[] {
  return reservedOr(ctx, () => [instanceHours(ctx, label, service, type, count, attributeName)], {
    label,
    service: reservedService,
    variant: type,
    count,
  });
}
