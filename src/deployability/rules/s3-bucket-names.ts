import { nameRule } from '../names';

export default nameRule(
  's3-bucket-names',
  'S3 bucket names follow the S3 naming rules',
  'Bucket names are 3–63 lowercase letters, digits, hyphens and dots, start and end with a letter or digit, and are not IP addresses.',
  [
    {
      type: 'aws_s3_bucket',
      attribute: 'bucket',
      max: 63,
      min: 3,
      pattern: /^(?!\d+\.\d+\.\d+\.\d+$)(?!xn--)(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/,
      rule: 'lowercase letters, digits, hyphens and single dots, starting and ending with a letter or digit, not an IP address',
    },
    {
      type: 'aws_s3_bucket',
      attribute: 'bucket_prefix',
      max: 37,
      pattern: /^[a-z0-9][a-z0-9.-]*$/,
      rule: 'lowercase letters, digits, hyphens and dots',
    },
  ],
  {
    good: [
      `resource "aws_s3_bucket" "b" {
  bucket = "shop-prod-assets-123456789012"
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "b" {
  bucket = "Shop_Prod_Assets"
}`,
    ],
  },
);
