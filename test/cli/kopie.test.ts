/**
 * `ibt check --out`: the input stays byte-identical, the copy holds the original cells and the IBT
 * columns, a second run changes nothing, and an independent reader (LibreOffice headless) opens it.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { hashBestand, leusdenBlad, maakTempMap, opnameIo, schrijfWerkmap } from "./helpers";

type Cellen = Map<string, { waarde: unknown; formaat: string; vulling: string | null }>;

async function leesCellen(pad: string, blad: string): Promise<Cellen> {
  const werkmap = new ExcelJS.Workbook();
  await werkmap.xlsx.readFile(pad);
  const ws = werkmap.getWorksheet(blad)!;
  const cellen: Cellen = new Map();
  ws.eachRow((rij) =>
    rij.eachCell((cel) => {
      const vulling =
        cel.fill && cel.fill.type === "pattern" && cel.fill.pattern === "solid"
          ? (cel.fill.fgColor?.argb ?? null)
          : null;
      if (cel.value === null && vulling === null) return;
      cellen.set(cel.address, { waarde: cel.value, formaat: cel.numFmt ?? "General", vulling });
    }),
  );
  return cellen;
}

function kopregel(cellen: Cellen, rij: number): string[] {
  return [...cellen.entries()]
    .filter(([adres]) => Number(adres.replace(/^[A-Z]+/, "")) === rij)
    .map(([, c]) => String(c.waarde));
}

/** Minimal CSV reader (comma, double quotes) for LibreOffice's output. */
function leesCsv(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = "";
  let inAanhaling = false;
  for (let i = 0; i < tekst.length; i++) {
    const t = tekst[i];
    if (inAanhaling) {
      if (t === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (t === '"') inAanhaling = false;
      else veld += t;
    } else if (t === '"') inAanhaling = true;
    else if (t === ",") {
      rij.push(veld);
      veld = "";
    } else if (t === "\n" || t === "\r") {
      if (t === "\r" && tekst[i + 1] === "\n") i++;
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = "";
    } else veld += t;
  }
  if (veld !== "" || rij.length) {
    rij.push(veld);
    rijen.push(rij);
  }
  return rijen;
}

function zoekSoffice(): string {
  for (const pad of ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"]) {
    if (existsSync(pad)) return pad;
  }
  throw new Error(
    "LibreOffice (soffice) ontbreekt: deze test controleert het geschreven bestand met een onafhankelijke lezer. " +
      "Installeer het met: apt-get install -y --no-install-recommends libreoffice-calc-nogui",
  );
}

describe("ibt check --out", () => {
  const tmp = maakTempMap();
  afterAll(tmp.opruimen);
  const invoer = path.join(tmp.map, "leusden.xlsx");
  const uit1 = path.join(tmp.map, "leusden-ibt.xlsx");
  const uit2 = path.join(tmp.map, "leusden-ibt-2.xlsx");
  let hashVoor = "";

  beforeAll(async () => {
    await schrijfWerkmap(invoer, [leusdenBlad(), { naam: "Notities", rijen: [["Niet aankomen"]] }]);
    hashVoor = hashBestand(invoer);
    const io = opnameIo();
    expect(await main(["check", invoer, "--out", uit1], io)).toBe(0);
    expect(io.uit).toMatch(
      /^Kopie met resultaten geschreven naar .*leusden-ibt\.xlsx \(\d+ cellen in \d+ IBT-kolommen\)\./,
    );
  });

  it("laat het invoerbestand byte voor byte ongewijzigd", () => {
    expect(hashBestand(invoer)).toBe(hashVoor);
  });

  it("houdt alle oorspronkelijke cellen en voegt IBT-kolommen met notaties toe", async () => {
    const voor = await leesCellen(invoer, "Overzicht");
    const na = await leesCellen(uit1, "Overzicht");
    for (const [adres, cel] of voor)
      expect({ adres, waarde: na.get(adres)?.waarde }).toEqual({ adres, waarde: cel.waarde });
    const koppen = kopregel(na, 3);
    const eigen = koppen.filter((k) => k.startsWith("IBT "));
    expect(eigen.length).toBeGreaterThanOrEqual(5);
    // The computed totaalopgave of Leusden appears in an IBT column, with a number format.
    const kolomTo = [...na.entries()].find(
      ([a, c]) =>
        /^[A-Z]+3$/.test(a) && /totaalopgave/i.test(String(c.waarde)) && String(c.waarde).startsWith("IBT "),
    );
    expect(kolomTo).toBeDefined();
    const letter = kolomTo![0].replace(/\d+$/, "");
    expect([4, 5, 6, 7].map((r) => na.get(`${letter}${r}`)?.waarde)).toEqual([25, 38, 39, 51]);
    const percentages = [...na.values()].filter((c) => typeof c.waarde === "number" && /%/.test(c.formaat));
    expect(percentages.length).toBeGreaterThan(0);
    // A trede cell has a fill together with its text.
    const gevuld = [...na.values()].filter((c) => c.vulling !== null);
    expect(gevuld.length).toBeGreaterThan(0);
    for (const c of gevuld) expect(String(c.waarde)).toMatch(/\S/);
    // Other sheets untouched.
    expect(await leesCellen(uit1, "Notities")).toEqual(await leesCellen(invoer, "Notities"));
  });

  it("verandert bij een tweede run op de kopie niets (idempotent)", async () => {
    const io = opnameIo();
    expect(await main(["check", uit1, "--out", uit2], io)).toBe(0);
    expect(await leesCellen(uit2, "Overzicht")).toEqual(await leesCellen(uit1, "Overzicht"));
    const json1 = opnameIo();
    const json2 = opnameIo();
    await main(["check", invoer, "--json"], json1);
    await main(["check", uit1, "--json"], json2);
    expect(JSON.parse(json2.uit).rows).toEqual(JSON.parse(json1.uit).rows);
  });

  it("is leesbaar voor LibreOffice (headless omzetting naar CSV met de IBT-kolommen)", async () => {
    const soffice = zoekSoffice();
    const profiel = path.join(tmp.map, "lo-profiel");
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=file://${profiel}`,
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76",
          "--outdir",
          tmp.map,
          uit1,
        ],
        { timeout: 110_000 },
        (fout, _stdout, stderr) =>
          fout ? reject(new Error(`soffice mislukt: ${fout.message}\n${stderr}`)) : resolve(),
      );
    });
    const csv = readFileSync(path.join(tmp.map, "leusden-ibt.csv"), "utf8");
    const rijen = leesCsv(csv);
    const kop = rijen[2];
    expect(kop.slice(0, 8)).toEqual([
      "Gemeente",
      "Periode",
      "Achterstand begin",
      "Taakstelling",
      "Herverdeling",
      "Gerealiseerd",
      "Na-registratie",
      "Vorige trede",
    ]);
    const k = kop.findIndex((c) => /^IBT .*totaalopgave/i.test(c) && !/realisatie|incl/i.test(c));
    expect(k).toBeGreaterThan(7);
    expect(rijen.slice(3, 7).map((r) => r[k])).toEqual(["25", "38", "39", "51"]);
    expect(rijen[3][0]).toBe("Leusden");
  }, 120_000);
});
