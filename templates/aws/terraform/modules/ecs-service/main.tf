# One ECS Fargate service in private subnets, autoscaled on CPU: its log group, execution and task
# roles, task definition, security group, load balancer target group and listener rule (public
# services), Service Connect name (services others call) and autoscaling. The same file for every
# repository: what differs per unit is the `service` input (one entry of local.ecs_services).

locals {
  public = var.service.public != null && var.load_balancer != null
  grpc   = var.service.protocol == "grpc"
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "/ecs/${var.name_prefix}/${var.name}"
  retention_in_days = var.log_retention_days
}

# Execution role: what ECS itself needs to start the task (pull the image, write logs, read secrets).
resource "aws_iam_role" "execution" {
  name               = "${var.name_prefix}-${var.name}-execution"
  assume_role_policy = var.task_assume_role_policy
}

data "aws_iam_policy_document" "execution" {
  statement {
    # inframate:ignore:aws-iam-no-credentials-exposure ECR auth tokens cannot be scoped to a repository; pulls are limited by the PullImage statement.
    sid       = "EcrAuth"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid       = "PullImage"
    actions   = ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    resources = [var.repository_arn]
  }

  statement {
    sid       = "WriteLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.this.arn}:*"]
  }

  dynamic "statement" {
    for_each = length(var.service.secret_arns) > 0 ? [var.service.secret_arns] : []
    content {
      sid       = "ReadSecrets"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = statement.value
    }
  }
}

resource "aws_iam_role_policy" "execution" {
  name   = "task-execution"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

# Task role: what the application code may call. Only the resources it uses.
resource "aws_iam_role" "task" {
  name               = "${var.name_prefix}-${var.name}-task"
  assume_role_policy = var.task_assume_role_policy
}

data "aws_iam_policy_document" "task" {
  count = length(var.service.task_permissions) > 0 ? 1 : 0

  dynamic "statement" {
    for_each = var.service.task_permissions
    content {
      sid       = statement.value.sid
      actions   = statement.value.actions
      resources = statement.value.resources
    }
  }
}

resource "aws_iam_role_policy" "task" {
  count  = length(var.service.task_permissions) > 0 ? 1 : 0
  name   = "application"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.task[0].json
}

resource "aws_ecs_task_definition" "this" {
  family                   = "${var.name_prefix}-${var.name}"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.service.cpu
  memory                   = var.service.memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.service.architecture
  }

  container_definitions = jsonencode([
    merge(
      {
        name = var.name
        # The deploy workflow registers a new revision with the image it built (see .github/workflows/deploy.yml).
        image     = "${var.repository_url}:bootstrap"
        essential = true
        # Exactly the variables the application reads (see README.md: run contract).
        environment = [for k, v in var.service.environment : { name = k, value = v }]
        # Secrets Manager values, resolved by ECS when the task starts (never in plain environment).
        secrets = [for k, v in var.service.secrets : { name = k, valueFrom = v }]
        logConfiguration = {
          logDriver = "awslogs"
          options = {
            "awslogs-group"         = aws_cloudwatch_log_group.this.name
            "awslogs-region"        = var.aws_region
            "awslogs-stream-prefix" = "app"
          }
        }
      },
      var.service.command == null ? {} : { command = var.service.command },
      !var.service.listens ? {} : {
        portMappings = [
          {
            name          = "app"
            containerPort = var.service.container_port
            protocol      = "tcp"
            appProtocol   = var.service.protocol
          }
        ]
      },
    )
  ])
}

resource "aws_security_group" "this" {
  name        = "${var.name_prefix}-${var.name}-service"
  description = local.public ? "${var.name} tasks: from the load balancer and the services that call it" : "${var.name} tasks: from the services that call it only"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "from_load_balancer" {
  count                        = local.public ? 1 : 0
  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = var.load_balancer.security_group_id
  ip_protocol                  = "tcp"
  from_port                    = var.service.container_port
  to_port                      = var.service.container_port
  description                  = "From the load balancer"
}

resource "aws_vpc_security_group_egress_rule" "load_balancer_to_service" {
  count                        = local.public ? 1 : 0
  security_group_id            = var.load_balancer.security_group_id
  referenced_security_group_id = aws_security_group.this.id
  ip_protocol                  = "tcp"
  from_port                    = var.service.container_port
  to_port                      = var.service.container_port
  description                  = "To ${var.name}"
}

resource "aws_lb_target_group" "this" {
  count                = local.public ? 1 : 0
  name                 = trimsuffix(substr("${var.name_prefix}-${var.name}", 0, 32), "-")
  port                 = var.service.container_port
  protocol             = "HTTP"
  protocol_version     = local.grpc ? "GRPC" : null
  target_type          = "ip"
  vpc_id               = var.vpc_id
  deregistration_delay = 30

  health_check {
    # gRPC: the health checking protocol, grpc.health.v1.Health/Check answers 0 (OK) when serving.
    path                = local.grpc ? "/grpc.health.v1.Health/Check" : var.service.health_check_path
    matcher             = local.grpc ? "0" : "200-399"
    interval            = 15
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

# The first public service answers on the domain (or the load balancer's own name); the others on
# <name>.<domain_name>, so their rule exists only with a domain (`enabled`).
resource "aws_lb_listener_rule" "this" {
  count        = local.public && try(var.service.public.enabled, false) ? 1 : 0
  listener_arn = var.load_balancer.listener_arn
  priority     = var.service.public.priority

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this[0].arn
  }

  condition {
    host_header {
      values = var.service.public.host_headers
    }
  }
}

# Egress: HTTPS to AWS APIs and registries (through NAT), and the datastores it uses. Traffic to
# the other services is allowed by the root (it knows both ends).
resource "aws_vpc_security_group_egress_rule" "https" {
  security_group_id = aws_security_group.this.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  description       = "HTTPS to AWS APIs and image registries"
}

resource "aws_vpc_security_group_egress_rule" "to_datastore" {
  for_each                     = var.service.datastores
  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = each.value.security_group_id
  ip_protocol                  = "tcp"
  from_port                    = each.value.port
  to_port                      = each.value.port
  description                  = each.value.description
}

resource "aws_ecs_service" "this" {
  name            = var.name
  cluster         = var.cluster_id
  task_definition = aws_ecs_task_definition.this.arn
  # Created with no task: there is no image yet. The deploy workflow sets the image and the count,
  # so the first `terraform apply` needs no -target and no image.
  desired_count          = 0
  platform_version       = "LATEST"
  propagate_tags         = "SERVICE"
  enable_execute_command = false
  # Fargate Spot for all but the first task (below): about 70% cheaper, interruptible with two minutes' notice.
  launch_type = var.service.spot ? null : "FARGATE"

  dynamic "capacity_provider_strategy" {
    for_each = var.service.spot ? [{ provider = "FARGATE", base = 1, weight = 1 }, { provider = "FARGATE_SPOT", base = null, weight = 3 }] : []
    content {
      capacity_provider = capacity_provider_strategy.value.provider
      base              = capacity_provider_strategy.value.base
      weight            = capacity_provider_strategy.value.weight
    }
  }

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets          = var.subnet_ids
    security_groups  = [aws_security_group.this.id]
    assign_public_ip = false
  }

  # Service Connect: other services reach this one by its alias (when it has one); every service is a client.
  service_connect_configuration {
    enabled   = true
    namespace = var.service_connect_namespace_arn

    dynamic "service" {
      for_each = var.service.service_connect == null ? [] : [var.service.service_connect]
      content {
        port_name      = "app"
        discovery_name = service.value.alias

        client_alias {
          port     = service.value.port
          dns_name = service.value.alias
        }
      }
    }
  }

  health_check_grace_period_seconds = local.public ? var.service.health_check_grace : null

  dynamic "load_balancer" {
    for_each = local.public ? [1] : []
    content {
      target_group_arn = aws_lb_target_group.this[0].arn
      container_name   = var.name
      container_port   = var.service.container_port
    }
  }

  depends_on = [aws_lb_listener_rule.this]

  lifecycle {
    # The deploy workflow owns the running revision and the count (then autoscaling does).
    ignore_changes = [desired_count, task_definition]
  }
}

resource "aws_appautoscaling_target" "this" {
  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/${var.cluster_name}/${aws_ecs_service.this.name}"
  min_capacity       = var.service.min_tasks
  max_capacity       = var.service.max_tasks
}

resource "aws_appautoscaling_policy" "cpu" {
  name               = "${var.name_prefix}-${var.name}-cpu"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.this.service_namespace
  scalable_dimension = aws_appautoscaling_target.this.scalable_dimension
  resource_id        = aws_appautoscaling_target.this.resource_id

  target_tracking_scaling_policy_configuration {
    target_value       = var.service.cpu_target_percent
    scale_in_cooldown  = 300
    scale_out_cooldown = 60

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

# Alarms to the environment's SNS topic (when the root has alarms): CPU, and no healthy target for
# a public service. Named with the unit's Terraform identifier (grpc_currency_service), as before.
locals {
  alarm_id = replace(var.name, "-", "_")
}

resource "aws_cloudwatch_metric_alarm" "cpu_high" {
  count               = var.alarms == null ? 0 : 1
  alarm_name          = "${var.name_prefix}-${local.alarm_id}_cpu_high"
  alarm_description   = "${local.alarm_id}: average CPU above 85% for 15 minutes"
  namespace           = "AWS/ECS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 85
  evaluation_periods  = 3
  period              = 300
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarms.topic_arn]
  ok_actions          = [var.alarms.topic_arn]

  dimensions = {
    "ClusterName" = var.cluster_name
    "ServiceName" = aws_ecs_service.this.name
  }
}

resource "aws_cloudwatch_metric_alarm" "unhealthy" {
  count               = var.alarms != null && local.public && var.service.unhealthy_alarm ? 1 : 0
  alarm_name          = "${var.name_prefix}-${local.alarm_id}_unhealthy"
  alarm_description   = "${local.alarm_id}: no healthy targets"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HealthyHostCount"
  statistic           = "Minimum"
  comparison_operator = "LessThanThreshold"
  threshold           = 1
  evaluation_periods  = 2
  period              = 300
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarms.topic_arn]
  ok_actions          = [var.alarms.topic_arn]

  dimensions = {
    "LoadBalancer" = var.alarms.load_balancer_arn_suffix
    "TargetGroup"  = aws_lb_target_group.this[0].arn_suffix
  }
}
