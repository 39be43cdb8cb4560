/**
 * Build of the IBT Huisvesting add-in, in the conventions of Microsoft's Office add-in templates
 * (Office-Addin-TaskPane-React, Excel-Custom-Functions "shared runtime").
 *
 * Pages and their bundles:
 * - taskpane.html: taskpane + functions + commands. The manifest declares a shared runtime, so this one
 *   page is the runtime of the task pane, the custom functions and the ribbon; it must therefore load the
 *   functions bundle (as Microsoft's shared-runtime template does). No polyfill chunk: Excel's runtimes
 *   (Edge WebView2, Safari WKWebView, modern browsers) all run ES2020.
 * - functions.html: functions only (the functions outside the shared runtime, e.g. for debugging).
 * - commands.html: commands only (convention of the templates; the ribbon button itself is ShowTaskpane).
 * - preview.html: the task pane against an in-memory workbook, for an ordinary browser: no office.js;
 *   it loads voorbeeld.json, the example workbook's sheets, made at build time (ExampleWorkbookPlugin).
 *
 * React and Fluent UI of the first screen go to vendor.js (taskpane.html) and preview-vendor.js
 * (preview.html); the build fails when a React or Fluent module ends up in the functions or commands
 * bundle. Everything the task pane's first screen does not need (the other views, the result of a check,
 * the engine, the Excel adapter, the dark theme) is loaded on demand: chunks named
 * <name>.<contenthash>.js (src/taskpane/weergaven.ts). `npm run bench` prints the initial JavaScript of
 * taskpane.html against its budget.
 *
 * functions.json is generated from the JSDoc of src/functions/functions.ts (never hand-written). A
 * production build replaces the dev URL https://localhost:3000/ by IBT_PROD_URL in manifest.xml and in
 * functions.json (the helpurls); IBT_PROD_URL is required there (scripts/manifest/urls.js checks it: https,
 * not this machine, a folder) and the build stops with a Dutch message without it, and also when a
 * localhost URL is left in either file. A development build (build:dev, npm start) keeps localhost.
 * Every build sets <Version> in dist/manifest.xml from package.json (1.2.3 -> 1.2.3.0,
 * scripts/manifest/versie.js). `npm run package` (scripts/pakket.js) zips the production build.
 */

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_URL, controleerProdUrl } = require("./scripts/manifest/urls");
const { officeVersie, pakketVersie, zetManifestVersie } = require("./scripts/manifest/versie");
const { devServerHttps } = require("./scripts/manifest/dev-certs");
const { BRON_HASH_BESTAND, bronHash } = require("./scripts/bron-hash");

const DIST = path.resolve(__dirname, "dist");
const UI_PACKAGES =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster)[\\/]/;

/** The text assets that carry URLs of the add-in's own server. */
const URL_ASSETS = /^(manifest[^/]*\.xml|functions\.json)$/;

/**
 * Replaces the dev URL in the text assets that carry URLs (manifest.xml, functions.json), drops the
 * manifest's XML comments (they describe the dev setup), and then fails the build when any localhost
 * address is left: a production manifest must not send Excel to the user's own machine.
 */
class RewriteDevUrlPlugin {
  /** @param {string} from the dev base URL, @param {string} to the production base URL (both ending in /) */
  constructor(from, to) {
    // URLs without the trailing slash, so that `https://localhost:3000/x` and `.../x` both follow. An
    // AppDomain is an origin (scheme, host, port; no path): it gets the origin of the production URL.
    this.from = from.replace(/\/$/, "");
    this.to = to.replace(/\/$/, "");
    this.appDomainFrom = `<AppDomain>${new URL(from).origin}</AppDomain>`;
    this.appDomainTo = `<AppDomain>${new URL(to).origin}</AppDomain>`;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteDevUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteDevUrlPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!URL_ASSETS.test(name)) continue;
            const before = assets[name].source().toString();
            let text = before.split(this.appDomainFrom).join(this.appDomainTo).split(this.from).join(this.to);
            // The comments of the source manifest describe the dev setup (localhost); not for production.
            if (name.endsWith(".xml")) text = text.replace(/<!--[\s\S]*?-->\s*/g, "");
            if (text !== before) compilation.updateAsset(name, new webpack.sources.RawSource(text));
            const rest = text.match(/https?:\/\/(localhost|127\.0\.0\.1)[^\s"'<]*/i);
            if (rest) {
              compilation.errors.push(
                new webpack.WebpackError(
                  `${name} bevat na het vervangen door IBT_PROD_URL nog ${rest[0]}: een productiemanifest mag ` +
                    "niet naar deze computer wijzen. Zet elk adres in manifest.xml op https://localhost:3000/.",
                ),
              );
            }
          }
        },
      );
    });
  }
}

/** Sets <Version> in manifest.xml to the version of package.json, in Office's four parts. */
class ManifestVersionPlugin {
  constructor(version) {
    this.version = version;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ManifestVersionPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ManifestVersionPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          const asset = assets["manifest.xml"];
          if (!asset) return;
          try {
            const text = zetManifestVersie(asset.source().toString(), this.version);
            compilation.updateAsset("manifest.xml", new webpack.sources.RawSource(text));
          } catch (err) {
            compilation.errors.push(new webpack.WebpackError(err.message));
          }
        },
      );
    });
  }
}

/**
 * Stops webpack before it starts, with the message only (no stack trace): what is wrong with
 * IBT_PROD_URL or the version is a setting, not a bug.
 */
function stop(message) {
  process.stderr.write(`\nBuild gestopt: ${message}\n\n`);
  process.exit(2);
}

/**
 * Post-processes the GENERATED functions.json (custom-functions-metadata writes it from the JSDoc of
 * src/functions/functions.ts; it is never hand-written): sets the top-level
 * `"allowErrorForDataTypeAny": true`. Without it Excel never passes an error value (#N/A in a cell) to a
 * parameter of type `any`: it skips the call and shows the error itself, so the per-cell error handling of
 * src/functions/argumenten.ts (an #N/A input stays #N/A in that output cell only) would never run in Excel.
 * See "Manually create JSON metadata for custom functions" (learn.microsoft.com), allowErrorForDataTypeAny:
 * a top-level Boolean, default false, for parameters of type any and any[][].
 *
 * It also drops `"allowCustomDataForDataTypeAny": true`, which the generator always writes: that flag
 * belongs to CustomFunctionsRuntime 1.4 (data types as arguments), which the functions do not use and
 * manifest.xml does not require (1.2, so that Office 2021 and 2024 keep the functions). Without it Excel
 * passes plain values, the shapes src/functions/argumenten.ts reads.
 *
 * The generator writes an empty file when it finds no @customfunction; with twelve functions that can only
 * be a mistake, so the build fails instead of shipping an empty function list (this replaces the former
 * EmptyFunctionsJsonPlugin, which turned that case into `{"functions": []}`).
 */
class FunctionsJsonPlugin {
  constructor(name = "functions.json") {
    this.name = name;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsJsonPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsJsonPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        (assets) => {
          const asset = assets[this.name];
          // Missing: custom-functions-metadata reported its own errors (e.g. bad JSDoc).
          if (!asset) return;
          const fail = (why) => compilation.errors.push(new webpack.WebpackError(`${this.name}: ${why}`));
          let metadata;
          try {
            metadata = JSON.parse(asset.source().toString() || "null");
          } catch (err) {
            fail(`geen geldige JSON (${err.message}).`);
            return;
          }
          if (!metadata || !Array.isArray(metadata.functions) || metadata.functions.length === 0) {
            fail("geen functies gevonden in src/functions/functions.ts (ontbreekt @customfunction?).");
            return;
          }
          const { functions, ...rest } = metadata;
          delete rest.allowCustomDataForDataTypeAny;
          const result = { ...rest, allowErrorForDataTypeAny: true, functions };
          compilation.updateAsset(
            this.name,
            new webpack.sources.RawSource(`${JSON.stringify(result, null, 4)}\n`),
          );
        },
      );
    });
  }
}

/**
 * The preview (src/preview) fetches voorbeeld.json next to preview.html: the sheets of the bundled example
 * workbook assets/voorbeeld.xlsx as `Blad[]` (src/sheet/types.ts). It is made here at build time with the
 * command line's own reader (src/cli/lezen.ts, run through tsx), so the preview sees the same cells as
 * `npx ibt check`. Without assets/voorbeeld.xlsx the build warns and the preview shows its load error.
 */
class ExampleWorkbookPlugin {
  constructor(xlsx, output) {
    this.xlsx = xlsx;
    this.output = output;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ExampleWorkbookPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "ExampleWorkbookPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          compilation.fileDependencies.add(this.xlsx);
          if (!fs.existsSync(this.xlsx)) {
            compilation.warnings.push(
              new webpack.WebpackError(
                `${path.relative(__dirname, this.xlsx)} ontbreekt: geen ${this.output} voor het voorbeeld.`,
              ),
            );
            return;
          }
          try {
            const { require: tsxRequire } = require("tsx/cjs/api");
            const lezen = tsxRequire(path.join(__dirname, "src", "cli", "lezen.ts"), __filename);
            const werkmap = await lezen.readWerkmap(this.xlsx);
            const datum1904 = lezen.gebruikt1904(werkmap);
            const bladen = werkmap.worksheets.map((werkblad) => lezen.sheetToBlad(werkblad, datum1904));
            compilation.emitAsset(this.output, new webpack.sources.RawSource(JSON.stringify(bladen)));
          } catch (err) {
            compilation.errors.push(
              new webpack.WebpackError(
                `${this.output} maken uit ${path.relative(__dirname, this.xlsx)} mislukt: ${err.message}`,
              ),
            );
          }
        },
      );
    });
  }
}

/**
 * Writes the content hash of the build's sources (scripts/bron-hash.js) to .bron-hash in the output, taken
 * before the build reads them: the browser tests' global setup rebuilds dist/ only when the sources' hash
 * differs. Production builds only: a development build (npm start, build:dev) clears dist/ and leaves no
 * hash, so the tests rebuild; so does a watch build (no beforeRun).
 */
class SourceHashPlugin {
  apply(compiler) {
    let hash = null;
    compiler.hooks.beforeRun.tap("SourceHashPlugin", () => {
      hash = bronHash(__dirname);
    });
    compiler.hooks.thisCompilation.tap("SourceHashPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "SourceHashPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          if (hash) compilation.emitAsset(BRON_HASH_BESTAND, new webpack.sources.RawSource(`${hash}\n`));
        },
      );
    });
  }
}

/** Fails the build when React or Fluent UI is bundled into an entry that must stay lean. */
class KeepUiOutOfPlugin {
  constructor(entries) {
    this.entries = entries;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("KeepUiOutOfPlugin", (compilation) => {
      compilation.hooks.afterSeal.tap("KeepUiOutOfPlugin", () => {
        for (const entry of this.entries) {
          const entrypoint = compilation.entrypoints.get(entry);
          if (!entrypoint) continue;
          for (const chunk of entrypoint.chunks) {
            for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              // Scope hoisting wraps modules in a ConcatenatedModule: look inside.
              const inner = module.modules ? [...module.modules] : [module];
              const resource = inner.map((m) => m.resource || "").find((r) => UI_PACKAGES.test(r));
              if (resource) {
                compilation.errors.push(
                  new webpack.WebpackError(
                    `De bundel "${entry}" bevat ${path.relative(__dirname, resource)}: React/Fluent UI hoort daar niet in.`,
                  ),
                );
                return;
              }
            }
          }
        }
      });
    });
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  // Production: every URL comes from IBT_PROD_URL, which must be set (no made-up default address).
  let prodBase = null;
  if (!dev) {
    const { url, fout } = controleerProdUrl(process.env.IBT_PROD_URL);
    if (fout) stop(fout);
    prodBase = url;
  }
  let manifestVersion;
  try {
    manifestVersion = officeVersie(pakketVersie(__dirname));
  } catch (err) {
    stop(err.message);
  }

  const config = {
    // "source-map" in both modes: no eval() in any bundle (the preview page forbids it by CSP).
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: DIST,
      filename: "[name].js",
      // The parts of the task pane loaded on demand (src/taskpane/weergaven.ts): a content hash in the
      // name, so that a server may cache them for long and a new version never mixes with an old one.
      chunkFilename: "[name].[contenthash:8].js",
      devtoolModuleFilenameTemplate: "webpack:///[resource-path]?[loaders]",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `tsc --noEmit` in `npm run lint`. ES modules (tsconfig says commonjs, for
          // jest and tsx) so that webpack can tree-shake Fluent UI and its icons.
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: true } },
          },
        },
        {
          // The engine's layers are pure (no effect on import), so that a module importing one function
          // from the src/domain barrel does not pull the whole domain (with its list of gemeenten) into
          // the task pane's initial bundle.
          test: /[\\/]src[\\/](domain|sheet|host)[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The React and Fluent UI modules of the first screen. Per page, so that the preview's own
          // components (its grid, its dark theme) do not weigh on the task pane. The views loaded on
          // demand bring the Fluent components only they use (tables, dropdowns, dialogs) in chunks of
          // their own (webpack's default groups for async chunks).
          vendor: {
            test: UI_PACKAGES,
            name: "vendor",
            chunks: (chunk) => chunk.name === "taskpane",
            enforce: true,
          },
          previewVendor: {
            test: UI_PACKAGES,
            name: "preview-vendor",
            chunks: (chunk) => chunk.name === "preview",
            enforce: true,
          },
        },
      },
    },
    performance: {
      // The task pane bundles React and Fluent UI; sizes are reported by `npm run build` anyway.
      hints: false,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/*", to: "help/[name][ext]", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets/voorbeeld.xlsx", to: "voorbeeld.xlsx", noErrorOnMissing: true },
        ],
      }),
      new FunctionsJsonPlugin(),
      new ExampleWorkbookPlugin(path.resolve(__dirname, "assets/voorbeeld.xlsx"), "voorbeeld.json"),
      new KeepUiOutOfPlugin(["functions", "commands"]),
      new ManifestVersionPlugin(manifestVersion),
      ...(dev ? [] : [new RewriteDevUrlPlugin(DEV_URL, prodBase)]),
      ...(dev ? [] : [new SourceHashPlugin()]),
    ],
  };

  if (serving) {
    config.devServer = {
      port: 3000,
      server: await devServerHttps(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: DIST, watch: false },
      devMiddleware: { writeToDisk: true },
      client: { overlay: false },
      hot: false,
      liveReload: true,
    };
  }

  return config;
};
