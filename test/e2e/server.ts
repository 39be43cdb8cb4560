/** A tiny static file server for dist/ on 127.0.0.1 and a free port (no network beyond localhost). */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";

const SOORTEN: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface Server {
  url: string;
  sluit(): Promise<void>;
}

/**
 * Serves the files under `map`, plus `extra`: absolute files under a path of their own (a test's helper
 * script, such as axe-core, loaded by the page from its own origin).
 */
export async function serveer(map: string, extra: Record<string, string> = {}): Promise<Server> {
  const wortel = path.resolve(map);
  const server = http.createServer((vraag, antwoord) => {
    const pad = decodeURIComponent(new URL(vraag.url ?? "/", "http://localhost").pathname);
    const bestand = Object.hasOwn(extra, pad)
      ? extra[pad]
      : path.resolve(wortel, "." + (pad.endsWith("/") ? pad + "index.html" : pad));
    const binnen = Object.hasOwn(extra, pad) || bestand.startsWith(wortel + path.sep);
    if (!binnen || !fs.existsSync(bestand) || !fs.statSync(bestand).isFile()) {
      antwoord.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Niet gevonden");
      return;
    }
    // Revalidation, as a real web server does: the browser may keep a file, and asks each time whether it
    // changed (no-cache); an unchanged file is answered with 304 and the browser uses its copy.
    const stat = fs.statSync(bestand);
    const etag = `"${stat.size.toString(36)}-${Math.trunc(stat.mtimeMs).toString(36)}"`;
    const kop = { "Cache-Control": "no-cache", ETag: etag };
    if (vraag.headers["if-none-match"] === etag) {
      antwoord.writeHead(304, kop).end();
      return;
    }
    antwoord.writeHead(200, {
      ...kop,
      "Content-Type": SOORTEN[path.extname(bestand)] ?? "application/octet-stream",
    });
    fs.createReadStream(bestand).pipe(antwoord);
  });
  await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sluit: () =>
      new Promise<void>((klaar) => {
        server.closeAllConnections?.();
        server.close(() => klaar());
      }),
  };
}
