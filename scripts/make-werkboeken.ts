/**
 * Generates the corpus of workbooks in test/fixtures/werkboeken/ (`npx tsx scripts/make-werkboeken.ts`),
 * each written by another Excel-compatible program and laid out like a sheet of the example (the
 * overview or the one-period sheet, figures from data/voorbeeld.json), so that `ibt check` finds a
 * header and writes IBT columns:
 *
 * - exceljs-overzicht.xlsx: ExcelJS. Merged title, formulas with cached results, a date column, a
 *   hyperlink, a note, data validation, conditional formatting, a defined name, an image, a hidden sheet.
 * - openpyxl-periode.xlsx: openpyxl (`apt-get install -y python3-openpyxl python3-pil`). Emoji in cells,
 *   a comment, a bar chart, a table, an image, data validation, conditional formatting, defined names.
 * - libreoffice-overzicht.xlsx: LibreOffice from a flat ODS (.fods) written here: merged title, a
 *   comment, a hyperlink, a chart, an image, emoji.
 * - libreoffice-csv.xlsx: LibreOffice from a CSV.
 * - verre-cel.xlsx (openpyxl): a two-row sheet with one stray value in XFD1048576.
 * - kop-tot-xfd.xlsx (openpyxl): a header that reaches column XFD.
 *
 * The files are committed, so the tests need neither openpyxl nor this script; LibreOffice the tests
 * need anyway (as the independent reader of the copies).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { bepaalTredeHistorie } from "../src/domain/trede";
import type { Trede } from "../src/domain/types";

const WORTEL = path.resolve(__dirname, "..");
const MAP = path.join(WORTEL, "test", "fixtures", "werkboeken");
const PYTHON = "/usr/bin/python3";
const VASTE_DATUM = new Date(Date.UTC(2022, 10, 22, 12, 0, 0));

interface Periode {
  achterstandBegin: number;
  taakstelling: number;
  herverdeling: number;
  gerealiseerd: number | null;
  naRegistratie: number;
}
interface Gemeente {
  gemeente: string;
  vorigeTrede: Trede;
  perioden: Record<string, Periode>;
}
const gegevens = JSON.parse(readFileSync(path.join(WORTEL, "data", "voorbeeld.json"), "utf8")) as {
  gemeenten: Gemeente[];
};
const GEMEENTEN = ["Amersfoort", "Houten", "IJsselstein", "Leusden", "Utrecht", "Woerden"].map((n) =>
  gegevens.gemeenten.find((g) => g.gemeente === n)!,
);
const PERIODEN = ["2021-1", "2021-2", "2022-1"];

export const KOP_OVERZICHT = [
  "Gemeente",
  "Periode",
  "Achterstand begin",
  "Taakstelling",
  "Herverdeling",
  "Totaalopgave",
  "Gerealiseerd",
  "Na-registratie",
  "Achterstand eind",
  "Vorige trede",
];
type Cel = string | number | null;

/** Overview rows: one per gemeente per period, with the computed totaalopgave and achterstand eind. */
function overzichtRijen(): Cel[][] {
  const rijen: Cel[][] = [];
  for (const g of GEMEENTEN) {
    PERIODEN.forEach((p, i) => {
      const c = g.perioden[p];
      const to = c.taakstelling + c.achterstandBegin + c.herverdeling;
      rijen.push([
        g.gemeente,
        p,
        c.achterstandBegin,
        c.taakstelling,
        c.herverdeling,
        to,
        c.gerealiseerd,
        c.naRegistratie,
        c.gerealiseerd === null ? null : to - c.gerealiseerd,
        i === 0 ? g.vorigeTrede : null,
      ]);
    });
  }
  return rijen;
}

export const KOP_PERIODE = [
  "Gemeente",
  "Periode",
  "Stand van zaken 1 januari 2022",
  "Taakstelling",
  "Herverdeling",
  "Gerealiseerd",
  "Na-registratie",
  "Vorige trede",
];

/** One-period rows for 2022-1, with the trede after 2021-2 as "Vorige trede". */
function periodeRijen(): Cel[][] {
  return GEMEENTEN.map((g) => {
    const eerder = ["2021-1", "2021-2"].map((p) => {
      const c = g.perioden[p];
      return {
        achterstand:
          c.taakstelling + c.achterstandBegin + c.herverdeling - (c.gerealiseerd ?? 0) - c.naRegistratie,
        taakstelling: c.taakstelling,
      };
    });
    const c = g.perioden["2022-1"];
    return [
      g.gemeente,
      "eerste helft 2022",
      c.achterstandBegin,
      c.taakstelling,
      c.herverdeling,
      c.gerealiseerd,
      c.naRegistratie,
      bepaalTredeHistorie(eerder, g.vorigeTrede)[1],
    ];
  });
}

/** A small PNG (a 4x4 checker), for the image in the workbooks. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAFklEQVR4nGP4z8DwHwyBGMLAyoBlAAD4/Q/xm4b4VAAAAABJRU5ErkJggg==",
  "base64",
);

async function exceljs(): Promise<void> {
  const werkmap = new ExcelJS.Workbook();
  werkmap.created = VASTE_DATUM;
  werkmap.modified = VASTE_DATUM;
  const ws = werkmap.addWorksheet("Overzicht");
  ws.getCell("A1").value = "Overzicht huisvesting vergunninghouders 2021-1 tot en met 2022-1 (ExcelJS)";
  ws.mergeCells("A1:J1");
  ws.getRow(3).values = [...KOP_OVERZICHT, "Meetdatum"];
  ws.getRow(3).font = { bold: true };
  overzichtRijen().forEach((rij, i) => {
    const r = i + 4;
    ws.getRow(r).values = rij.map((w) => w ?? undefined) as ExcelJS.CellValue[];
    ws.getCell(`F${r}`).value = { formula: `D${r}+C${r}+E${r}`, result: rij[5] as number };
    if (rij[8] !== null) ws.getCell(`I${r}`).value = { formula: `F${r}-G${r}`, result: rij[8] as number };
  });
  ws.getCell("K6").value = new Date(Date.UTC(2022, 1, 1));
  ws.getCell("K6").numFmt = "d-m-yyyy";
  ws.getCell("A4").note = "Cijfers van het COA, peildatum 1 januari 2021";
  ws.getCell("A25").value = { text: "Bron: COA", hyperlink: "https://www.coa.nl/" };
  (
    ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add("B4:B21", {
    type: "list",
    allowBlank: true,
    formulae: ['"2021-1,2021-2,2022-1,2022-2"'],
  });
  ws.addConditionalFormatting({
    ref: "I4:I21",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        formulae: ["0"],
        priority: 1,
        style: { font: { color: { argb: "FF9C0006" } } },
      },
    ],
  });
  werkmap.definedNames.add("Overzicht!$A$3:$J$21", "Gegevens");
  const plaatje = werkmap.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
  ws.addImage(plaatje, { tl: { col: 12, row: 2 }, ext: { width: 32, height: 32 } });
  const verborgen = werkmap.addWorksheet("Toelichting", { state: "hidden" });
  verborgen.getCell("A1").value = "Verborgen blad met een toelichting";
  await werkmap.xlsx.writeFile(path.join(MAP, "exceljs-overzicht.xlsx"));
}

const OPENPYXL = String.raw`
import json, sys, datetime
import openpyxl
from openpyxl.comments import Comment
from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.drawing.image import Image
from openpyxl.workbook.defined_name import DefinedName

invoer = json.load(open(sys.argv[1], encoding="utf-8"))
uit = sys.argv[2]
vast = datetime.datetime(2022, 11, 22, 12, 0, 0)

def eigenschappen(wb):
    wb.properties.created = vast
    wb.properties.modified = vast
    wb.properties.creator = "openpyxl"

wb = openpyxl.Workbook()
eigenschappen(wb)
ws = wb.active
ws.title = "2022-1"
ws["A1"] = "Stand van zaken eerste helft 2022 🏠 (openpyxl) — ĳ, ß, 漢字, 😀"
ws["A1"].font = Font(bold=True, size=14)
kop = invoer["kop"]
for k, tekst in enumerate(kop):
    ws.cell(3, k + 1, tekst).font = Font(bold=True)
for r, rij in enumerate(invoer["rijen"]):
    for k, w in enumerate(rij):
        if w is not None:
            ws.cell(4 + r, k + 1, w)
laatste = 3 + len(invoer["rijen"])
ws["A4"].comment = Comment("Cijfers van het COA 📊, peildatum 1 januari 2022", "Toezicht")
tabel = Table(displayName="Stand2022", ref="A3:%s%d" % (chr(64 + len(kop)), laatste))
tabel.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
ws.add_table(tabel)
grafiek = BarChart()
grafiek.title = "Gerealiseerd 2022-1"
grafiek.add_data(Reference(ws, min_col=6, min_row=3, max_row=laatste), titles_from_data=True)
grafiek.set_categories(Reference(ws, min_col=1, min_row=4, max_row=laatste))
ws.add_chart(grafiek, "B%d" % (laatste + 3))
dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
ws.add_data_validation(dv)
dv.add("D4:D%d" % laatste)
ws.conditional_formatting.add("F4:F%d" % laatste, CellIsRule(operator="lessThan", formula=["20"], fill=PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")))
wb.defined_names.append(DefinedName("Taakstellingen", attr_text="'2022-1'!$D$4:$D$%d" % laatste))
ws.add_image(Image(sys.argv[3]), "M2")
noten = wb.create_sheet("Noten 📝")
noten["A1"] = "Emoji blijven: 👍🏽 🇳🇱 👨‍👩‍👧"
noten["A2"] = "=LEN(A1)"
wb.save(uit)

# A two-row sheet with one stray value far away.
wb = openpyxl.Workbook()
eigenschappen(wb)
ws = wb.active
ws.title = "Overzicht"
for k, tekst in enumerate(invoer["kopOverzicht"]):
    ws.cell(1, k + 1, tekst)
for k, w in enumerate(invoer["rijOverzicht"]):
    if w is not None:
        ws.cell(2, k + 1, w)
ws["XFD1048576"] = "verdwaald"
wb.save(sys.argv[4])

# A header that reaches the last column, XFD.
wb = openpyxl.Workbook()
eigenschappen(wb)
ws = wb.active
ws.title = "Overzicht"
for k in range(16384):
    ws.cell(1, k + 1, invoer["kopOverzicht"][k] if k < len(invoer["kopOverzicht"]) else "Kolom %d" % (k + 1))
for k, w in enumerate(invoer["rijOverzicht"]):
    if w is not None:
        ws.cell(2, k + 1, w)
wb.save(sys.argv[5])
`;

function openpyxl(tmp: string): void {
  const json = path.join(tmp, "invoer.json");
  const overzicht = overzichtRijen();
  writeFileSync(
    json,
    JSON.stringify({
      kop: KOP_PERIODE,
      rijen: periodeRijen(),
      kopOverzicht: KOP_OVERZICHT,
      rijOverzicht: overzicht[0],
    }),
  );
  const script = path.join(tmp, "maak_werkboeken.py");
  writeFileSync(script, OPENPYXL);
  const png = path.join(tmp, "plaatje.png");
  writeFileSync(png, PNG);
  execFileSync(PYTHON, [
    script,
    json,
    path.join(MAP, "openpyxl-periode.xlsx"),
    png,
    path.join(MAP, "verre-cel.xlsx"),
    path.join(MAP, "kop-tot-xfd.xlsx"),
  ]);
}

function xmlTekst(w: string): string {
  return w.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function odsCel(w: Cel): string {
  if (w === null) return "<table:table-cell/>";
  if (typeof w === "number")
    return `<table:table-cell office:value-type="float" office:value="${w}"><text:p>${w}</text:p></table:table-cell>`;
  return `<table:table-cell office:value-type="string"><text:p>${xmlTekst(w)}</text:p></table:table-cell>`;
}

/** A flat ODS document: overview with merged title, comment, hyperlink, chart and image. */
function fods(): string {
  const rijen = overzichtRijen();
  const laatste = 3 + rijen.length;
  const bereik = `Overzicht.G3:Overzicht.G${laatste}`;
  const grafiek =
    `<draw:frame draw:z-index="0" draw:name="Grafiek 1" svg:width="12cm" svg:height="7cm" svg:x="0cm" svg:y="0cm">` +
    `<draw:object draw:notify-on-update-of-ranges="${bereik}"><office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart">` +
    `<office:body><office:chart><chart:chart svg:width="12cm" svg:height="7cm" chart:class="chart:bar">` +
    `<chart:title><text:p>Gerealiseerd</text:p></chart:title>` +
    `<chart:plot-area table:cell-range-address="${bereik}" chart:data-source-has-labels="row">` +
    `<chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories table:cell-range-address="Overzicht.A4:Overzicht.A${laatste}"/></chart:axis>` +
    `<chart:axis chart:dimension="y" chart:name="primary-y"/>` +
    `<chart:series chart:values-cell-range-address="Overzicht.G4:Overzicht.G${laatste}" chart:label-cell-address="Overzicht.G3" chart:class="chart:bar"/>` +
    `</chart:plot-area></chart:chart></office:chart></office:body></office:document></draw:object></draw:frame>`;
  const plaatje =
    `<draw:frame draw:z-index="1" draw:name="Plaatje 1" svg:width="1cm" svg:height="1cm" svg:x="0cm" svg:y="0cm">` +
    `<draw:image><office:binary-data>${PNG.toString("base64")}</office:binary-data></draw:image></draw:frame>`;
  const kop = `<table:table-row>${KOP_OVERZICHT.map(odsCel).join("")}</table:table-row>`;
  const data = rijen
    .map((rij, i) => {
      const cellen = rij.map(odsCel);
      if (i === 0) {
        cellen[0] =
          `<table:table-cell office:value-type="string"><office:annotation><dc:creator>Toezicht</dc:creator>` +
          `<text:p>Cijfers van het COA ✅</text:p></office:annotation><text:p>${xmlTekst(rij[0] as string)}</text:p></table:table-cell>`;
      }
      return `<table:table-row>${cellen.join("")}</table:table-row>`;
    })
    .join("");
  const bron = `<table:table-row><table:table-cell office:value-type="string"><text:p><text:a xlink:type="simple" xlink:href="https://www.coa.nl/">Bron: COA</text:a></text:p></table:table-cell></table:table-row>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="Overzicht">
<table:shapes>${grafiek}${plaatje}</table:shapes>
<table:table-column table:number-columns-repeated="10"/>
<table:table-row><table:table-cell table:number-columns-spanned="10" table:number-rows-spanned="1" office:value-type="string"><text:p>Overzicht 2021-1 tot en met 2022-1 (LibreOffice) 🏠</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="9"/></table:table-row>
<table:table-row><table:table-cell/></table:table-row>
${kop}${data}<table:table-row><table:table-cell/></table:table-row>${bron}
</table:table></office:spreadsheet></office:body></office:document>
`;
}

function csv(): string {
  const regel = (rij: Cel[]) => rij.map((w) => (w === null ? "" : String(w))).join(",");
  return [regel(KOP_OVERZICHT), ...overzichtRijen().map(regel)].join("\n") + "\n";
}

function libreoffice(tmp: string): void {
  writeFileSync(path.join(tmp, "libreoffice-overzicht.fods"), fods());
  writeFileSync(path.join(tmp, "libreoffice-csv.csv"), csv());
  const profiel = path.join(tmp, "profiel");
  for (const [bron, filter] of [
    ["libreoffice-overzicht.fods", "xlsx:Calc MS Excel 2007 XML"],
    ["libreoffice-csv.csv", "xlsx:Calc MS Excel 2007 XML"],
  ]) {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profiel}`,
        "--headless",
        "--convert-to",
        filter,
        "--outdir",
        tmp,
        path.join(tmp, bron),
      ],
      { stdio: "ignore" },
    );
    const naam = bron.replace(/\.\w+$/, ".xlsx");
    copyFileSync(path.join(tmp, naam), path.join(MAP, naam));
  }
}

async function hoofd(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "ibt-werkboeken-"));
  try {
    await exceljs();
    openpyxl(tmp);
    libreoffice(tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  process.stdout.write(`Werkboeken geschreven in ${path.relative(process.cwd(), MAP)}\n`);
}

void hoofd();
