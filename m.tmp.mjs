import { parse } from '@cdktf/hcl2json';
const kind = process.argv[2], n = Number(process.argv[3]);
let text;
if (kind === 'heredoc') text = `locals {\n  x = <<EOT\n${'a'.repeat(79) + '\n'}`.repeat(1) + ('b'.repeat(79)+'\n').repeat(Math.floor(n/80)) + 'EOT\n}\n';
if (kind === 'plain') text = ('resource "aws_s3_bucket" "b' + '" {\n  bucket = "x"\n}\n').repeat(1).replace('"b"', '"b0"') + Array.from({length: Math.floor(n/40)}, (_, i) => `locals {\n  v${i} = "${'x'.repeat(10)}"\n}\n`).join('');
if (kind === 'deep') text = `locals {\n  x = ${'['.repeat(n)}1${']'.repeat(n)}\n}\n`;
const t0 = performance.now();
try { const r = await parse('a.tf', text); console.log('ok', kind, text.length, Math.round(performance.now()-t0)+'ms', 'rss', Math.round(process.resourceUsage().maxRSS/1024)+'MB'); }
catch (e) { console.log('err', String(e.message).slice(0,200), Math.round(performance.now()-t0)+'ms', Math.round(process.resourceUsage().maxRSS/1024)+'MB'); }
