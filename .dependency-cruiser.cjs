// The layers' rules, checked by `npm run deps` (part of `npm test`): src/model is pure, src/app is
// the browser, tooling and server are Node; what may import what follows from that, and no file
// may reach itself through its imports.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two files one: neither can be read, tested or moved alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-is-pure',
      comment: 'src/model runs in the page, the server and the tools alike: it imports nothing of them.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^(src/app|tooling|server)/' },
    },
    {
      name: 'model-no-node',
      comment: 'src/model runs in the page too: no Node built-in module.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'app-no-node',
      comment: 'src/app is the page: a Node built-in module does not exist in the browser.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'app-not-to-tooling-or-server',
      comment:
        'The page (entries, store, views: presenter, console, reading, components, shell, conference) ' +
        'never imports build-time or server code; what both need belongs in src/model.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^(tooling|server)/' },
    },
    {
      name: 'node-not-to-app',
      comment: 'tooling and server run in Node: what they share with the page belongs in src/model.',
      severity: 'error',
      from: { path: '^(tooling|server)/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'resolvable',
      comment: 'An import the checker cannot resolve is an import no rule can check.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
