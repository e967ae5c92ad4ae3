// The AWS wire protocols the fake speaks: how a request names its service and operation and carries
// its parameters, and how an answer or an error is written back. Handlers return wire-shaped
// objects (the member names the protocol uses: `vpcSet` for EC2, `DBInstances` for RDS…).
import type { IncomingMessage } from 'node:http';

export type Protocol = 'json' | 'query' | 'ec2' | 'rest-json' | 'rest-xml';

/** The SigV4 signing name in the Authorization header's credential scope: `…/us-east-1/ecs/aws4_request`. */
export function signingName(req: IncomingMessage): string | undefined {
  const auth = String(req.headers.authorization ?? '');
  return /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(auth)?.[1];
}

/** `Filter.1.Name=x&Filter.1.Value.1=y` / `Names.member.1=z` → nested objects and arrays. */
export function parseQueryParams(body: string): { action?: string; params: Record<string, unknown> } {
  const form = new URLSearchParams(body);
  const params: Record<string, unknown> = {};
  let action: string | undefined;
  for (const [key, value] of form) {
    if (key === 'Action') {
      action = value;
      continue;
    }
    if (key === 'Version') continue;
    const parts = key.split('.').filter((p) => p !== 'member' && p !== 'entry');
    let node: Record<string, unknown> | unknown[] = params;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(parts[i + 1]);
      const k: string | number = /^\d+$/.test(part) ? Number(part) - 1 : part;
      const container = node as Record<string | number, unknown>;
      if (last) container[k] = value;
      else {
        container[k] ??= nextIsIndex ? [] : {};
        node = container[k] as Record<string, unknown>;
      }
    });
  }
  return { action, params };
}

/** An awsQuery list whose members have their own element name (`<DBInstances><DBInstance>…`). */
export class XmlList {
  constructor(
    readonly member: string,
    readonly items: readonly unknown[],
  ) {}
}
export const xmlList = (member: string, items: readonly unknown[]) => new XmlList(member, items);

/** An awsQuery map: `<K><entry><key>…</key><value>…</value></entry></K>`. */
export class XmlMap {
  constructor(readonly entries: Record<string, unknown>) {}
}
export const xmlMap = (entries: Record<string, unknown>) => new XmlMap(entries);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Wire object → XML. Lists: `<K><member>…</member></K>` (query), `<K><item>…</item></K>` (ec2), repeated `<K>` (rest-xml). */
export function toXml(value: unknown, protocol: Protocol): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'object') return esc(String(value));
  if (value instanceof XmlList) return value.items.map((x) => `<${value.member}>${toXml(x, protocol)}</${value.member}>`).join('');
  if (value instanceof XmlMap) {
    return Object.entries(value.entries)
      .map(([k, v]) => `<entry><key>${esc(k)}</key><value>${toXml(v, protocol)}</value></entry>`)
      .join('');
  }
  let out = '';
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) {
      if (protocol === 'rest-xml') out += v.map((x) => `<${k}>${toXml(x, protocol)}</${k}>`).join('');
      else {
        const item = protocol === 'ec2' ? 'item' : 'member';
        out += `<${k}>${v.map((x) => `<${item}>${toXml(x, protocol)}</${item}>`).join('')}</${k}>`;
      }
    } else out += `<${k}>${toXml(v, protocol)}</${k}>`;
  }
  return out;
}

export interface WireReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function successReply(protocol: Protocol, operation: string, result: unknown, jsonVersion = '1.1'): WireReply {
  const requestId = 'fake-request-id';
  switch (protocol) {
    case 'json':
      return { status: 200, headers: { 'content-type': `application/x-amz-json-${jsonVersion}` }, body: JSON.stringify(result ?? {}) };
    case 'rest-json':
      return {
        status: 200,
        headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId },
        body: JSON.stringify(result ?? {}),
      };
    case 'rest-xml':
      return {
        status: 200,
        headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId },
        body: `<?xml version="1.0" encoding="UTF-8"?>${toXml(result, protocol)}`,
      };
    case 'ec2':
      return {
        status: 200,
        headers: { 'content-type': 'text/xml' },
        body: `<${operation}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>${requestId}</requestId>${toXml(result, protocol)}</${operation}Response>`,
      };
    case 'query':
      return {
        status: 200,
        headers: { 'content-type': 'text/xml' },
        body: `<${operation}Response><${operation}Result>${toXml(result, protocol)}</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`,
      };
  }
}

export function errorReply(
  protocol: Protocol,
  code: string,
  message: string,
  status = 400,
  headers: Record<string, string> = {},
  jsonVersion = '1.1',
): WireReply {
  switch (protocol) {
    case 'json':
      return {
        status,
        headers: { 'content-type': `application/x-amz-json-${jsonVersion}`, ...headers },
        body: JSON.stringify({ __type: code, message }),
      };
    case 'rest-json':
      return {
        status,
        headers: { 'content-type': 'application/json', 'x-amzn-errortype': code, ...headers },
        body: JSON.stringify({ message }),
      };
    case 'rest-xml':
      return {
        status,
        headers: { 'content-type': 'application/xml', ...headers },
        body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${esc(code)}</Code><Message>${esc(message)}</Message><RequestId>fake</RequestId></Error>`,
      };
    case 'ec2':
      return {
        status,
        headers: { 'content-type': 'text/xml', ...headers },
        body: `<Response><Errors><Error><Code>${esc(code)}</Code><Message>${esc(message)}</Message></Error></Errors><RequestID>fake</RequestID></Response>`,
      };
    case 'query':
      return {
        status,
        headers: { 'content-type': 'text/xml', ...headers },
        body: `<ErrorResponse><Error><Type>Sender</Type><Code>${esc(code)}</Code><Message>${esc(message)}</Message></Error><RequestId>fake</RequestId></ErrorResponse>`,
      };
  }
}
