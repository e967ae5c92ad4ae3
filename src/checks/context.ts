// What a check may look at beyond its own resource: every resource indexed by type (built once per
// scan) and the links between them (by reference or by equal value), for rules whose setting AWS
// moved into a resource of its own (aws_s3_bucket + aws_s3_bucket_versioning, …).
import { isUnknown, type LoadedTerraform, type TfResource } from '../terraform/model';

/** Address without a trailing count/for_each index. */
export const baseAddress = (address: string): string => address.replace(/\[[^\]]*\]$/, '');

/** Key of the type index: resources by type, data sources as "data.<type>". */
export const typeKey = (r: TfResource): string => (r.kind === 'data' ? `data.${r.type}` : r.type);

export interface Links {
  /** Resources of the wanted type that point at the target. */
  found: TfResource[];
  /** Some candidate's link cannot be resolved: it may point at the target. */
  uncertain: boolean;
}

export class RuleContext {
  private readonly byType = new Map<string, TfResource[]>();
  private readonly byAddress = new Map<string, TfResource[]>();
  private readonly linkIndexes = new Map<string, Map<string, TfResource[]>>();
  private readonly memos = new Map<string, unknown>();

  constructor(readonly loaded: LoadedTerraform) {
    // Provider configurations are checked like resources of type "provider.<name>" (CKV_AWS_41):
    // address provider.aws or provider.aws.<alias>, prefixed with the module path.
    for (const p of loaded.providers ?? []) {
      const name = p.alias ? `${p.name}.${p.alias}` : p.name;
      const key = `provider.${p.name}`;
      let list = this.byType.get(key);
      if (!list) this.byType.set(key, (list = []));
      list.push({
        kind: 'resource',
        type: key,
        name,
        address: `${p.modulePath ? `${p.modulePath}.` : ''}provider.${name}`,
        modulePath: p.modulePath,
        attributes: p.attributes,
        references: [],
        pos: p.pos,
      });
    }
    for (const r of loaded.resources) {
      const key = typeKey(r);
      let list = this.byType.get(key);
      if (!list) this.byType.set(key, (list = []));
      list.push(r);
      const base = baseAddress(r.address);
      let same = this.byAddress.get(base);
      if (!same) this.byAddress.set(base, (same = []));
      same.push(r);
    }
  }

  /**
   * A value computed once per scan (an index over all resources of a type): a rule that compared each
   * resource with every other one was quadratic (20,000 buckets: 212 s).
   */
  memo<T>(key: string, build: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, build());
    return this.memos.get(key) as T;
  }

  /** Every resource of a type ("aws_s3_bucket", "data.aws_iam_policy_document"). */
  ofType(type: string): TfResource[] {
    return this.byType.get(type) ?? [];
  }

  /** Instances of a resource by base address (module-qualified, without index). */
  byBaseAddress(address: string): TfResource[] {
    return this.byAddress.get(address) ?? [];
  }

  /** Instances of `local` ("aws_iam_user.admin", "data.aws_iam_policy_document.x") in the module of `from`. */
  inModuleOf(from: TfResource, local: string): TfResource[] {
    return this.byBaseAddress(from.modulePath ? `${from.modulePath}.${local}` : local);
  }

  /**
   * Resources of `type` whose `attr` points at `target`: the attribute's expression names the
   * target, the resource references it, or its known value equals one of the target's known
   * identifying values (e.g. the bucket name). A candidate whose attribute is unknown and names no
   * resource of the target's type makes the answer uncertain.
   */
  linked(target: TfResource, type: string, attr: string, targetValueAttrs: string[] = []): Links {
    const index = this.linkIndex(type, attr);
    const found = new Set<TfResource>();
    for (const c of index.get(`n|${target.modulePath}|${target.type}.${target.name}`) ?? []) found.add(c);
    // aws_s3_bucket.data[each.key] in a for_each/count resource points at the instance with the same key.
    if (target.index !== undefined) {
      for (const c of index.get(`n|${target.modulePath}|${target.type}.${target.name}|${String(target.index)}`) ?? []) found.add(c);
    }
    for (const c of index.get(`r|${baseAddress(target.address)}`) ?? []) found.add(c);
    for (const a of targetValueAttrs) {
      const v = target.attributes[a];
      if (typeof v === 'string' && v !== '') for (const c of index.get(`v|${v}`) ?? []) found.add(c);
    }
    const uncertain = (index.get(`u|${target.type}`)?.length ?? 0) > 0;
    return { found: [...found], uncertain };
  }

  /** Built once per (type, attribute): candidates keyed by what they point at. */
  private linkIndex(type: string, attr: string): Map<string, TfResource[]> {
    const cacheKey = `${type}|${attr}`;
    const cached = this.linkIndexes.get(cacheKey);
    if (cached) return cached;
    const index = new Map<string, TfResource[]>();
    const add = (key: string, r: TfResource) => {
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      // One candidate adds its keys in a row: comparing with the last entry dedupes in O(1).
      if (list[list.length - 1] !== r) list.push(r);
    };
    for (const cand of this.ofType(type)) {
      const expr = cand.expressions?.[attr];
      const value = cand.attributes[attr];
      const namedTypes = new Set<string>();
      if (expr !== undefined) {
        for (const m of expr.matchAll(RESOURCE_REF)) {
          const sameInstance = m[4] !== undefined && cand.index !== undefined;
          add(sameInstance ? `n|${cand.modulePath}|${m[2]}.${m[3]}|${String(cand.index)}` : `n|${cand.modulePath}|${m[2]}.${m[3]}`, cand);
          namedTypes.add(m[2]!);
        }
      }
      // By value only when the expression names no resource: `bucket = aws_s3_bucket.a.bucket` is bucket a, not
      // every bucket that happens to share a's name in the configuration.
      if (typeof value === 'string' && value !== '' && namedTypes.size === 0) add(`v|${value}`, cand);
      // References recorded by the loader (also through module inputs): only trusted when the
      // expression does not already name a local resource, since other arguments add references too.
      if (namedTypes.size === 0) for (const ref of cand.references) add(`r|${ref}`, cand);
      if (value !== undefined && isUnknown(value)) {
        for (const ref of cand.references) {
          const parts = ref.split('.');
          if (parts.length >= 2) namedTypes.add(parts[parts.length - 2]!);
        }
        // Unknown and naming nothing of a given type: it could point at any resource of that type.
        for (const t of UNCERTAIN_TARGET_TYPES) if (!namedTypes.has(t)) add(`u|${t}`, cand);
      }
    }
    this.linkIndexes.set(cacheKey, index);
    return index;
  }
}

/** Identifiers like aws_s3_bucket.logs (not data.…, not var.… / local.…). */
const RESOURCE_REF = /(^|[^\w.-])(aws_[a-z0-9_]+)\.([A-Za-z_][\w-]*)(\[\s*(?:each\.key|count\.index)\s*\])?/g;

/** Target types cross-resource rules link to; an unknown link may point at any of them. */
const UNCERTAIN_TARGET_TYPES = [
  'aws_s3_bucket',
  'aws_vpc',
  'aws_lb',
  'aws_alb',
  'aws_api_gateway_rest_api',
  'aws_api_gateway_stage',
  'aws_cloudfront_distribution',
  'aws_dynamodb_table',
  'aws_security_group',
  'aws_instance',
  'aws_iam_role',
  'aws_db_instance',
  'aws_rds_cluster',
  'aws_ecr_repository',
  'aws_secretsmanager_secret',
  'aws_sqs_queue',
  'aws_sns_topic',
  'aws_kms_key',
  'aws_eks_cluster',
  'aws_lambda_function',
  'aws_apigatewayv2_api',
  'aws_apigatewayv2_stage',
  'aws_iam_user',
  'aws_wafv2_web_acl',
];
