// Hostile inputs shared by the limits-* suites (issue 12, items 7–11).

export const OPEN_SSH = `resource "aws_security_group" "ssh" {
  name        = "ssh"
  description = "ssh from anywhere"
  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

export const deepLocal = (levels: number): string => `locals {\n  deep = ${'['.repeat(levels)}1${']'.repeat(levels)}\n}\n`;

/** The three files of the report: count = 10000 calling a module with count = 10000. */
export const FAN_OUT = {
  'main.tf': 'module "fleet" {\n  source = "./modules/fleet"\n  count  = 10000\n}\n',
  'modules/fleet/main.tf':
    'resource "aws_instance" "node" {\n  count         = 10000\n  ami           = "ami-123"\n  instance_type = "t3.micro"\n}\n',
  'modules/fleet/variables.tf': 'variable "unused" {\n  default = 1\n}\n',
};
