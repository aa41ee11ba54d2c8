/**
 * HTTPS options for the dev server. Office requires https even on localhost.
 * office-addin-dev-certs generates a CA and a localhost certificate and tries to
 * trust the CA; where that needs sudo and there is none (a plain Linux box), the
 * generated files are still used and the user is told how to trust the CA.
 */
const { existsSync, readFileSync } = require("fs");
const { homedir } = require("os");
const { join } = require("path");

const CERT_DIR = join(homedir(), ".office-addin-dev-certs");

function readGenerated() {
  const file = (name) => readFileSync(join(CERT_DIR, name));
  return { ca: file("ca.crt"), key: file("localhost.key"), cert: file("localhost.crt") };
}

/** Resolves to `{ ca, key, cert }` for webpack-dev-server's https server. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    if (!existsSync(join(CERT_DIR, "localhost.crt"))) throw error;
    console.warn(
      `Sertifikat CA pengembang dibuat di ${CERT_DIR} tetapi belum dipercaya sistem ` +
        `(${error.message.trim()}). Percayai ca.crt di browser atau sistem Anda, ` +
        "atau terima peringatan keamanan browser untuk https://localhost:3000."
    );
    return readGenerated();
  }
}

module.exports = { httpsOptions };
