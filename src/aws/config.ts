// Where AWS calls go: region and endpoint overrides, read once from the options and the environment
// (by Settings). The SDK's own credential chain supplies credentials.
export interface AwsConfig {
  region: string;
  /** AWS_ENDPOINT_URL: every service. */
  endpoint?: string;
  /** AWS_ENDPOINT_URL_<SERVICE> (SDK serviceId, uppercased, `_` for spaces) → URL. */
  serviceEndpoints: Record<string, string>;
}

/**
 * The standard endpoint settings (AWS SDKs and Tools reference, "Service-specific endpoints"):
 * AWS_ENDPOINT_URL_<SERVICE> beats AWS_ENDPOINT_URL; AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true turns
 * both off. Applied explicitly so every client behaves the same whatever the SDK version does natively.
 */
export function awsConfigFrom(env: NodeJS.ProcessEnv, region?: string): AwsConfig {
  const ignore = /^true$/i.test(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? '');
  const serviceEndpoints: Record<string, string> = {};
  if (!ignore) {
    for (const [k, v] of Object.entries(env)) {
      const m = /^AWS_ENDPOINT_URL_([A-Z0-9_]+)$/.exec(k);
      if (m && v?.trim()) serviceEndpoints[m[1]] = v.trim();
    }
  }
  return {
    region: region ?? (env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || 'us-east-1'),
    endpoint: ignore ? undefined : env.AWS_ENDPOINT_URL?.trim() || undefined,
    serviceEndpoints,
  };
}
