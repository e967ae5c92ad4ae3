// Requirements read from inframate.md (front matter + markdown sections). A field left undefined
// (or written `auto` / `Detected automatically`) means "detect".
export type Availability = 'low' | 'standard' | 'high';
export type Environment = 'dev' | 'staging' | 'prod';

export interface ServiceRequirement {
  name: string;
  path?: string;
  compute?: string;
  port?: number;
}

export interface Requirements {
  /** 'inframate.md' (relative path of the file read) or 'defaults' when none exists. */
  source: string;
  appName?: string;
  description?: string;
  environment: Environment;
  environments: Environment[];
  region: string;
  budgetMonthly?: number;
  availability: Availability;
  expectedTraffic?: string;
  compliance: string[];
  compute?: string;
  database?: string;
  languages?: string[];
  frameworks?: string[];
  datastores?: string[];
  tags: Record<string, string>;
  services: ServiceRequirement[];
  /** Free-text requirement lines from the markdown. */
  notes: string[];
  warnings: { file: string; line?: number; message: string }[];
}
