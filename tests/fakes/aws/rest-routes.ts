// REST routes (Lambda REST-JSON, S3 REST-XML, path-style buckets): method + path (+ query flag) → operation.
export interface RestRoute {
  service: string;
  method: string;
  operation: string;
  matches(url: URL): boolean;
  params(url: URL): Record<string, string>;
}

function route(service: string, method: string, pattern: RegExp, operation: string, flag?: string): RestRoute {
  return {
    service,
    method,
    operation,
    matches: (url) => pattern.test(url.pathname) && (flag === undefined ? !hasFlag(url) : url.searchParams.has(flag)),
    params: (url) => {
      const groups = pattern.exec(url.pathname)?.groups ?? {};
      return Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, decodeURIComponent(v)]));
    },
  };
}

const S3_FLAGS = ['versioning', 'encryption', 'publicAccessBlock', 'tagging', 'location', 'policy', 'acl', 'lifecycle', 'logging'];
const hasFlag = (url: URL) => S3_FLAGS.some((f) => url.searchParams.has(f));

const BUCKET = /^\/(?<Bucket>[^/]+)\/?$/;

export const REST_ROUTES: RestRoute[] = [
  route('lambda', 'GET', /^\/2015-03-31\/functions\/?$/, 'ListFunctions'),
  route('lambda', 'GET', /^\/2015-03-31\/functions\/(?<FunctionName>[^/]+)\/configuration$/, 'GetFunctionConfiguration'),
  route('lambda', 'GET', /^\/2015-03-31\/functions\/(?<FunctionName>[^/]+)$/, 'GetFunction'),
  route('lambda', 'GET', /^\/2017-03-31\/tags\/(?<Resource>.+)$/, 'ListTags'),
  route('s3', 'GET', /^\/$/, 'ListBuckets'),
  route('s3', 'HEAD', BUCKET, 'HeadBucket'),
  route('s3', 'GET', BUCKET, 'GetBucketVersioning', 'versioning'),
  route('s3', 'GET', BUCKET, 'GetBucketEncryption', 'encryption'),
  route('s3', 'GET', BUCKET, 'GetPublicAccessBlock', 'publicAccessBlock'),
  route('s3', 'GET', BUCKET, 'GetBucketTagging', 'tagging'),
  route('s3', 'GET', BUCKET, 'GetBucketLocation', 'location'),
  route('s3', 'GET', BUCKET, 'ListObjectsV2'),
  route('s3', 'GET', /^\/(?<Bucket>[^/]+)\/(?<Key>.+)$/, 'GetObject'),
];

// Added for the inspect/incident scenarios (branch agent).
REST_ROUTES.push(route('lambda', 'GET', /^\/2019-09-30\/functions\/(?<FunctionName>[^/]+)\/concurrency$/, 'GetFunctionConcurrency'));
