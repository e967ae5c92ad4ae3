// Explicit ACL grants, wherever Terraform puts them: grant blocks of a legacy aws_s3_bucket and the
// access_control_policy of aws_s3_bucket_acl. Each grant: grantee URI (group) and permissions.
import type { TfResource } from '../../../terraform/model';
import { blocks, read, str, strings } from '../../values';

export interface Grant {
  uri: string | undefined;
  permissions: string[];
  attribute: string;
}

/** Known grants; grants whose grantee or permission cannot be known are left out (never reported). */
export function aclGrants(res: TfResource): Grant[] {
  const out: Grant[] = [];
  const add = (attribute: string, uri: string | undefined, perms: string[] | undefined) => {
    if (perms !== undefined) out.push({ uri, permissions: perms.map((p) => p.toUpperCase()), attribute });
  };
  for (const g of blocks(res.attributes.grant) ?? []) add('grant', str(read(g, 'uri')), strings(read(g, 'permissions')));
  for (const p of blocks(res.attributes.access_control_policy) ?? []) {
    for (const g of blocks(p.grant) ?? []) add('access_control_policy', str(read(g, 'grantee.uri')), strings(read(g, 'permission')));
  }
  return out;
}
