/**
 * Which HTTPS certificate the dev server uses. office-addin-dev-certs' own getHttpsServerOptions()
 * tries to install its CA with sudo when it is not trusted yet (and throws on Linux without sudo), so we
 * only call it when the certificates are already valid and trusted; otherwise webpack-dev-server makes
 * a self-signed certificate of its own (the browser then warns). Used by webpack.config.js and start.js.
 */
"use strict";

/** @returns {{ trusted: boolean, reason: string }} */
function devCertStatus() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    return { trusted: false, reason: "office-addin-dev-certs is niet geïnstalleerd" };
  }
  try {
    // Valid localhost certificate + key and a trusted CA; has no side effects.
    if (devCerts.verifyCertificates()) return { trusted: true, reason: "ontwikkelcertificaten vertrouwd" };
    return { trusted: false, reason: "het CA-certificaat van office-addin-dev-certs is niet geïnstalleerd" };
  } catch (err) {
    return { trusted: false, reason: `certificaten niet te controleren: ${err && err.message}` };
  }
}

/**
 * The `server` option of webpack-dev-server 5: trusted dev certificates when available, else its own
 * self-signed certificate.
 */
async function devServerHttps() {
  const status = devCertStatus();
  if (status.trusted) {
    try {
      const { ca, key, cert } = await require("office-addin-dev-certs").getHttpsServerOptions();
      return { type: "https", options: { ca, key, cert } };
    } catch {
      // fall through to the self-signed certificate
    }
  }
  return { type: "https" };
}

module.exports = { devCertStatus, devServerHttps };
