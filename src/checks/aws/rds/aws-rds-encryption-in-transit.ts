import type { TfResource } from '../../../terraform/model';
import type { RuleContext } from '../../context';
import { defineRule } from '../../types';
import { blocks, read, str } from '../../values';

type Family = 'postgres' | 'mysql' | 'sqlserver' | 'db2';

/** Engines (or parameter group families) whose TLS enforcement is a DB parameter; others (Oracle, Aurora members) are not judged. */
function familyOf(engineOrFamily: string): Family | undefined {
  if (engineOrFamily.startsWith('postgres')) return 'postgres';
  if (engineOrFamily.startsWith('mysql') || engineOrFamily.startsWith('mariadb')) return 'mysql';
  if (engineOrFamily.startsWith('sqlserver')) return 'sqlserver';
  if (/(^|[^a-z])db2-/.test(engineOrFamily)) return 'db2'; // engines db2-ae, db2-se; families db2-ae-11.5, …
  return undefined;
}

/** The parameter enforcing TLS and the values that turn it on. */
const PARAM: Record<Family, { name: string; on: string[] }> = {
  postgres: { name: 'rds.force_ssl', on: ['1', 'true', 'on'] },
  mysql: { name: 'require_secure_transport', on: ['1', 'true', 'on'] },
  sqlserver: { name: 'rds.force_ssl', on: ['1', 'true', 'on'] },
  db2: { name: 'db2comm', on: ['ssl'] },
};

/** Does the engine's default parameter group already force TLS? PostgreSQL 15 and later do. */
function defaultForcesTls(family: Family, version: string | undefined): boolean | undefined {
  if (family !== 'postgres') return false;
  if (version === undefined) return true; // unset: the latest major version
  const major = Number(/^(\d+)/.exec(version)?.[1]);
  return Number.isNaN(major) ? undefined : major >= 15;
}

/** Parameter groups by name, built once per scan. */
function groupsByName(ctx: RuleContext): Map<string, TfResource[]> {
  return ctx.memo('rds-encryption-in-transit:groups', () => {
    const m = new Map<string, TfResource[]>();
    for (const g of ctx.ofType('aws_db_parameter_group')) {
      const name = g.attributes.name;
      if (typeof name !== 'string') continue;
      let list = m.get(name);
      if (!list) m.set(name, (list = []));
      list.push(g);
    }
    return m;
  });
}

/** The instance's parameter group: by reference, else by name; undefined when it cannot be told. */
function parameterGroup(db: TfResource, ctx: RuleContext): TfResource | undefined {
  const ref = /aws_db_parameter_group\.([\w-]+)/.exec(db.expressions?.parameter_group_name ?? '');
  if (ref) {
    const found = ctx.inModuleOf(db, `aws_db_parameter_group.${ref[1]}`);
    return found.length === 1 ? found[0] : undefined;
  }
  const name = db.attributes.parameter_group_name;
  if (typeof name !== 'string') return undefined;
  const found = groupsByName(ctx).get(name) ?? [];
  return found.length === 1 ? found[0] : undefined;
}

export default defineRule({
  id: 'aws-rds-encryption-in-transit',
  title: 'RDS instances require TLS from clients',
  severity: 'medium',
  aliases: ['CKV2_AWS_69'],
  resourceTypes: ['aws_db_instance'],
  description:
    'RDS offers TLS but accepts plain connections unless the parameter group requires it: rds.force_ssl = 1 (PostgreSQL, SQL Server), require_secure_transport = 1 (MySQL, MariaDB) or db2comm = SSL (Db2). ' +
    'PostgreSQL 15 and later force TLS in their default parameter group; earlier versions and the other engines do not. Oracle (native network encryption, an option group setting) is not judged.',
  remediation: `\`\`\`hcl
resource "aws_db_parameter_group" "app" {
  family = "mysql8.0"
  parameter {
    name  = "require_secure_transport"
    value = "1"
  }
}

resource "aws_db_instance" "app" {
  # …
  parameter_group_name = aws_db_parameter_group.app.name
}
\`\`\``,
  check: (db, ctx) => {
    const engine = read(db, 'engine');
    if (engine === undefined) return;
    // Without engine (a restore), the parameter group's family tells the engine.
    let family = typeof engine === 'string' ? familyOf(engine) : undefined;
    if (typeof engine === 'string' && !family) return;
    const pgName = read(db, 'parameter_group_name');
    const hasGroup = typeof pgName !== 'symbol' || db.expressions?.parameter_group_name !== undefined;
    if (!hasGroup || (typeof pgName === 'string' && pgName.startsWith('default.'))) {
      if (!family) return;
      const versionRead = read(db, 'engine_version');
      if (versionRead === undefined) return;
      const forced = defaultForcesTls(family, str(versionRead));
      return forced === false
        ? { message: `Clients may connect without TLS (${PARAM[family].name} is not set): the default parameter group does not require it` }
        : undefined;
    }
    const group = parameterGroup(db, ctx);
    if (!group) return;
    const familyName = str(read(group, 'family'));
    family ??= familyName === undefined ? undefined : familyOf(familyName);
    if (!family) return;
    const { name: param, on } = PARAM[family];
    const msg = `Clients may connect without TLS (${param} is not ${on[0]})`;
    const params = blocks(group.attributes.parameter);
    if (params === undefined) return;
    for (const p of params) {
      const name = read(p, 'name');
      if (name === undefined) return;
      if (name !== param) continue;
      const value = read(p, 'value');
      if (value === undefined) return;
      return on.includes((str(value) ?? '').toLowerCase()) ? undefined : { attribute: 'parameter_group_name', message: msg };
    }
    // Not set in the group: the family default applies.
    if (familyName === undefined) return;
    const version = /^postgres(\d+)/.exec(familyName)?.[1];
    const forced = family === 'postgres' ? (version === undefined ? undefined : Number(version) >= 15) : false;
    if (forced === false) return { attribute: 'parameter_group_name', message: msg };
  },
  examples: {
    good: [
      `resource "aws_db_parameter_group" "p" {
  name   = "app"
  family = "mysql8.0"
  parameter {
    name  = "require_secure_transport"
    value = "1"
  }
}
resource "aws_db_instance" "db" {
  engine               = "mysql"
  instance_class       = "db.t3.micro"
  parameter_group_name = aws_db_parameter_group.p.name
}`,
      `resource "aws_db_instance" "db" {
  engine         = "postgres"
  engine_version = "16.3"
  instance_class = "db.t3.micro"
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  engine         = "mysql"
  instance_class = "db.t3.micro"
}`,
      `resource "aws_db_parameter_group" "p" {
  name   = "app"
  family = "postgres14"
  parameter {
    name  = "rds.force_ssl"
    value = "0"
  }
}
resource "aws_db_instance" "db" {
  engine               = "postgres"
  engine_version       = "14.10"
  instance_class       = "db.t3.micro"
  parameter_group_name = aws_db_parameter_group.p.name
}`,
    ],
  },
});
