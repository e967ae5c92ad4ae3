// recommend(): profile + requirements → the architecture (rules only; the AI refinement, when
// enabled, adjusts it afterwards within the same vocabulary).
import type { Profile } from '../profile/types';
import type { RunContract } from '../runcontract/types';
import type { Requirements } from '../spec/types';
import { awsName } from '../terraform/hcl-escape';
import { applyRules } from './rules';
import type { Component } from './vocabulary';

export interface ComponentCost {
  kind: Component['kind'];
  service?: string;
  monthlyCost: number | null;
}

export interface Recommendation {
  source: 'rules' | 'ai';
  components: Component[];
  /** Sum of the priced resources of the generated module (USD/month); null until priced. */
  estimatedMonthlyCost: number | null;
  /** Per-component monthly cost, in component order. */
  costs?: ComponentCost[];
  /** Caveats: partial compatibility, datastores not generated, requirement conflicts. */
  notes: string[];
  /** Service → datastore ids it uses (from the profile), for least-privilege wiring. */
  serviceDatastores: Record<string, string[]>;
}

export function recommend(profile: Profile, requirements: Requirements, contract?: RunContract): Recommendation {
  const { components, notes } = applyRules(profile, requirements, contract);
  const serviceDatastores: Record<string, string[]> = {};
  for (const c of components) if (c.service && !serviceDatastores[c.service]) serviceDatastores[c.service] = [];
  for (const s of contract ? contract.units : profile.services) {
    const match = components.find((c) => c.service === awsName(s.name, 20));
    if (match?.service) serviceDatastores[match.service] = s.datastores;
  }
  return { source: 'rules', components, estimatedMonthlyCost: null, notes, serviceDatastores };
}

export { applyRules } from './rules';
export * from './vocabulary';
