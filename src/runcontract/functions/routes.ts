// One route syntax for every tool: API Gateway HTTP API route keys ("GET /notes/{id}").
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY']);
const PATH = /^\/[A-Za-z0-9._~{}+/-]{0,255}$/;

export function normalizeRoute(method: string, path: string): { method: string; path: string } | null {
  const m = method.trim().toUpperCase() === '*' ? 'ANY' : method.trim().toUpperCase();
  if (!METHODS.has(m)) return null;
  let p = path.trim();
  if (p === '$default') return { method: 'ANY', path: '/{proxy+}' };
  if (!p.startsWith('/')) p = `/${p}`;
  // Express-style parameters and a trailing slash; a greedy "*" becomes {proxy+}.
  p = p
    .replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}')
    .replace(/\/\*$/, '/{proxy+}')
    .replace(/(.)\/$/, '$1');
  return PATH.test(p) ? { method: m, path: p } : null;
}

/** "GET /notes" → route; "$default" → catch-all. */
export function parseRouteKey(key: string): { method: string; path: string } | null {
  if (key.trim() === '$default') return { method: 'ANY', path: '/{proxy+}' };
  const m = /^\s*([A-Za-z*]+)\s+(\S+)\s*$/.exec(key);
  return m ? normalizeRoute(m[1]!, m[2]!) : null;
}
