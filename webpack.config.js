/**
 * Builds the add-in: the custom functions (functions.js + functions.json generated
 * from JSDoc) and the task pane, served from one page in a shared runtime; the
 * preview page; and the help page.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { httpsOptions } = require("./scripts/dev-certs");

const urlDev = "https://localhost:3000/";

/**
 * Where Office.js itself comes from; nothing the add-in's own code needs.
 * - appsforoffice.microsoft.com: the Office.js CDN taskpane.html loads, as Microsoft documents it
 *   ("Referencing the Office JavaScript API library", office-js-docs-pr
 *   docs/develop/referencing-the-javascript-api-for-office-library-from-its-cdn.md).
 * - officeapis.public.onecdn.static.microsoft: the same CDN on Microsoft's new unified domain,
 *   which the documentation now gives instead (office-js-docs-pr pull request #5882 and
 *   office-js-docs-reference #2629, "Update CDN URL to OCDI URL", September 2026).
 * Office.js loads its host files (excel-web-16.00.js, strings, telemetry) as scripts from the
 * host it was loaded from, and frames `AgaveErrorUX/index.html` from that host to ask whether a
 * web host it does not recognise is trusted (checkReceiverOriginAndRun in excel-web-16.00.js
 * of @microsoft/office-js): hence script-src and frame-src.
 */
const OFFICE_JS_HOSTS = [
  "https://appsforoffice.microsoft.com",
  "https://officeapis.public.onecdn.static.microsoft",
];

/**
 * Office.js's own usage telemetry: the aria-web-telemetry.js it loads posts to this collector
 * (its default collectorUri; the request is shown in OfficeDev/office-js issue #61). Blocking it
 * only fills the console with errors, but it is Office's, not the add-in's.
 */
const OFFICE_TELEMETRY = "https://browser.pipe.aria.microsoft.com";

/**
 * A page's Content-Security-Policy. No 'unsafe-eval' anywhere. Scripts only from the add-in
 * and, on a page that loads Office.js (`office`), Office's CDN; no connection anywhere but the
 * add-in itself, Office.js's telemetry on that page, and the dev server's reload socket in
 * development.
 */
function contentSecurityPolicy(dev, office) {
  const devSocket = dev ? ["wss://localhost:*", "ws://localhost:*"] : [];
  const script = ["'self'", ...(office ? OFFICE_JS_HOSTS : [])];
  const connect = ["'self'", ...(office ? [OFFICE_TELEMETRY] : []), ...devSocket];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    ...(office ? [`frame-src ${OFFICE_JS_HOSTS.join(" ")}`] : []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}
const urlProd = process.env.LKJIP_ADDIN_URL || urlDev;

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // `webpack serve` is https, as Office requires; LKJIP_DEV_HTTP=1 serves plain http
  // instead (the end-to-end test, or a machine without the development certificates).
  const https = Boolean(env.WEBPACK_SERVE) && process.env.LKJIP_DEV_HTTP !== "1";
  return {
    // Never an eval devtool: the pages' Content-Security-Policy has no 'unsafe-eval', so an
    // eval-wrapped development bundle is refused and the pane stays blank (issue 11).
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        csp: contentSecurityPolicy(dev, true),
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        csp: contentSecurityPolicy(dev, false),
      }),
      // The help page (the manifest's SupportUrl and LearnMoreUrl), written at build time by
      // src/help/bantuan.ts from the engine's rules and the functions' reference; no script.
      new HtmlWebpackPlugin({
        filename: "bantuan.html",
        template: "./src/help/bantuan.ts",
        chunks: [],
        inject: false,
        csp: contentSecurityPolicy(dev, false),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: await httpsOptions() } : "http",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: false },
    },
  };
};
