// The repository profile of contracts §3.1.
export interface LanguageShare {
  name: string;
  files: number;
  bytes: number;
  share: number;
}

export interface ServiceProfile {
  name: string;
  /** Path relative to the repository root ("." for the root). */
  path: string;
  languages: string[];
  frameworks: string[];
  datastores: string[];
  port: number | null;
  dockerfile: string | null;
  build: string | null;
  start: string | null;
  /** Compute preference stated in inframate.md for this service (never detected). */
  compute?: string;
}

export interface IacProfile {
  terraform: string[];
  cloudformation: string[];
  cdk: string[];
  serverless: string[];
  kubernetes: string[];
  helm: string[];
}

export interface ProfileWarning {
  file: string;
  line?: number;
  message: string;
}

export interface Profile {
  languages: LanguageShare[];
  frameworks: string[];
  datastores: string[];
  packageManagers: string[];
  services: ServiceProfile[];
  docker: { dockerfiles: string[]; compose: string[] };
  iac: IacProfile;
  /** Queues / messaging the code uses (sqs, sns, rabbitmq, kafka…), when detected. */
  messaging?: string[];
  /** Values inframate.md stated that replaced what detection found (applyRequirements). */
  overrides?: ProfileOverride[];
  warnings: ProfileWarning[];
}

export interface ProfileOverride {
  field: string;
  stated: string[];
  detected: string[];
  /** The file that stated it (inframate.md). */
  source: string;
}
