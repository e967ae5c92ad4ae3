// Health endpoints: a route whose path looks like a health check, declared in code (first match
// in the unit's files wins, ordered by the preference below), and the endpoints frameworks serve
// by themselves only when the dependency that serves them is present.

/** Paths that are health checks, most specific first. */
export const HEALTH_PATH =
  /^\/(?:api\/)?(?:v\d\/)?(health[-_]?check|healthz|health|livez|readyz|ready|readiness|liveness|ping|status|_health|_healthz|heartbeat|up|-\/healthy|-\/ready)\/?$/i;

/** A line declaring a route: the path literal on it is the route's. */
export const ROUTE_LINE =
  /(@(app|router|api|bp|blueprint|\w+_router|\w+)\.(get|route|api_route|head)\(|\b(app|router|server|r|e|g|mux|api|routes|engine|group|v1)\.(get|GET|Get|route|Handle|HandleFunc|Any|Head|HEAD|add_api_route|add_url_rule)\(|@(Get|GetMapping|RequestMapping)\(|\bpath\(|\bre_path\(|\burl\(|\bget\s+["']|\bRoute::(get|any)\(|Map(Get|HealthChecks)\(|\.route\(|\bhttp\.HandleFunc\(|\bHandleFunc\(|\.Get\(|\bmatch\s+["'])/;

/** A quoted path; Go 1.22 ServeMux patterns put the method first (`"GET /healthcheck"`). */
export const PATH_LITERAL = /["'`](?:(?:GET|HEAD)\s+)?(\/?[A-Za-z0-9_/.-]*)["'`]/g;

/** gRPC health service registered in code: the unit answers grpc.health.v1.Health/Check. */
export const GRPC_HEALTH =
  /grpc_health_v1|grpc\.health\.v1|health_pb2_grpc|HealthCheckResponse|health\.NewServer\(|grpc-health-probe|HealthImplBase|AddGrpcHealthChecks|@grpc\/grpc-js.*health|grpc-js-health-check/;

/** gRPC server in code. */
export const GRPC_SERVER =
  /grpc\.NewServer\(|grpc\.server\(|new grpc\.Server\(|ServerBuilder\.forPort|AddGrpc\(|MapGrpcService|tonic::transport::Server|io\.grpc\.Server/;

/** A condition that maps routes only on a developer machine: routes inside it do not exist in production. */
export const DEVELOPMENT_ONLY =
  /IsDevelopment\(\)|Rails\.env\.development\?|settings\.DEBUG\b|app\.debug\b|NODE_ENV\s*[!=]==?\s*['"](development|production)['"]|APP_ENV\s*[!=]==?\s*['"](dev|local)['"]|gin\.DebugMode/;

/** Endpoints served by a framework when its dependency is present: dependency pattern (manifest text) → path. */
export const FRAMEWORK_HEALTH: readonly { framework: string; dependency: RegExp; path: string }[] = [
  { framework: 'spring-boot', dependency: /spring-boot-starter-actuator/, path: '/actuator/health' },
  { framework: 'quarkus', dependency: /quarkus-smallrye-health/, path: '/q/health' },
  { framework: 'micronaut', dependency: /micronaut-management/, path: '/health' },
];

/** Seconds before health checks count, by what runs. */
export const GRACE_SECONDS: readonly { when: RegExp; seconds: number }[] = [
  { when: /^(java|kotlin|scala|groovy)$|spring|quarkus|micronaut|ktor/, seconds: 120 },
  { when: /^(c#|f#)$|aspnetcore|dotnet/, seconds: 60 },
  { when: /rails|django|laravel|nextjs|nestjs/, seconds: 60 },
];
export const DEFAULT_GRACE_SECONDS = 30;
