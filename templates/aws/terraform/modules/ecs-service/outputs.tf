output "service_name" {
  description = "Name of the ECS service."
  value       = aws_ecs_service.this.name
}

output "service_id" {
  description = "ARN of the ECS service (the deploy role may update it)."
  value       = aws_ecs_service.this.id
}

output "task_definition_family" {
  description = "Task definition family (the deploy workflow registers revisions in it)."
  value       = aws_ecs_task_definition.this.family
}

output "security_group_id" {
  description = "Security group of the tasks (datastores and other services admit it; one-off tasks use it)."
  value       = aws_security_group.this.id
}

output "target_group_arn_suffix" {
  description = "ARN suffix of the target group (CloudWatch dimension); null for a private service."
  value       = one(aws_lb_target_group.this[*].arn_suffix)
}

output "execution_role_arn" {
  description = "Role ECS uses to start the tasks (the deploy role may pass it)."
  value       = aws_iam_role.execution.arn
}

output "task_role_arn" {
  description = "Role of the application code (the deploy role may pass it)."
  value       = aws_iam_role.task.arn
}
