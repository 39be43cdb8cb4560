/**
 * The `ibt` command line: `ibt check [file.xlsx] [--sheet NAME] [--out FILE.xlsx] [--json]
 * [--kolom "KOP=veld" ...] [--versnelling-achterstand geregistreerd|gecorrigeerd]`, and
 * `ibt rapport [file.xlsx] [--sheet NAME] [--out FILE.xlsx] [--json]` (src/cli/rapportage.ts).
 * Reads an .xlsx package (src/cli/lezen.ts), runs the sheet engine, prints a Dutch summary (or JSON),
 * and optionally writes a lossless copy with the write plan applied (src/cli/schrijven.ts). The input
 * file is only ever read.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { controleerBlad, maakSchrijfPlan, naarJsonRapport } from "../sheet";
import { VELD_LABELS, kopSleutel } from "../sheet/kolommen";
import type { Blad, ControleOpties, Rapport, Veld, VersnellingAchterstand } from "../sheet/types";
import { formatGetal } from "../domain";
import { GEBRUIK, cliBerichten } from "./berichten";
import {
  InvoerFout,
  type Werkblad,
  type Werkmap,
  aantalRijen,
  gebruikt1904,
  leesTabellen,
  loadWerkmap,
  readXlsxBuffer,
  sheetToBlad,
} from "./lezen";
import { controleerPlan, kiesNieuweBladnaam, schrijfKopie } from "./schrijven";
import { formatRapportage } from "./rapportage";
import { maakRapportage, maakRapportageBlad } from "../sheet/rapportage";
import { formatOpmerkingen, formatSamenvatting, toonbaar, veiligeJson } from "./uitvoer";

/** Where the command line writes; tests pass their own. */
export interface CliIo {
  stdout(tekst: string): void;
  stderr(tekst: string): void;
  /** Show progress lines on stderr (default: when stderr is a terminal). */
  voortgang: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FOUTEN = 1;
export const EXIT_ONBRUIKBAAR = 2;

/** Root of the package (two levels above src/cli), so the example is found whatever the cwd. */
export const PAKKET_MAP = path.resolve(__dirname, "..", "..");
export const VOORBEELD_PAD = path.join(PAKKET_MAP, "assets", "voorbeeld.xlsx");

/** Progress is shown for inputs from this size on (and only on a terminal). */
const VOORTGANG_VANAF_BYTES = 512 * 1024;
const VOORTGANG_VANAF_RIJEN = 2_000;

function standaardIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    voortgang: Boolean(process.stderr.isTTY),
  };
}

interface Argumenten {
  bestand: string | null;
  blad: string | null;
  uitvoer: string | null;
  json: boolean;
  /** `--kolom "KOP=veld"`: header text -> field (null = ignore); absent without --kolom. */
  kopToewijzing?: Record<string, Veld | null>;
  /** `--versnelling-achterstand`: the backlog of rule 8 per row; absent = geregistreerd. */
  versnellingAchterstand?: VersnellingAchterstand;
}

type Aanroep =
  | { soort: "help" }
  | { soort: "check"; argumenten: Argumenten }
  | { soort: "rapport"; argumenten: Argumenten }
  | { soort: "fout"; bericht: string };

/** Parses the command line (without `node` and the script). */
export function parseAanroep(argv: string[]): Aanroep {
  let geparsed;
  try {
    geparsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: "string", short: "s" },
        out: { type: "string", short: "o" },
        json: { type: "boolean", default: false },
        kolom: { type: "string", multiple: true },
        "versnelling-achterstand": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (fout) {
    return { soort: "fout", bericht: cliBerichten.ongeldigeOptie(vertaalParseFout(fout)) };
  }
  const { values, positionals } = geparsed;
  if (values.help) return { soort: "help" };
  const [opdracht, ...bestanden] = positionals;
  if (opdracht === undefined) return { soort: "fout", bericht: cliBerichten.geenOpdracht };
  if (opdracht !== "check" && opdracht !== "rapport")
    return { soort: "fout", bericht: cliBerichten.onbekendeOpdracht(opdracht) };
  if (bestanden.length > 1) return { soort: "fout", bericht: cliBerichten.teVeelBestanden(bestanden.length) };
  if (values.sheet !== undefined && values.sheet.trim() === "") {
    return { soort: "fout", bericht: cliBerichten.ongeldigeOptie("--sheet zonder werkbladnaam") };
  }
  if (values.out !== undefined && values.out.trim() === "") {
    return { soort: "fout", bericht: cliBerichten.ongeldigeOptie("--out zonder bestandsnaam") };
  }
  const toewijzing = leesKolomOpties(values.kolom ?? []);
  if (typeof toewijzing === "string") return { soort: "fout", bericht: toewijzing };
  const achterstand = values["versnelling-achterstand"];
  const versnellingAchterstand =
    achterstand === undefined ? undefined : leesVersnellingAchterstand(achterstand);
  if (versnellingAchterstand === null)
    return {
      soort: "fout",
      bericht: cliBerichten.ongeldigeOptie(cliBerichten.versnellingAchterstandOngeldig(achterstand!)),
    };
  return {
    soort: opdracht,
    argumenten: {
      bestand: bestanden[0] ?? null,
      blad: values.sheet ?? null,
      uitvoer: values.out ?? null,
      json: Boolean(values.json),
      ...(toewijzing ? { kopToewijzing: toewijzing } : {}),
      ...(versnellingAchterstand ? { versnellingAchterstand } : {}),
    },
  };
}

/**
 * The value of `--versnelling-achterstand`: "geregistreerd" or "gecorrigeerd" (case and surrounding
 * spaces ignored); null for anything else.
 */
export function leesVersnellingAchterstand(waarde: string): VersnellingAchterstand | null {
  const tekst = waarde.trim().toLowerCase();
  return tekst === "geregistreerd" || tekst === "gecorrigeerd" ? tekst : null;
}

/** Words of `--kolom "KOP=negeren"` that make the engine ignore a column. */
const NEGEREN = new Set(["negeren", "-"]);

/**
 * The field a `--kolom` value names: its code ("taakstelling", "achterstandBegin") or its Dutch label
 * ("Taakstelling volgende periode"), compared like headers (case, spaces and punctuation ignored);
 * null for "negeren" or "-"; undefined when it names no field.
 */
export function veldVanNaam(naam: string): Veld | null | undefined {
  const tekst = naam.trim();
  if (NEGEREN.has(tekst.toLowerCase())) return null;
  const sleutel = kopSleutel(tekst);
  if (sleutel === "") return undefined;
  for (const [veld, label] of Object.entries(VELD_LABELS) as [Veld, string][]) {
    if (kopSleutel(veld) === sleutel || kopSleutel(label) === sleutel) return veld;
  }
  return undefined;
}

/**
 * The `--kolom "KOP=veld"` options as header text -> field; undefined without any; a Dutch message
 * (for exit code 2) when one is malformed, names no field, or gives one header two different fields.
 */
export function leesKolomOpties(waarden: string[]): Record<string, Veld | null> | string | undefined {
  if (waarden.length === 0) return undefined;
  const uit: Record<string, Veld | null> = {};
  const perSleutel = new Map<string, { kop: string; veld: Veld | null }>();
  for (const waarde of waarden) {
    // The field never contains "=", the header might: split at the last one.
    const i = waarde.lastIndexOf("=");
    const kop = i < 0 ? "" : waarde.slice(0, i).trim();
    const naam = i < 0 ? "" : waarde.slice(i + 1).trim();
    if (i < 0 || kop === "" || naam === "")
      return cliBerichten.ongeldigeOptie(cliBerichten.kolomVorm(waarde));
    const veld = veldVanNaam(naam);
    if (veld === undefined) return cliBerichten.onbekendVeld(naam, waarde, Object.keys(VELD_LABELS));
    const sleutel = kopSleutel(kop);
    const eerder = perSleutel.get(sleutel);
    if (eerder && eerder.veld !== veld) return cliBerichten.kolomTweeKeer(eerder.kop, kop);
    perSleutel.set(sleutel, { kop, veld });
    uit[kop] = veld;
  }
  return uit;
}

/**
 * The `--kolom` headers that match no header cell: no text cell of the sheet's first 20 rows (nor a
 * two-row header as the engine combined it) has the same text, compared as the engine compares them.
 */
export function ongebruikteKoppen(
  blad: Blad,
  rapport: Rapport | null,
  kopToewijzing: Record<string, unknown>,
): string[] {
  const gezien = new Set<string>();
  for (const rij of blad.waarden.slice(0, KOPREGEL_ZOEKRIJEN)) {
    for (const w of rij ?? []) {
      if ((typeof w === "string" && w.trim() !== "") || typeof w === "number")
        gezien.add(kopSleutel(String(w)));
    }
  }
  for (const k of rapport?.kolommen ?? []) if (k.kop !== "") gezien.add(kopSleutel(k.kop));
  return Object.keys(kopToewijzing).filter((kop) => !gezien.has(kopSleutel(kop)));
}

/** Rows the engine searches for the header row (src/sheet/kolommen.ts). */
const KOPREGEL_ZOEKRIJEN = 20;

function vertaalParseFout(fout: unknown): string {
  const tekst = fout instanceof Error ? fout.message : String(fout);
  const onbekend = /Unknown option '([^']+)'/.exec(tekst);
  if (onbekend) return `onbekende optie ${onbekend[1]}`;
  const optie = /--[\w-]+/.exec(tekst)?.[0] ?? "";
  if (/argument missing/.test(tekst)) return `optie ${optie} verwacht een waarde`;
  if (/does not take an argument/.test(tekst)) return `optie ${optie} neemt geen waarde`;
  return tekst;
}

interface Keuze {
  werkblad: Werkblad;
  blad: Blad;
  rapport: Rapport;
  automatisch: boolean;
}

/** The sheet to check: `--sheet NAME`, else the first visible sheet where the engine finds a header row. */
export function kiesBlad(werkmap: Werkmap, naam: string | null, opties: ControleOpties = {}): Keuze {
  const datum1904 = gebruikt1904(werkmap);
  const namen = werkmap.worksheets.map((w) => w.name);
  if (naam !== null) {
    const werkblad =
      werkmap.worksheets.find((w) => w.name === naam) ??
      enigeOfNiets(werkmap.worksheets.filter((w) => w.name.toLowerCase() === naam.trim().toLowerCase()));
    if (!werkblad) throw new InvoerFout(cliBerichten.bladOnbekend(naam, namen));
    const blad = sheetToBlad(werkblad, datum1904);
    const rapport = controleerBlad(blad, opties);
    if (rapport.kopRij === null) {
      // A --kolom header that is not on this sheet is likely why: say so with the error.
      const ontbrekend = opties.kopToewijzing ? ongebruikteKoppen(blad, null, opties.kopToewijzing) : [];
      throw new InvoerFout(
        [
          cliBerichten.geenKopregelInBlad(werkblad.name),
          ...rapport.opmerkingen.map((o) => o.bericht),
          ...ontbrekend.map((kop) => cliBerichten.kopNietGevonden(kop, werkblad.name)),
        ].join("\n"),
      );
    }
    return { werkblad, blad, rapport, automatisch: false };
  }
  const zichtbaar = werkmap.worksheets.filter((w) => w.state === "visible");
  // Per sheet what the engine saw instead of a header row (the headers and the field each came closest to).
  const diagnoses: string[] = [];
  for (const werkblad of zichtbaar) {
    const blad = sheetToBlad(werkblad, datum1904);
    if (blad.waarden.length === 0) continue;
    const rapport = controleerBlad(blad, opties);
    if (rapport.kopRij !== null) return { werkblad, blad, rapport, automatisch: true };
    for (const o of rapport.opmerkingen) diagnoses.push(cliBerichten.bladDiagnose(werkblad.name, o.bericht));
  }
  throw new InvoerFout(
    [cliBerichten.geenHerkenbaarBlad(zichtbaar.map((w) => w.name)), ...diagnoses].join("\n"),
  );
}

/**
 * `ibt rapport`: the rapportage of the chosen sheet's latest period as text (or JSON), and with --out a
 * copy of the workbook with the sheet "Rapportage <periode>" added (nothing else changes; a re-run
 * replaces the add-in's own sheet, a user's sheet with that name stays).
 */
async function rapporteer(
  werkmap: Werkmap,
  keuze: Keuze,
  args: Argumenten,
  bestand: string,
  io: CliIo,
  ruweIo: CliIo,
): Promise<void> {
  const rapportage = maakRapportage(keuze.rapport);
  const vandaag = new Date();
  if (args.uitvoer !== null) {
    const blad = maakRapportageBlad(rapportage, { blad: keuze.blad.naam, datum: vandaag });
    const { bytes } = schrijfKopie(werkmap, null, null, [blad]);
    try {
      await fs.writeFile(args.uitvoer, bytes);
    } catch (fout) {
      throw new InvoerFout(cliBerichten.uitvoerMislukt(args.uitvoer, (fout as Error).message));
    }
    const melding = cliBerichten.rapportGeschreven(args.uitvoer, kiesNieuweBladnaam(werkmap, blad.naam).naam);
    if (args.json) io.stderr(`${melding}\n`);
    else io.stdout(`${melding}\n\n`);
  }
  if (args.json) ruweIo.stdout(`${veiligeJson(JSON.stringify(rapportage, null, 2))}\n`);
  else io.stdout(formatRapportage(rapportage, { bestand, automatisch: keuze.automatisch }, vandaag));
}

function enigeOfNiets<T>(lijst: T[]): T | undefined {
  return lijst.length === 1 ? lijst[0] : undefined;
}

async function bestaatAlsZelfde(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

async function controleerUitvoerpad(invoer: string, uitvoer: string): Promise<void> {
  if (await bestaatAlsZelfde(invoer, uitvoer))
    throw new InvoerFout(cliBerichten.uitvoerGelijkAanInvoer(uitvoer));
  if (path.extname(uitvoer).toLowerCase() !== ".xlsx")
    throw new InvoerFout(cliBerichten.uitvoerGeenXlsx(uitvoer));
  const map = path.dirname(path.resolve(uitvoer));
  try {
    if (!(await fs.stat(map)).isDirectory()) throw new Error();
  } catch {
    throw new InvoerFout(cliBerichten.uitvoerMapOntbreekt(map));
  }
}

/**
 * Runs the command line; resolves to the exit code. Never throws for bad input. Nothing from the file
 * reaches the terminal as a control character: every line goes out through `toonbaar` (JSON through
 * `veiligeJson`, which keeps it valid JSON).
 */
export async function main(argv: string[], ruweIo: CliIo = standaardIo()): Promise<number> {
  const io: CliIo = {
    voortgang: ruweIo.voortgang,
    stdout: (t) => ruweIo.stdout(toonbaar(t)),
    stderr: (t) => ruweIo.stderr(toonbaar(t)),
  };
  const aanroep = parseAanroep(argv);
  if (aanroep.soort === "help") {
    io.stdout(GEBRUIK);
    return EXIT_OK;
  }
  if (aanroep.soort === "fout") {
    io.stderr(`${aanroep.bericht}\n`);
    return EXIT_ONBRUIKBAAR;
  }
  const args = aanroep.argumenten;
  const start = Date.now();
  try {
    const invoer = args.bestand ?? VOORBEELD_PAD;
    const weergaveNaam = args.bestand ?? path.relative(process.cwd(), VOORBEELD_PAD) ?? VOORBEELD_PAD;
    if (args.bestand === null) {
      try {
        await fs.access(VOORBEELD_PAD);
      } catch {
        throw new InvoerFout(cliBerichten.voorbeeldOntbreekt(VOORBEELD_PAD));
      }
    }
    if (args.uitvoer !== null) await controleerUitvoerpad(invoer, args.uitvoer);

    const buffer = await readXlsxBuffer(invoer);
    const grootBestand = buffer.length >= VOORTGANG_VANAF_BYTES;
    const meld = (tekst: string, altijd = false): void => {
      if (io.voortgang && (grootBestand || altijd)) io.stderr(`${tekst}\n`);
    };
    meld(cliBerichten.voortgangLezen(weergaveNaam, formatGetal(buffer.length / 1_048_576, 1)));
    const werkmap = await loadWerkmap(buffer, invoer);
    // The same options for checking and for the write plan (which is made from this report).
    const opties: ControleOpties = {
      ...(args.kopToewijzing ? { kopToewijzing: args.kopToewijzing } : {}),
      ...(args.versnellingAchterstand ? { versnellingAchterstand: args.versnellingAchterstand } : {}),
    };
    const keuze = kiesBlad(werkmap, args.blad, opties);
    if (args.kopToewijzing) {
      for (const kop of ongebruikteKoppen(keuze.blad, keuze.rapport, args.kopToewijzing))
        io.stderr(`${cliBerichten.kopNietGevonden(kop, keuze.blad.naam)}\n`);
    }
    const rijen = aantalRijen(keuze.blad);
    const groot = grootBestand || rijen >= VOORTGANG_VANAF_RIJEN;
    if (groot) meld(cliBerichten.voortgangControleren(rijen, keuze.blad.naam), true);
    if (aanroep.soort === "rapport") {
      await rapporteer(werkmap, keuze, args, weergaveNaam, io, ruweIo);
      if (groot) meld(cliBerichten.voortgangKlaar(formatGetal((Date.now() - start) / 1000, 1)), true);
      // As check: errors on the sheet (the figures may be wrong) give exit code 1.
      return keuze.rapport.opmerkingen.some((o) => o.ernst === "fout") ? EXIT_FOUTEN : EXIT_OK;
    }

    if (args.uitvoer !== null) {
      const plan = maakSchrijfPlan(keuze.blad, keuze.rapport);
      // Never over the user's cells: the plan avoids them, and this refuses (exit code 2) if it did not.
      // ... nor over the header of an Excel table (its cells must keep the table's column names).
      controleerPlan(plan, keuze.blad, args.uitvoer, leesTabellen(keuze.werkblad));
      if (groot) meld(cliBerichten.voortgangSchrijven(args.uitvoer), true);
      // Only the cells of the plan change; every other part of the package is copied as it is.
      const { bytes } = schrijfKopie(werkmap, keuze.werkblad, plan);
      try {
        await fs.writeFile(args.uitvoer, bytes);
      } catch (fout) {
        throw new InvoerFout(cliBerichten.uitvoerMislukt(args.uitvoer, (fout as Error).message));
      }
      const melding = cliBerichten.geschreven(args.uitvoer, plan.aantalCellen, plan.kolommen.length);
      if (args.json) io.stderr(`${melding}\n`);
      else io.stdout(`${melding}\n\n`);
    }

    if (args.json) {
      ruweIo.stdout(`${veiligeJson(JSON.stringify(naarJsonRapport(keuze.rapport), null, 2))}\n`);
    } else {
      io.stdout(formatSamenvatting(keuze.rapport, { bestand: weergaveNaam, automatisch: keuze.automatisch }));
      io.stdout("\n");
      io.stdout(formatOpmerkingen(keuze.rapport.opmerkingen));
    }
    if (groot) meld(cliBerichten.voortgangKlaar(formatGetal((Date.now() - start) / 1000, 1)), true);
    return keuze.rapport.opmerkingen.some((o) => o.ernst === "fout") ? EXIT_FOUTEN : EXIT_OK;
  } catch (fout) {
    if (fout instanceof InvoerFout) {
      io.stderr(`${fout.message}\n`);
      return EXIT_ONBRUIKBAAR;
    }
    // Never a stack trace for the user: a clear message, and the details with IBT_DEBUG=1.
    io.stderr(`${cliBerichten.onverwacht(fout instanceof Error ? fout.message : String(fout))}\n`);
    if (process.env.IBT_DEBUG && fout instanceof Error && fout.stack) io.stderr(`${fout.stack}\n`);
    return EXIT_ONBRUIKBAAR;
  }
}
