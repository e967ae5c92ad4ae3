variable "name" {
  description = "Function name (also names its role and log group)."
  type        = string
}

variable "handler" {
  description = "Handler as Lambda resolves it inside the deployment zip (module path + exported function)."
  type        = string
}

variable "runtime" {
  description = "Lambda runtime identifier."
  type        = string
}

variable "architecture" {
  description = "arm64 or x86_64."
  type        = string
  default     = "arm64"
}

variable "memory_mb" {
  description = "Memory in MB (CPU scales with it)."
  type        = number
  default     = 512
}

variable "timeout_seconds" {
  description = "Timeout in seconds (API Gateway integrations stop waiting after 29 s)."
  type        = number
  default     = 29
}

variable "reserved_concurrency" {
  description = "Reserved concurrent executions: a ceiling so one function cannot exhaust the account's concurrency."
  type        = number
  default     = 5
}

variable "environment" {
  description = "Environment variables of the function (names as the code reads them)."
  type        = map(string)
  default     = {}
}

variable "dynamodb_table_arns" {
  description = "DynamoDB tables this function reads and writes (least privilege: only these)."
  type        = list(string)
  default     = []
}

variable "app_policy_json" {
  description = "Further IAM statements the application needs (queues, topics, secrets), as a policy document JSON."
  type        = string
  default     = ""
}

variable "attach_app_policy" {
  description = "Attach app_policy_json (a separate flag: the document is only known after apply)."
  type        = bool
  default     = false
}

variable "subnet_ids" {
  description = "Private subnets, only when a datastore the function uses lives in the VPC."
  type        = list(string)
  default     = []
}

variable "security_group_ids" {
  description = "Security groups of the function when it runs in the VPC."
  type        = list(string)
  default     = []
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the function's logs."
  type        = number
}

variable "alarm_topic_arn" {
  description = "SNS topic notified when the function errors."
  type        = string
  default     = ""
}

variable "alarms_enabled" {
  description = "Create the errors alarm (a separate flag: the topic ARN is only known after apply)."
  type        = bool
  default     = false
}

variable "placeholder_file" {
  description = "Path of the handler's file inside the placeholder zip (the first apply has no build yet)."
  type        = string
}

variable "placeholder_source" {
  description = "Code of the placeholder handler: answers 503 until the deploy workflow uploads the real build."
  type        = string
}
