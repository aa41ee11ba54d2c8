/**
 * Builds the add-in: the custom functions (functions.js + functions.json generated
 * from JSDoc) and the task pane, served from one page in a shared runtime.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { httpsOptions } = require("./scripts/dev-certs");

const urlDev = "https://localhost:3000/";

/**
 * The pane's Content-Security-Policy: scripts only from the add-in and Office's
 * CDN, no connections anywhere but the add-in itself (and the dev server's
 * reload socket in development).
 */
function contentSecurityPolicy(dev) {
  const connect = dev ? "'self' wss://localhost:* ws://localhost:*" : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
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
        csp: contentSecurityPolicy(dev),
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        csp: contentSecurityPolicy(dev),
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
