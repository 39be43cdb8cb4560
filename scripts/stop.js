#!/usr/bin/env node
/**
 * `npm stop`: stops the dev server that `npm start` started (its process group, pid in .dev-server.pid)
 * and removes the pid file. Touches no other process.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".dev-server.pid");

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

/** Signals the process group of pid (the server was started detached, so it leads its own group). */
function signal(pid, sig) {
  try {
    process.kill(-pid, sig);
  } catch {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

async function main() {
  if (!fs.existsSync(PID_FILE)) {
    console.log("Er draait geen ontwikkelserver van npm start (geen .dev-server.pid).");
    return 0;
  }
  const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 0) {
    fs.rmSync(PID_FILE);
    console.log(".dev-server.pid was ongeldig en is verwijderd.");
    return 0;
  }
  if (!isAlive(pid)) {
    fs.rmSync(PID_FILE);
    console.log(`De ontwikkelserver (pid ${pid}) draaide al niet meer; .dev-server.pid is verwijderd.`);
    return 0;
  }
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
  } else {
    signal(pid, "SIGTERM");
    for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) signal(pid, "SIGKILL");
  }
  for (let i = 0; i < 20 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) {
    console.error(`De ontwikkelserver (pid ${pid}) stopt niet; .dev-server.pid is bewaard.`);
    return 1;
  }
  fs.rmSync(PID_FILE);
  console.log(`Ontwikkelserver gestopt (pid ${pid}); poort 3000 is weer vrij.`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`npm stop is mislukt: ${err && err.message}`);
    process.exitCode = 1;
  },
);
