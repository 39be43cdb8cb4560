#!/usr/bin/env node
/**
 * `npm start`: the add-in served over https://localhost:3000 by webpack-dev-server, started in the
 * background. The server makes the one development build itself (devMiddleware.writeToDisk also writes it
 * to dist/, so `npm run validate` sees it); like Microsoft's `npm start`, this command returns once that
 * build is done and the server answers taskpane.html and functions.json. The server's pid goes to .dev-server.pid and its output to .dev-server.log;
 * `npm stop` stops it. Prints the manifest, the preview URL and how to sideload the add-in.
 */
"use strict";

const fs = require("fs");
const https = require("https");
const net = require("net");
const path = require("path");
const { spawn } = require("child_process");
const { devCertStatus } = require("./manifest/dev-certs");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".dev-server.pid");
const LOG_FILE = path.join(ROOT, ".dev-server.log");
const PORT = 3000;
const BASE_URL = `https://localhost:${PORT}/`;
const WEBPACK_CLI = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
const WAIT_MS = 180_000;
/** What webpack-dev-server logs after a build: "webpack 5.x compiled successfully" / "... with 2 errors". */
const BUILD_DONE = /compiled (successfully|with \d+ (errors?|warnings?))/;
const BUILD_FAILED = /compiled with \d+ errors?/;
// eslint-disable-next-line no-control-regex -- colour codes in the server's log
const COLOURS = /\x1b\[[0-9;]*m/g;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

function runningPid() {
  if (!fs.existsSync(PID_FILE)) return null;
  const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, "localhost");
  });
}

/** Does the server answer this URL with 200? Certificate errors are ignored (self-signed fallback). */
function answers(url) {
  return new Promise((resolve) => {
    const request = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(false));
  });
}

function stopServer(pid) {
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    // already gone
  }
  if (fs.existsSync(PID_FILE)) fs.rmSync(PID_FILE);
}

function tail(file, lines) {
  if (!fs.existsSync(file)) return "";
  return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

function printInstructions(certs) {
  const manifest = path.join(ROOT, "manifest.xml");
  console.log(`
IBT Huisvesting draait op ${BASE_URL}
  Taakvenster:            ${BASE_URL}taskpane.html
  Functiebeschrijvingen:  ${BASE_URL}functions.json
  Voorbeeld zonder Excel: ${BASE_URL}preview.html   (werkt in elke browser, met het voorbeeldwerkboek)
  Manifest:               ${manifest}

Invoegtoepassing laden (sideloaden):
  Excel op het web: open een werkmap en kies Start > Invoegtoepassingen > Meer invoegtoepassingen >
    Mijn invoegtoepassingen > Mijn invoegtoepassing uploaden, en kies het manifest hierboven.
  Excel voor Windows of Mac: \`npm run start:desktop\` (laadt het manifest via office-addin-debugging),
    of op Windows: zet manifest.xml in een gedeelde netwerkmap, voeg die map toe als vertrouwde catalogus
    (Bestand > Opties > Vertrouwenscentrum > Instellingen voor het Vertrouwenscentrum > Vertrouwde
    catalogi voor invoegtoepassingen) en kies Start > Invoegtoepassingen > Gedeelde map.
  Daarna staat op het tabblad Start de knop "Controleren" en werken de functies =IBT.…`);
  if (certs.trusted) {
    console.log("\nHTTPS: vertrouwde ontwikkelcertificaten van office-addin-dev-certs.");
  } else {
    console.log(`
HTTPS: een zelfondertekend certificaat van webpack-dev-server (${certs.reason}).
  De browser en Excel waarschuwen daarom voor ${BASE_URL}; open het adres één keer en sta het toe, of
  installeer het CA-certificaat zodat het vertrouwd wordt: \`npx office-addin-dev-certs install\`
  (vraagt om sudo/beheerdersrechten) en start daarna opnieuw (\`npm stop\`, \`npm start\`).`);
  }
  console.log("\nStoppen: npm stop");
}

async function main() {
  const certs = devCertStatus();
  const running = runningPid();
  if (running) {
    console.log(
      `De ontwikkelserver draait al (pid ${running}). Stop hem eerst met \`npm stop\` om opnieuw te starten.`,
    );
    printInstructions(certs);
    return 0;
  }
  if (fs.existsSync(PID_FILE)) fs.rmSync(PID_FILE);
  if (!(await portIsFree(PORT))) {
    console.error(
      `Poort ${PORT} is al in gebruik door een ander programma. Stop dat eerst; npm start gebruikt altijd ${BASE_URL}.`,
    );
    return 1;
  }

  console.log(
    `Ontwikkelserver starten op ${BASE_URL}; hij maakt eerst de ontwikkelbuild (uitvoer in ${path.relative(ROOT, LOG_FILE)})...`,
  );
  const log = fs.openSync(LOG_FILE, "w");
  const server = spawn(process.execPath, [WEBPACK_CLI, "serve", "--mode", "development"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, BROWSER: "none" },
  });
  fs.closeSync(log);
  fs.writeFileSync(PID_FILE, `${server.pid}\n`);
  server.unref();

  const start = Date.now();
  while (Date.now() - start < WAIT_MS) {
    if (!isAlive(server.pid)) {
      console.error(
        `De ontwikkelserver is gestopt voordat hij antwoordde. Laatste regels van ${path.basename(LOG_FILE)}:`,
      );
      console.error(tail(LOG_FILE, 30));
      if (fs.existsSync(PID_FILE)) fs.rmSync(PID_FILE);
      return 1;
    }
    const output = fs.existsSync(LOG_FILE) ? fs.readFileSync(LOG_FILE, "utf8").replace(COLOURS, "") : "";
    if (BUILD_FAILED.test(output)) {
      console.error(
        `De build is mislukt; de server is gestopt. Laatste regels van ${path.basename(LOG_FILE)}:`,
      );
      console.error(tail(LOG_FILE, 40));
      stopServer(server.pid);
      return 1;
    }
    if (
      BUILD_DONE.test(output) &&
      (await answers(`${BASE_URL}taskpane.html`)) &&
      (await answers(`${BASE_URL}functions.json`))
    ) {
      console.log(`Ontwikkelbuild klaar in ${Math.round((Date.now() - start) / 1000)} s.`);
      printInstructions(certs);
      return 0;
    }
    await sleep(500);
  }
  console.error(
    `De ontwikkelserver antwoordde niet binnen ${WAIT_MS / 1000} seconden. Zie ${LOG_FILE}; stop hem met npm stop.`,
  );
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`npm start is mislukt: ${err && err.message}`);
    process.exitCode = 1;
  },
);
