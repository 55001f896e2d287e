// Vite plugin: moves the app's module script from the head to the end of the body in the built
// page, so the parser reaches the first paint's script (and the browser paints the point)
// before it reads through the app's code. A module script runs after parsing either way.
import type { Plugin } from 'vite';

/** Moves every inline module script of the page to just before </body>. */
export function moduleScriptLast(html: string): string {
  const modules: string[] = [];
  const rest = html.replace(/<script type="module"[^>]*>[\s\S]*?<\/script>\n?/g, (script) => {
    modules.push(script);
    return '';
  });
  // A function, not a string: the code may hold $& or $' that a replacement string would expand.
  return modules.length === 0 ? html : rest.replace('</body>', () => `${modules.join('')}</body>`);
}

/** The plugin; it runs before the policy is written, which hashes the scripts wherever they stand. */
export function moduleLast(): Plugin {
  return {
    name: 'lectern-module-last',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html')) file.source = moduleScriptLast(String(file.source));
        }
      },
    },
  };
}
