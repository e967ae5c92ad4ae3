import { defineRule } from '../../types';
import { decodeMaybeBase64, findSecret } from '../secrets';

export default defineRule({
  id: 'aws-ec2-no-secrets-in-user-data',
  title: 'EC2 user data contains no hard-coded secrets',
  severity: 'critical',
  aliases: ['CKV_AWS_46', 'AVD-AWS-0029'],
  legacyIds: ['aws-ec2-no-secrets-in-user-data'],
  resourceTypes: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
  description:
    'User data is readable by anyone who can describe the instance and from the metadata service. Keep secrets in Secrets Manager or SSM Parameter Store.',
  remediation: `Read the secret at boot instead:
\`\`\`hcl
user_data = <<-EOT
  #!/bin/bash
  DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text)
EOT
\`\`\``,
  check: (res) => {
    for (const attr of ['user_data', 'user_data_base64']) {
      const v = res.attributes[attr];
      if (typeof v !== 'string') continue;
      const what = findSecret(decodeMaybeBase64(v));
      if (what) return { attribute: attr, message: `${attr} contains ${what}` };
    }
  },
  examples: {
    good: [
      `resource "aws_instance" "i" {
  ami       = "ami-1"
  user_data = "#!/bin/bash\\necho hello"
}`,
    ],
    bad: [
      `resource "aws_instance" "i" {
  ami       = "ami-1"
  user_data = <<EOT
#!/bin/bash
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
EOT
}`,
      `resource "aws_launch_template" "lt" {
  user_data = base64encode("DB_PASSWORD=SuperSecret123")
}`,
    ],
  },
});
