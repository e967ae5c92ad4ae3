// Public grants through S3 ACLs: canned ACLs on aws_s3_bucket (legacy) or aws_s3_bucket_acl, and
// explicit grants to the AllUsers / AuthenticatedUsers groups.
import type { TfResource } from '../../../terraform/model';
import type { Issue } from '../../types';
import { blocks, read, str } from '../../values';
import { ALL_USERS_URI, AUTH_USERS_URI } from './bucket-settings';

/** Public permissions a resource's ACL grants, with the attribute at fault. */
export function publicAclGrants(res: TfResource): { permissions: string[]; attribute: string; what: string }[] {
  const out: { permissions: string[]; attribute: string; what: string }[] = [];
  const canned = str(res.attributes.acl);
  if (canned === 'public-read') out.push({ permissions: ['READ'], attribute: 'acl', what: 'the public-read ACL' });
  if (canned === 'public-read-write') out.push({ permissions: ['READ', 'WRITE'], attribute: 'acl', what: 'the public-read-write ACL' });
  if (canned === 'authenticated-read') out.push({ permissions: ['READ'], attribute: 'acl', what: 'the authenticated-read ACL' });
  const grantLists: { list: ReturnType<typeof blocks>; attribute: string }[] = [
    { list: blocks(res.attributes.grant), attribute: 'grant' },
    {
      list: (blocks(res.attributes.access_control_policy) ?? []).flatMap((p) => blocks(p.grant) ?? []),
      attribute: 'access_control_policy',
    },
  ];
  for (const { list, attribute } of grantLists) {
    for (const g of list ?? []) {
      const uri = str(read(g, 'uri')) ?? str(read(g, 'grantee.uri'));
      if (uri !== ALL_USERS_URI && uri !== AUTH_USERS_URI) continue;
      const perms = (g.permissions ?? g.permission) as unknown;
      const list2 = Array.isArray(perms)
        ? perms.filter((p): p is string => typeof p === 'string')
        : typeof perms === 'string'
          ? [perms]
          : [];
      const expanded = list2.flatMap((p) => (p === 'FULL_CONTROL' ? ['READ', 'WRITE'] : [p]));
      out.push({ permissions: expanded, attribute, what: `a grant to ${uri === ALL_USERS_URI ? 'AllUsers' : 'AuthenticatedUsers'}` });
    }
  }
  return out;
}

export function publicAclIssues(res: TfResource, permission: 'READ' | 'WRITE', label: string): Issue[] {
  return publicAclGrants(res)
    .filter((g) => g.permissions.includes(permission))
    .map((g) => ({ attribute: g.attribute, message: `${label} through ${g.what}` }));
}
