// The Content-Security-Policy, in one place. The built page is one self-contained file: nothing
// may load from anywhere, and only the inlined script and style whose SHA-256 hashes were taken
// at build time may run. The dev server needs its own module loader and live reload, so it gets
// a looser policy that still allows no other origin.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy of the built file, given the hashes of its inline scripts and styles. */
export function buildPolicy(scriptHashes: readonly string[], styleHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'${h}'`).join(' ')}`,
    `style-src ${styleHashes.map((h) => `'${h}'`).join(' ')}`,
    'img-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The dev server's policy: its own origin only, with the inline module loader Vite injects. */
export const DEV_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  'img-src data:',
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** The CSP source expression for a piece of inline code. */
export function sha256(code: string): string {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/** The contents of every element `tag` in an HTML page, in order. */
function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(pattern)].map((m) => m[1] ?? '');
}

/** Adds the CSP meta tag, with the hashes of the inline code, right after the charset. */
export function withPolicy(html: string): string {
  const scripts = inlineBodies(html, 'script');
  if (/<script\b[^>]*\bsrc=/i.test(html)) throw new Error('The built page loads a script file; it must be inlined.');
  const policy = buildPolicy(scripts.map(sha256), inlineBodies(html, 'style').map(sha256));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  // After the charset declaration, which must come first, and before any script or style.
  return html.replace(/(<meta charset="[^"]*" \/>)/i, `$1\n    ${meta}`);
}

/** Vite plugin: the strict policy in the built page, the dev policy as a header of the dev server. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'lectern-csp',
    enforce: 'post',
    config: () => ({ server: { headers: { 'Content-Security-Policy': DEV_POLICY } } }),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html')) file.source = withPolicy(String(file.source));
        }
      },
    },
  };
}
