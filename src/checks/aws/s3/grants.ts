// Explicit ACL grants, wherever Terraform puts them: grant blocks of a legacy aws_s3_bucket and the
// access_control_policy of aws_s3_bucket_acl. Each grant: grantee URI (group) and permissions.
import type { TfResource } from '../../../terraform/model';
import { blocks, read, str, strings } from '../../values';

export interface Grant {
  uri: string | undefined;
  permissions: string[];
  attribute: string;
}

/** Grantee URIs of every grant, whether or not its permissions can be known. */
export function grantUris(res: TfResource): (string | undefined)[] {
  return grants(res).map((g) => g.uri);
}

/** Known grants; grants whose grantee or permission cannot be known are left out (never reported). */
export function aclGrants(res: TfResource): Grant[] {
  return grants(res).flatMap((g) =>
    g.permissions === undefined ? [] : [{ ...g, permissions: g.permissions.map((p) => p.toUpperCase()) }],
  );
}

function grants(res: TfResource): { uri: string | undefined; permissions: string[] | undefined; attribute: string }[] {
  const out: { uri: string | undefined; permissions: string[] | undefined; attribute: string }[] = [];
  for (const g of blocks(res.attributes.grant) ?? [])
    out.push({ attribute: 'grant', uri: str(read(g, 'uri')), permissions: strings(read(g, 'permissions')) });
  for (const p of blocks(res.attributes.access_control_policy) ?? []) {
    for (const g of blocks(p.grant) ?? [])
      out.push({ attribute: 'access_control_policy', uri: str(read(g, 'grantee.uri')), permissions: strings(read(g, 'permission')) });
  }
  return out;
}
