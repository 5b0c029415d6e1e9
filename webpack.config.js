'use strict';
// The add-in's browser build (`npm run build` = webpack --mode production; `npm start` runs it
// in development mode). dist/ gets:
//   taskpane.html  the task pane AND the shared runtime: loads office.js from Microsoft's CDN,
//                  then commands.js (Office.actions.associate: ribbon + keyboard shortcut), then
//                  taskpane.js (the React pane). `taskpane` dependOn `commands`, so a module both
//                  use (the operation queue, the recalculation events) exists ONCE in the page:
//                  a ribbon recalculation is seen by an open pane.
//   preview.html   the same pane on the in-memory fake Excel over the sample workbook, no office.js;
//                  with ?client=officejs through Microsoft's Excel client library, copied as it is
//                  to office-js/ (the file scripts/office-wire.js pins; loaded only with the flag).
//   manifest.xml, shortcuts.json, assets/   copied as they are (scripts/manifest/layout.js).
// Every page carries a Content-Security-Policy <meta> (csp below). No source maps in production;
// development uses separate .map files (never eval-based: the CSP forbids eval).
// Styles are static files, made at build time: theme.<hash>.css (Fluent's light theme as CSS
// variables, scripts/build/theme-css.js) and griffel.<hash>.css (every makeStyles rule, extracted
// ahead of time by @griffel/webpack-loader + GriffelCSSExtractionPlugin), so the pages carry no
// CSS engine (stylis, rtl-css-js) and insert no style rules at run time.
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const { themeAsset } = require('./scripts/build/theme-css');
const { SOURCE_FILES, SOURCE_DIRS } = require('./scripts/manifest/layout');
const { LIBRARY_FILE } = require('./scripts/office-wire');

const ROOT = __dirname;
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS = `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`;
/** Where the preview's ?client=officejs finds Microsoft's Excel client library in dist/. */
const OFFICE_WIRE_LIBRARY = `office-js/${path.basename(LIBRARY_FILE)}`;

/**
 * The Content-Security-Policy of a page. Scripts and connections: our origin, plus Microsoft's
 * office.js CDN for the task pane. Our own styles are files from our origin (the preview allows
 * nothing else); the task pane keeps style-src 'unsafe-inline' because office.js, Microsoft's
 * code that we do not control, may style the elements it adds. No script may be inline or
 * eval'd, on either page.
 */
function csp({ officeJs }) {
  const scripts = officeJs ? `'self' ${OFFICE_JS_ORIGIN}` : "'self'";
  const styles = officeJs ? "'self' 'unsafe-inline'" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    `connect-src ${scripts}`,
    `style-src ${styles}`,
    "img-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Which entry points each page loads (the order is the order of its <script> tags). */
const PAGES = {
  'taskpane.html': ['commands', 'taskpane'],
  'preview.html': ['preview'],
};

/**
 * Writes dist/build-report.json: for each page, the JavaScript files it loads at once (initial)
 * and those it may load later (onDemand: import() chunks). test/build/bundle.test.ts and
 * scripts/bench/build.js weigh the task pane page from it.
 */
class PageReportPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PageReportPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PageReportPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const pages = {};
          for (const [page, names] of Object.entries(PAGES)) {
            const initial = new Set();
            const onDemand = new Set();
            for (const name of names) {
              const entrypoint = compilation.entrypoints.get(name);
              if (!entrypoint) continue;
              for (const file of entrypoint.getFiles()) if (file.endsWith('.js')) initial.add(file);
              // The import() chunk groups below this entry (not a chunk's getAllAsyncChunks: a
              // chunk shared with another page, like the extracted CSS, would bring that page's).
              const groups = new Set([...entrypoint.childrenIterable]);
              for (const group of groups) {
                if (group.isEntrypoint()) continue;
                for (const chunk of group.chunks) {
                  for (const file of chunk.files) if (file.endsWith('.js')) onDemand.add(file);
                }
                for (const child of group.childrenIterable) groups.add(child);
              }
            }
            for (const file of initial) onDemand.delete(file);
            pages[page] = { initial: [...initial], onDemand: [...onDemand].sort() };
          }
          compilation.emitAsset(
            'build-report.json',
            new sources.RawSource(JSON.stringify({ pages }, null, 2) + '\n'),
          );
        },
      );
    });
  }
}

/** Emits the theme style sheet (scripts/build/theme-css.js) that every page links first. */
class ThemeCssPlugin {
  constructor(theme) {
    this.theme = theme;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ThemeCssPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ThemeCssPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => compilation.emitAsset(this.theme.filename, new sources.RawSource(this.theme.source)),
      );
    });
  }
}

/**
 * The index files of src whose every statement is an `export … from`: they only re-export, so
 * they are free of side effects. Read from the files, so that an index that gains a statement of
 * its own is no longer listed.
 */
function reexportOnlyIndexes(dir = path.join(ROOT, 'src')) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return reexportOnlyIndexes(full);
    if (!/^index\.tsx?$/.test(entry.name)) return [];
    const statements = fs
      .readFileSync(full, 'utf8')
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      .split(';')
      .map((statement) => statement.trim())
      .filter((statement) => statement !== '');
    const onlyReexports = statements.every((statement) =>
      /^export\s[\s\S]*\sfrom\s+'[^']+'$/.test(statement),
    );
    return statements.length > 0 && onlyReexports ? [full] : [];
  });
}

const ENTRIES = {
  commands: './src/commands/commands.ts',
  taskpane: './src/taskpane/index.tsx',
  preview: './src/preview/index.tsx',
};

/** The configuration for a mode ('production' | 'development') and entry files. */
function makeConfig(mode, entries = ENTRIES) {
  const production = mode !== 'development';
  const missing = Object.values(entries).filter((file) => !fs.existsSync(path.resolve(ROOT, file)));
  if (missing.length > 0) {
    throw new Error(`webpack: entry files missing: ${missing.join(', ')}`);
  }
  const theme = themeAsset({ hashed: production });
  const copies = [
    ...Object.entries(SOURCE_FILES)
      .filter(([, source]) => !source.endsWith('.html'))
      .map(([to, from]) => ({ from, to })),
    ...Object.entries(SOURCE_DIRS).map(([to, from]) => ({ from, to })),
    // Microsoft's file as it is (not minified again: the tests compare it with the package's).
    { from: LIBRARY_FILE, to: OFFICE_WIRE_LIBRARY, info: { minimized: true } },
  ];
  return {
    mode: production ? 'production' : 'development',
    context: ROOT,
    target: ['web', 'es2020'],
    entry: {
      commands: entries.commands,
      taskpane: { import: entries.taskpane, dependOn: 'commands' },
      preview: entries.preview,
    },
    output: {
      path: path.join(ROOT, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '/',
      clean: true,
    },
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        // Loaders run bottom-up: ts-loader, then Griffel's ahead-of-time transform (makeStyles →
        // precomputed class names and CSS), then the extraction of that CSS into griffel.css.
        {
          test: /\.(ts|tsx)$/,
          include: path.join(ROOT, 'src'),
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.(ts|tsx)$/,
          include: path.join(ROOT, 'src'),
          use: {
            loader: '@griffel/webpack-loader',
            // It evaluates the style objects (and the modules they import) in TypeScript.
            options: { babelOptions: { presets: ['@babel/preset-typescript'] } },
          },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.join(ROOT, 'tsconfig.json'),
              transpileOnly: true,
              // ES modules so webpack can tree-shake; the type check is `npm run typecheck`.
              compilerOptions: { module: 'esnext', target: 'es2020', sourceMap: !production },
            },
          },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        // Once makeStyles is evaluated at build time nothing uses the tokens at run time: let
        // webpack drop the module (and Fluent's theme with it) although components import it.
        { test: path.join(ROOT, 'src', 'taskpane', 'theme.ts'), sideEffects: false },
        // The index files that only re-export (src/workbook, src/engine, …): importing one name
        // through them must not bring every module they list (撤销上次计算's undo, say) into the
        // pane's opening download. Webpack goes straight to the module that defines the name.
        ...reexportOnlyIndexes().map((file) => ({ test: file, sideEffects: false })),
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: SOURCE_FILES['taskpane.html'],
        chunks: PAGES['taskpane.html'],
        chunksSortMode: 'manual',
        templateParameters: {
          csp: csp({ officeJs: true }),
          officeJs: OFFICE_JS,
          themeCss: `/${theme.filename}`,
        },
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: SOURCE_FILES['preview.html'],
        chunks: PAGES['preview.html'],
        templateParameters: {
          csp: csp({ officeJs: false }),
          themeCss: `/${theme.filename}`,
          officeWireLibrary: `/${OFFICE_WIRE_LIBRARY}`,
        },
      }),
      new CopyWebpackPlugin({ patterns: copies }),
      new MiniCssExtractPlugin({
        filename: production ? '[name].[contenthash:8].css' : '[name].css',
      }),
      new GriffelCSSExtractionPlugin(),
      new ThemeCssPlugin(theme),
      new PageReportPlugin(),
    ],
    // The weight budget is enforced by test/build/bundle.test.ts (≤ 150 KB gzip for the pane).
    performance: { hints: false },
    stats: production ? 'normal' : 'minimal',
  };
}

module.exports = (_env, argv = {}) => makeConfig(argv.mode || 'production');
module.exports.makeConfig = makeConfig;
module.exports.ENTRIES = ENTRIES;
module.exports.PAGES = PAGES;
module.exports.csp = csp;
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.OFFICE_WIRE_LIBRARY = OFFICE_WIRE_LIBRARY;
