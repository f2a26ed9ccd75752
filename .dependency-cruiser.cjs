// The folder boundaries the READMEs under src/ state, one `forbidden` rule each, enforced by
// tests/unit/boundaries.test.ts (which reads `reachable` rules on what runs, type imports left out; `npx depcruise src`
// by hand reads them on every import). A rule's comment names the README that states it:
// change the README and the rule together. A new folder's rule is one `boundary(...)` call below.
// Limitation: dependency-cruiser reads .ts/.tsx/.js but not .astro, so a rule sees the imports of a folder's
// TypeScript modules and of the modules that import .astro files, not those in the frontmatter of an .astro file
// (tests/unit/boundaries.test.ts reads the frontmatter of layouts and components for the one rule stated for them).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, as dependency-cruiser reads it
const { builtinModules } = require('node:module');

// A Node module as dependency-cruiser names it: `node:fs`, or `fs` without the prefix.
const NODE = `^(node:.*|${builtinModules.map((m) => m.replace(/[/]/g, '[/]')).join('|')})$`;
// Astro itself: its packages and its virtual modules (`astro:content`), which only a build can resolve.
const ASTRO = '(^astro:|(^|/)node_modules/(astro|@astrojs)/)';
const REACT = '(^|/)node_modules/(react|react-dom|scheduler)/';
const folder = (name) => `^src/${name}/`;

/** One boundary: modules matching `from` may not import (or, with `reachable`, reach) modules matching `to`. */
function boundary(name, readme, says, from, to) {
  return { name, severity: 'error', comment: `${readme}: ${says}`, from, to };
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'issue 27: no import loop in src/ (a loop means no folder or module can be read before the others)',
      from: { path: '^src/' },
      to: { circular: true },
    },

    // src/domain/: what the library means, pure.
    boundary(
      'domain-no-node',
      'src/domain/README.md',
      'no Node in the domain',
      { path: folder('domain') },
      { path: NODE },
    ),
    boundary(
      'domain-no-astro',
      'src/domain/README.md',
      'no Astro in the domain',
      { path: folder('domain') },
      { path: ASTRO },
    ),
    boundary(
      'domain-not-pipeline',
      'src/domain/README.md',
      'nothing from src/pipeline/ in the domain',
      { path: folder('domain') },
      { path: folder('pipeline') },
    ),
    boundary(
      'domain-not-view',
      'src/domain/README.md',
      'the domain never imports src/view/ (view words what the domain computes)',
      { path: folder('domain') },
      { path: folder('view') },
    ),

    // src/view/: pure helpers for what pages print.
    boundary(
      'view-no-node',
      'src/view/README.md',
      'no Node in src/view/',
      { path: folder('view') },
      { path: NODE },
    ),
    boundary(
      'view-no-astro',
      'src/view/README.md',
      'no Astro in src/view/',
      { path: folder('view') },
      { path: ASTRO },
    ),
    boundary(
      'view-loads-nothing',
      'src/view/README.md',
      'nothing from src/pipeline/ or src/loaders/ in src/view/: callers hand it what to show',
      { path: folder('view') },
      { path: '^src/(pipeline|loaders)/' },
    ),

    // src/schemas/: schemas only, loadable in plain Node.
    boundary(
      'schemas-only-zod-and-each-other',
      'src/schemas/README.md',
      'schemas only (Zod from astro/zod and each other): no loading, no rendering',
      // reference-browser.ts is Astro's createReference() for the browser build, as the README says.
      { path: folder('schemas'), pathNot: '^src/schemas/reference-browser[.]ts$' },
      // Astro's own reference() comes from its runtime (reference.ts), so a schema parses outside a build.
      { pathNot: '^(src/schemas/|node_modules/astro/dist/(zod|content/runtime)[.]js$)' },
    ),
    boundary(
      'schemas-load-in-plain-node',
      'src/schemas/README.md',
      "the schemas load in plain Node, for the check and the scaffolder: no Astro's virtual modules",
      { path: folder('schemas') },
      { path: '^astro:' },
    ),

    // src/islands/: the only client components.
    boundary(
      'react-only-in-islands',
      'src/islands/README.md',
      'React only in src/islands/, the only components shipped to the browser',
      { path: '^src/', pathNot: folder('islands') },
      // A type from React (the sharing cards' template is React elements for the renderer) runs nothing.
      { path: REACT, dependencyTypesNot: ['type-only'] },
    ),
    boundary(
      'islands-import-browser-safe-folders',
      'src/islands/README.md',
      'islands import only src/view/, src/schemas/, src/check/, src/reader/ and src/markdown/ besides their own folder',
      { path: folder('islands') },
      { path: '^src/', pathNot: '^src/(islands|view|schemas|check|reader|markdown)/' },
    ),
    boundary(
      'islands-apart',
      'src/islands/README.md',
      'the two islands import nothing from each other',
      { path: '^src/islands/search/' },
      { path: '^src/islands/contribute/' },
    ),
    boundary(
      'islands-apart-too',
      'src/islands/README.md',
      'the two islands import nothing from each other',
      { path: '^src/islands/contribute/' },
      { path: '^src/islands/search/' },
    ),

    // src/reader/ and src/loaders/: reading content/.
    boundary(
      'reader-below-its-readers',
      'src/reader/README.md',
      'the check and the loader import the reader; it imports neither',
      { path: folder('reader') },
      { path: '^src/(check|loaders)/' },
    ),
    boundary(
      'loader-not-check',
      'src/loaders/README.md',
      'the loader reads through src/reader/ and never imports the check',
      { path: folder('loaders') },
      { path: folder('check') },
    ),
    boundary(
      'islands-reach-no-node',
      'src/islands/README.md',
      'code in src/islands/ runs in the browser: no Node module, however many imports away',
      { path: folder('islands') },
      { path: NODE, reachable: true },
    ),

    // src/check/: the content check.
    boundary(
      'check-in-page-reaches-no-node',
      'src/check/README.md',
      'in-page.ts runs rules without Node, for the contribute page: those rules stay free of Node imports',
      { path: '^src/check/runner/in-page[.]ts$' },
      { path: NODE, reachable: true },
    ),
    boundary(
      'check-not-how-the-site-looks',
      'src/check/README.md',
      'nothing about how the site looks belongs in the check',
      { path: folder('check') },
      // The author components' allowlist (a .ts module) is what an entry may use, not how the site looks.
      { path: '^src/(layouts/|styles/|islands/|pages/|components/.*[.]astro$)' },
    ),

    // src/pipeline/: build machinery.
    boundary(
      'pipeline-no-page-layout',
      'src/pipeline/README.md',
      "a page's wording or layout is not build machinery: no Astro component, layout or stylesheet in src/pipeline/",
      { path: folder('pipeline') },
      { path: '^src/(layouts/|styles/|islands/|pages/|components/.*[.]astro$)' },
    ),

    // src/pages/: routes.
    boundary(
      'pages-are-routes',
      'src/pages/_README.md',
      'routes are thin and the end of the line: nothing imports a route',
      { path: '^src/', pathNot: folder('pages') },
      { path: folder('pages') },
    ),

    // src/components/ and src/layouts/: server-rendered markup that loads nothing itself.
    boundary(
      'components-load-nothing',
      'src/pages/_README.md',
      'layouts and components load nothing themselves: no src/pipeline/, src/loaders/ or astro:content',
      { path: '^src/(components|layouts)/' },
      { path: '^(src/pipeline/|src/loaders/|astro:content$)' },
    ),

    // src/integrations/: the build's hooks.
    boundary(
      'integrations-are-wiring',
      'src/integrations/README.md',
      'each integration is wiring that astro.config.mjs installs; the work lives elsewhere, so nothing in src/ imports one',
      { path: '^src/', pathNot: folder('integrations') },
      { path: folder('integrations') },
    ),
  ],
  options: {
    // Only our own modules: a package is a leaf (what it imports is its own business).
    doNotFollow: { path: 'node_modules' },
    // `import type` ties a module to another as much as a value import does.
    tsPreCompilationDeps: true,
    exclude: { path: '^src/content/' },
    // Package entry points as Node and Vite resolve them (`astro/zod` is an `exports` entry).
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
