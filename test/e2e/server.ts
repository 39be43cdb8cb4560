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

export async function serveer(map: string): Promise<Server> {
  const wortel = path.resolve(map);
  const server = http.createServer((vraag, antwoord) => {
    const pad = decodeURIComponent(new URL(vraag.url ?? "/", "http://localhost").pathname);
    const bestand = path.resolve(wortel, "." + (pad.endsWith("/") ? pad + "index.html" : pad));
    if (!bestand.startsWith(wortel + path.sep) || !fs.existsSync(bestand) || !fs.statSync(bestand).isFile()) {
      antwoord.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Niet gevonden");
      return;
    }
    antwoord.writeHead(200, { "Content-Type": SOORTEN[path.extname(bestand)] ?? "application/octet-stream" });
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
