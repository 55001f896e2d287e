import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Each layer sees the globals of where it runs, and `no-undef` names any other: the page's
// (src/app) the browser's, tooling's and the server's Node's, src/model none at all (it runs
// everywhere), the tests and the bench both (they drive a browser from Node).
const dom = ['es2023', 'dom', 'dom.iterable'];
// @types/node's type namespace, named in types only.
const node = { ...globals.node, NodeJS: 'readonly' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    languageOptions: { globals: {}, parserOptions: { lib: ['es2023'] } },
    rules: { 'no-undef': 'error' },
  },
  { files: ['src/app/**'], languageOptions: { globals: globals.browser, parserOptions: { lib: dom } } },
  { files: ['tooling/**', 'server/**', '*.{ts,js}'], ignores: ['tooling/build/offline-worker.js'], languageOptions: { globals: node } },
  { files: ['tests/**', 'tooling/bench/**'], languageOptions: { globals: { ...node, ...globals.browser }, parserOptions: { lib: dom } } },
  { files: ['tooling/build/offline-worker.js'], languageOptions: { globals: globals.serviceworker } },
);
