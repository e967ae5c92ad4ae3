# Inputs of one ECS Fargate service. The root calls this module once per deployable unit, with
# for_each over local.ecs_services: the shared infrastructure below, and one entry of the map as
# `service`.

variable "name" {
  type        = string
  description = "Name of the unit: the ECS service, its container and its task definition family suffix."

  validation {
    condition     = can(regex("^[a-zA-Z0-9][a-zA-Z0-9_-]{0,254}$", var.name))
    error_message = "An ECS service name is 1-255 letters, digits, hyphens and underscores, starting with a letter or digit."
  }
}

variable "name_prefix" {
  type        = string
  description = "Prefix of every AWS name (<project>-<environment>)."
}

variable "aws_region" {
  type        = string
  description = "Region of the log group (awslogs driver)."
}

variable "log_retention_days" {
  type        = number
  description = "Days the service's CloudWatch logs are kept."
}

variable "cluster_id" {
  type        = string
  description = "ECS cluster the service runs in."
}

variable "cluster_name" {
  type        = string
  description = "Name of that cluster (autoscaling resource id)."
}

variable "service_connect_namespace_arn" {
  type        = string
  description = "Cloud Map HTTP namespace of ECS Service Connect."
}

variable "vpc_id" {
  type        = string
  description = "VPC of the service's security group and target group."
}

variable "subnet_ids" {
  type        = list(string)
  description = "Private subnets the tasks run in (no public IP)."
}

variable "task_assume_role_policy" {
  type        = string
  description = "Trust policy of the execution and task roles (ecs-tasks.amazonaws.com)."
}

variable "repository_arn" {
  type        = string
  description = "ECR repository the execution role may pull from."
}

variable "repository_url" {
  type        = string
  description = "ECR repository of the image (the deploy workflow registers revisions with the tag it built)."
}

variable "load_balancer" {
  type = object({
    security_group_id = string
    listener_arn      = string
  })
  description = "The shared load balancer (its security group and HTTPS listener); null when none is generated."
  default     = null
}

variable "alarms" {
  type = object({
    topic_arn                = string
    load_balancer_arn_suffix = optional(string)
  })
  description = "SNS topic of the environment's alarms and the load balancer's ARN suffix; null: no alarms."
  default     = null
}

variable "service" {
  description = "Settings of this unit: one entry of local.ecs_services in the root."
  type = object({
    cpu                = number
    memory             = number
    # The unit whose ECR repository it runs (same build, its own command); the root picks the repository.
    image              = optional(string)
    architecture       = optional(string, "X86_64")
    spot               = optional(bool, false)
    command            = optional(list(string))
    container_port     = optional(number, 8080)
    listens            = optional(bool, true)
    protocol           = optional(string, "http")
    health_check_path  = optional(string, "/")
    health_check_grace = optional(number, 60)
    min_tasks          = number
    max_tasks          = number
    cpu_target_percent = number
    # Public behind the load balancer: the listener rule's priority and host names.
    public = optional(object({
      priority     = number
      host_headers = list(string)
      enabled      = optional(bool, true)
    }))
    # Service Connect: the name and port other services use; null for a client-only service.
    service_connect = optional(object({
      alias = string
      port  = number
    }))
    # A public service gets a no-healthy-target alarm (false: the service was not classified web).
    unhealthy_alarm = optional(bool, true)
    environment     = optional(map(string), {})
    # Secrets Manager valueFrom per variable (ARN, or ARN:json-key:: for one key of a JSON secret).
    secrets     = optional(map(string), {})
    secret_arns = optional(list(string), [])
    # What the application code may call (task role).
    task_permissions = optional(list(object({
      sid       = string
      actions   = list(string)
      resources = list(string)
    })), [])
    # Datastores it reaches: their security group and port.
    datastores = optional(map(object({
      security_group_id = string
      port              = number
      description       = string
    })), {})
  })

  validation {
    condition     = contains(["X86_64", "ARM64"], var.service.architecture)
    error_message = "architecture is X86_64 or ARM64."
  }

  validation {
    condition     = contains(["http", "grpc"], var.service.protocol)
    error_message = "protocol is http or grpc."
  }

  validation {
    condition     = !(var.service.spot && var.service.architecture == "ARM64")
    error_message = "Fargate Spot does not run ARM64 tasks."
  }

  validation {
    condition     = var.service.min_tasks >= 0 && var.service.max_tasks >= var.service.min_tasks
    error_message = "min_tasks must be at least 0 and at most max_tasks."
  }

  validation {
    condition     = var.service.container_port >= 1 && var.service.container_port <= 65535
    error_message = "container_port is a TCP port (1-65535)."
  }
}
