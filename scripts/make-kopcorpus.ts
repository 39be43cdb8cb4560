/**
 * Generates the header corpus in test/fixtures/koppen/ (`npx tsx scripts/make-kopcorpus.ts`): workbooks in
 * the supervisors' own layouts, written with ExcelJS, each with its expected report next to it
 * (`<naam>.verwacht.json`). The tests (test/sheet/kopcorpus.test.ts, test/cli/kopcorpus.test.ts) read the
 * committed files; they need neither ExcelJS nor this script.
 *
 * The expectations are written here BY HAND from the rules (docs/rekenregels.md and the header grammar of
 * the issue), never copied from the engine's output, so that the corpus can catch engine bugs:
 *
 * - TO = TS + A_begin + H (rule 1); without an achterstand begin column a stated TO gives
 *   A_begin = TO - TS - H. A_eind = TO - R, gecorrigeerd TO - (R + N) (rule 2).
 * - Trede (rule 6) on the corrected A_eind: A <= 0 -> 1, A < TS -> 2, else max(3, vorige + 1) (3 without
 *   a vorige trede). No trede for a tussenstand or without a realisation.
 * - Next TO = next TS + A_eind + next H (rule 10).
 * - A backlog at the period's start peildatum (or the day before) is A_begin, at its end peildatum (or the
 *   day before) A_eind, another date inside the period a tussenstand.
 *
 * Figures: only those of Leusden (2021-1 to 2022-2, the tussenstand of 22 november 2022: 33), the
 * registered backlogs on 1 juli 2022 (Houten 24, IJsselstein 21, Utrechtse Heuvelrug 18, Leusden 26) and
 * the opdrachten versnelling (Leusden 45, IJsselstein 17, Houten 35) are the golden figures. EVERY OTHER
 * FIGURE BELOW (other gemeenten, other periods, the realisation of 1 oktober 2022, TS 2023-1, ...) IS
 * INVENTED, and so marked at each layout.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import * as prettier from "prettier";

const WORTEL = path.resolve(__dirname, "..");
const MAP = path.join(WORTEL, "test", "fixtures", "koppen");
const VASTE_DATUM = new Date(Date.UTC(2022, 6, 7, 12, 0, 0));

type Cel = string | number | null;

/** One worksheet of a fixture. */
interface BladSpec {
  naam: string;
  /** Rows from row 1 down, columns from A; null = empty cell. */
  rijen: Cel[][];
  /** Merged ranges ("A2:A3"); the value is the top-left cell's. */
  samenvoegen?: string[];
  /** 1-based columns to hide. */
  verborgen?: number[];
  /** An Excel table (ListObject) over the header row `kopRij` (1-based) and the rows below it. */
  tabel?: { naam: string; kopRij: number };
}

/** The key figures of one gemeente row, as the report (and `--json`) must give them. */
export interface VerwachteRij {
  row: number;
  /** The official CBS name. */
  gemeente: string;
  /** The name as on the sheet when it differs (trimmed); only asserted when given. */
  gemeenteOpBlad?: string | null;
  /** CBS code; only asserted when given. */
  gemeentecode?: string | null;
  periode: string | null;
  /** Undefined = not fixed by the rules (the versnelling sheet: which backlog it is). */
  achterstandBegin?: number | null;
  taakstelling: number | null;
  totaalopgave: number | null;
  gerealiseerd: number | null;
  /** Undefined = not fixed by the rules (as achterstandBegin). */
  achterstandEind?: number | null;
  trede: number | null;
  volgendePeriode: {
    periode: string | null;
    taakstelling: number | null;
    totaalopgave: number | null;
  } | null;
}

export interface VerwachteOpmerking {
  code: string;
  cel: string;
  /** Texts the message must contain. */
  bevat?: string[];
}

/** The expected report of one fixture. */
export interface Verwachting {
  bestand: string;
  omschrijving: string;
  /** The sheet to check (the first visible sheet with a header: the CLI finds it without --sheet). */
  blad: string;
  /** 1-based row of the (lower) header row; null when the sheet must be refused. */
  kopRij: number | null;
  /** The sheet's period without a period column; null with a period column or when none can be known. */
  periode: string | null;
  /** Where that period came from: texts the `periode-uit-titel` message (and the report's bron) contain. */
  periodeBron: string[] | null;
  rijen: VerwachteRij[];
  /** Every remark, by code and cell (exactly these, in any order). */
  opmerkingen: VerwachteOpmerking[];
  /** Rule 8 on a versnelling sheet (figures rounded to 2 decimals as in docs/rekenregels.md). */
  versnelling?: {
    gemeente: string;
    achterstand: number;
    opdracht: number;
    opdrachtPerAchterstand: number;
    verhouding: number;
  }[];
  /** For a refused sheet: the headers the diagnostic must list, as `"KOP" (CEL`. */
  koppenGezien?: string[];
}

interface Layout {
  naam: string;
  bladen: BladSpec[];
  verwacht: Omit<Verwachting, "bestand">;
}

/** A row expectation with the common defaults (no next period unless given). */
function rij(
  row: number,
  gemeente: string,
  periode: string | null,
  c: {
    ab?: number | null;
    ts: number | null;
    to: number | null;
    r: number | null;
    ae?: number | null;
    trede: number | null;
    volgend?: VerwachteRij["volgendePeriode"];
    opBlad?: string | null;
    code?: string | null;
  },
): VerwachteRij {
  return {
    row,
    gemeente,
    ...(c.opBlad !== undefined ? { gemeenteOpBlad: c.opBlad } : {}),
    ...(c.code !== undefined ? { gemeentecode: c.code } : {}),
    periode,
    ...(c.ab !== undefined ? { achterstandBegin: c.ab } : {}),
    taakstelling: c.ts,
    totaalopgave: c.to,
    gerealiseerd: c.r,
    ...(c.ae !== undefined ? { achterstandEind: c.ae } : {}),
    trede: c.trede,
    volgendePeriode: c.volgend ?? null,
  };
}

const LAYOUTS: Layout[] = [
  {
    // The supervisors' own overview quoted in the phone note of 7 July 2022. Leusden is golden (18 39 13
    // 26 24 50); IJsselstein's and Houten's figures are invented, except their 1 July 2022 backlogs (21,
    // 24). Houten's next TO 40 is deliberately wrong: 22 + 24 = 46.
    naam: "telefoonnotitie",
    bladen: [
      {
        naam: "Overzicht",
        rijen: [
          ["De cijfers volgens COA, verwerkt in onze overzichten"],
          [],
          [
            "Gemeente",
            "TS 2022-1",
            "TO 2022-1",
            "Gerealiseerd op 1/7",
            "Achterstand op 1/7",
            "Nieuwe TS 2022-2",
            "Nieuwe TO 2022-2",
          ],
          ["Leusden", 18, 39, 13, 26, 24, 50],
          ["IJsselstein", 15, 29, 8, 21, 20, 41],
          ["Houten", 26, 42, 18, 24, 22, 40],
        ],
      },
    ],
    verwacht: {
      omschrijving:
        "Telefoonnotitie: Gemeente | TS 2022-1 | TO 2022-1 | Gerealiseerd op 1/7 | Achterstand op 1/7 | Nieuwe TS 2022-2 | Nieuwe TO 2022-2, met een foute nieuwe TO",
      blad: "Overzicht",
      kopRij: 3,
      periode: "2022-1",
      periodeBron: ["TS 2022-1"],
      rijen: [
        // A_begin = TO - TS = 39 - 18 = 21; A_eind 39 - 13 = 26 >= 18, no vorige trede: 3.
        rij(4, "Leusden", "2022-1", {
          ab: 21,
          ts: 18,
          to: 39,
          r: 13,
          ae: 26,
          trede: 3,
          volgend: { periode: "2022-2", taakstelling: 24, totaalopgave: 50 },
        }),
        // 29 - 15 = 14; 29 - 8 = 21 >= 15: 3. Next TO 20 + 21 = 41 (correct).
        rij(5, "IJsselstein", "2022-1", {
          ab: 14,
          ts: 15,
          to: 29,
          r: 8,
          ae: 21,
          trede: 3,
          volgend: { periode: "2022-2", taakstelling: 20, totaalopgave: 41 },
        }),
        // 42 - 26 = 16; 42 - 18 = 24 < 26: 2. Next TO 22 + 24 = 46, stated 40.
        rij(6, "Houten", "2022-1", {
          ab: 16,
          ts: 26,
          to: 42,
          r: 18,
          ae: 24,
          trede: 2,
          volgend: { periode: "2022-2", taakstelling: 22, totaalopgave: 40 },
        }),
      ],
      opmerkingen: [
        { code: "periode-uit-titel", cel: "A3", bevat: ["2022-1", "TS 2022-1"] },
        { code: "volgende-totaalopgave-wijkt-af", cel: "G6", bevat: ["40", "46"] },
      ],
    },
  },
  {
    // 2022-I and 2022-II. Leusden golden (with N 8 and vorige trede 2); IJsselstein invented except its
    // 1 July 2022 backlog 21.
    naam: "romeinse-perioden",
    bladen: [
      {
        naam: "Blad1",
        rijen: [
          [
            "Gemeente",
            "Achterstand begin",
            "TS 2022-I",
            "TO 2022-I",
            "Gerealiseerd",
            "Correctie",
            "Achterstand eind",
            "Vorige trede",
            "TS 2022-II",
          ],
          ["Leusden", 21, 18, 39, 13, 8, 26, 2, 24],
          ["IJsselstein", 14, 15, 29, 8, 0, 21, 2, 20],
        ],
      },
    ],
    verwacht: {
      omschrijving:
        "Perioden als 2022-I en 2022-II: TS 2022-I, TO 2022-I, Correctie (na-registratie), TS 2022-II als volgende taakstelling",
      blad: "Blad1",
      kopRij: 1,
      periode: "2022-1",
      periodeBron: ["TS 2022-I"],
      rijen: [
        // Gecorrigeerd 39 - 21 = 18 >= 18, vorige 2: 3.
        rij(2, "Leusden", "2022-1", {
          ab: 21,
          ts: 18,
          to: 39,
          r: 13,
          ae: 26,
          trede: 3,
          volgend: { periode: "2022-2", taakstelling: 24, totaalopgave: null },
        }),
        rij(3, "IJsselstein", "2022-1", {
          ab: 14,
          ts: 15,
          to: 29,
          r: 8,
          ae: 21,
          trede: 3,
          volgend: { periode: "2022-2", taakstelling: 20, totaalopgave: null },
        }),
      ],
      opmerkingen: [{ code: "periode-uit-titel", cel: "A1", bevat: ["2022-1", "TS 2022-I"] }],
    },
  },
  {
    // 2022/1 and "Stand van zaken 1 januari 2022 / 1 juli 2022". Leusden golden; IJsselstein and Houten
    // invented except their 1 July 2022 backlogs.
    naam: "schuine-streep",
    bladen: [
      {
        naam: "Stand",
        rijen: [
          [
            "Gemeente",
            "Stand van zaken 1 januari 2022",
            "Taakstelling 2022/1",
            "Totaalopgave 2022/1",
            "Gehuisvest 2022/1",
            "Stand van zaken 1 juli 2022",
          ],
          ["Leusden", 21, 18, 39, 13, 26],
          ["IJsselstein", 14, 15, 29, 8, 21],
          ["Houten", 16, 26, 42, 18, 24],
        ],
      },
    ],
    verwacht: {
      omschrijving:
        "Periode als 2022/1, datums als 1 januari 2022 en 1 juli 2022 onder Stand van zaken, Gehuisvest",
      blad: "Stand",
      kopRij: 1,
      periode: "2022-1",
      periodeBron: ["2022/1"],
      rijen: [
        rij(2, "Leusden", "2022-1", { ab: 21, ts: 18, to: 39, r: 13, ae: 26, trede: 3 }),
        rij(3, "IJsselstein", "2022-1", { ab: 14, ts: 15, to: 29, r: 8, ae: 21, trede: 3 }),
        rij(4, "Houten", "2022-1", { ab: 16, ts: 26, to: 42, r: 18, ae: 24, trede: 2 }),
      ],
      opmerkingen: [{ code: "periode-uit-titel", cel: "A1", bevat: ["2022-1", "2022/1"] }],
    },
  },
  {
    // "1e helft 2022", "eerste helft 2022", 31-12-2021 (= begin), t/m 30-6-2022 (= end), 1-7 (no year).
    // Leusden golden; Houten invented except its 1 July 2022 backlog 24.
    naam: "helft-woorden",
    bladen: [
      {
        naam: "Halfjaar",
        rijen: [
          ["Toezicht huisvesting vergunninghouders"],
          [
            "Gemeente",
            "Achterstand 31-12-2021",
            "Taakstelling 1e helft 2022",
            "Totaalopgave eerste helft 2022",
            "Gerealiseerd t/m 30-6-2022",
            "Achterstand 1-7",
          ],
          ["Leusden", 21, 18, 39, 13, 26],
          ["Houten", 16, 26, 42, 18, 24],
        ],
      },
    ],
    verwacht: {
      omschrijving:
        "1e helft 2022 / eerste helft 2022, Achterstand 31-12-2021, Gerealiseerd t/m 30-6-2022, Achterstand 1-7",
      blad: "Halfjaar",
      kopRij: 2,
      periode: "2022-1",
      periodeBron: ["helft 2022"],
      rijen: [
        rij(3, "Leusden", "2022-1", { ab: 21, ts: 18, to: 39, r: 13, ae: 26, trede: 3 }),
        rij(4, "Houten", "2022-1", { ab: 16, ts: 26, to: 42, r: 18, ae: 24, trede: 2 }),
      ],
      opmerkingen: [{ code: "periode-uit-titel", cel: "A2", bevat: ["2022-1"] }],
    },
  },
  {
    // "H1 2022", "2022 H2", "Voorsprong per 1-1-2022" (positive = lead), "Geplaatst", "Achterstand 1/7".
    // Leusden golden (a backlog of 21 written as a lead of -21); Woudenberg entirely invented (a lead).
    naam: "h-notatie",
    bladen: [
      {
        naam: "TVS",
        rijen: [
          [
            "Gemeente",
            "Voorsprong per 1-1-2022",
            "TS H1 2022",
            "Geplaatst H1 2022",
            "Achterstand 1/7",
            "TS 2022 H2",
          ],
          ["Leusden", -21, 18, 13, 26, 24],
          ["Woudenberg", 3, 12, 14, -5, 13],
        ],
      },
    ],
    verwacht: {
      omschrijving:
        "H1 2022 en 2022 H2, Voorsprong per 1-1-2022 (positief is voorsprong), Geplaatst, Achterstand 1/7",
      blad: "TVS",
      kopRij: 1,
      periode: "2022-1",
      periodeBron: ["H1 2022"],
      rijen: [
        rij(2, "Leusden", "2022-1", {
          ab: 21,
          ts: 18,
          to: 39,
          r: 13,
          ae: 26,
          trede: 3,
          volgend: { periode: "2022-2", taakstelling: 24, totaalopgave: null },
        }),
        // A_begin -3 (a lead of 3): TO 12 - 3 = 9; A_eind 9 - 14 = -5 <= 0: trede 1.
        rij(3, "Woudenberg", "2022-1", {
          ab: -3,
          ts: 12,
          to: 9,
          r: 14,
          ae: -5,
          trede: 1,
          volgend: { periode: "2022-2", taakstelling: 13, totaalopgave: null },
        }),
      ],
      opmerkingen: [{ code: "periode-uit-titel", cel: "A1", bevat: ["2022-1", "H1 2022"] }],
    },
  },
  {
    // "januari-juni 2021", "Achterstand 1/1" (year of the period), "Achterstand 1 juli 2021". Leusden
    // 2021-1 golden (vorige trede 1); Amersfoort entirely invented.
    naam: "maanden",
    bladen: [
      {
        naam: "Overzicht",
        rijen: [
          [
            "Gemeente",
            "Achterstand 1/1",
            "Taakstelling januari-juni 2021",
            "Gerealiseerd januari-juni 2021",
            "Achterstand 1 juli 2021",
            "Vorige trede",
          ],
          ["Leusden", 1, 24, 6, 19, 1],
          ["Amersfoort", 40, 50, 45, 45, 2],
        ],
      },
    ],
    verwacht: {
      omschrijving: "januari-juni 2021, Achterstand 1/1 (jaar van de periode), Achterstand 1 juli 2021",
      blad: "Overzicht",
      kopRij: 1,
      periode: "2021-1",
      periodeBron: ["januari-juni 2021"],
      rijen: [
        // 24 + 1 = 25; 25 - 6 = 19 < 24: 2.
        rij(2, "Leusden", "2021-1", { ab: 1, ts: 24, to: 25, r: 6, ae: 19, trede: 2 }),
        // 50 + 40 = 90; 90 - 45 = 45 < 50: 2.
        rij(3, "Amersfoort", "2021-1", { ab: 40, ts: 50, to: 90, r: 45, ae: 45, trede: 2 }),
      ],
      opmerkingen: [{ code: "periode-uit-titel", cel: "A1", bevat: ["2021-1", "januari-juni 2021"] }],
    },
  },
  {
    // A tussenstand column "Achterstand per 1-10-2022" on the sheet "2022-2" (period from the sheet name).
    // Leusden's A_begin 26, TS 24, H +1 and extra opgave 11 are golden, its realisation on 1 October (20)
    // is invented; Utrechtse Heuvelrug invented except its 1 July 2022 backlog 18 (it hands over the 1).
    naam: "tussenstand",
    bladen: [
      {
        naam: "2022-2",
        rijen: [
          [
            "Gemeente",
            "Stand van zaken 1 juli 2022",
            "Taakstelling",
            "Herverdeling",
            "Extra opgave",
            "Gerealiseerd",
            "Achterstand per 1-10-2022",
          ],
          ["Leusden", 26, 24, 1, 11, 20, 31],
          ["Utrechtse Heuvelrug", 18, 20, -1, 5, 6, 31],
        ],
      },
    ],
    verwacht: {
      omschrijving:
        "Tussenstand: Achterstand per 1-10-2022 op het blad 2022-2 (periode uit de bladnaam), Stand van zaken 1 juli 2022 als begin, Extra opgave",
      blad: "2022-2",
      kopRij: 1,
      periode: "2022-2",
      periodeBron: ["bladnaam", "2022-2"],
      rijen: [
        // TO 24 + 26 + 1 = 51 (the extra opgave does not count); a tussenstand: no A_eind, no trede.
        rij(2, "Leusden", "2022-2", { ab: 26, ts: 24, to: 51, r: 20, ae: null, trede: null }),
        rij(3, "Utrechtse Heuvelrug", "2022-2", { ab: 18, ts: 20, to: 37, r: 6, ae: null, trede: null }),
      ],
      opmerkingen: [
        { code: "periode-uit-titel", cel: "A1", bevat: ["2022-2"] },
        { code: "tussenstand", cel: "G2", bevat: ["1 oktober 2022"] },
        { code: "tussenstand", cel: "G3", bevat: ["1 oktober 2022"] },
      ],
    },
  },
  {
    // An Excel table (ListObject) under two title rows; the period from the title. Leusden 2022-1 golden
    // (N 8, vorige trede 2); IJsselstein and Houten invented except their 1 July 2022 backlogs.
    naam: "titel-tabel",
    bladen: [
      {
        naam: "Tabel",
        rijen: [
          ["Overzicht huisvesting vergunninghouders eerste helft 2022"],
          ["Provincie Utrecht, toezicht"],
          [],
          [
            "Gemeente",
            "Achterstand begin",
            "Taakstelling",
            "Herverdeling",
            "Gerealiseerd",
            "Na-registratie",
            "Vorige trede",
          ],
          ["Leusden", 21, 18, 0, 13, 8, 2],
          ["IJsselstein", 14, 15, 0, 8, 0, 2],
          ["Houten", 16, 26, 0, 18, 3, 3],
        ],
        tabel: { naam: "Huisvesting", kopRij: 4 },
      },
    ],
    verwacht: {
      omschrijving: "Excel-tabel (addTable) onder twee titelregels; periode uit de titel (eerste helft 2022)",
      blad: "Tabel",
      kopRij: 4,
      periode: "2022-1",
      periodeBron: ["Overzicht huisvesting vergunninghouders eerste helft 2022"],
      rijen: [
        // Gecorrigeerd 18 >= 18, vorige 2: 3.
        rij(5, "Leusden", "2022-1", { ab: 21, ts: 18, to: 39, r: 13, ae: 26, trede: 3 }),
        // 21 >= 15, vorige 2: 3.
        rij(6, "IJsselstein", "2022-1", { ab: 14, ts: 15, to: 29, r: 8, ae: 21, trede: 3 }),
        // Gecorrigeerd 42 - 21 = 21 < 26: 2 (registered 24 < 26: 2 too).
        rij(7, "Houten", "2022-1", { ab: 16, ts: 26, to: 42, r: 18, ae: 24, trede: 2 }),
      ],
      opmerkingen: [{ code: "periode-uit-titel", cel: "A4", bevat: ["2022-1", "eerste helft 2022"] }],
    },
  },
  {
    // Two-row header: "Gemeente" merged over both rows, the group title "Stand van zaken" merged over
    // "1 juli 2021" and "1 januari 2022"; the period from the two peildata with years. Leusden 2021-2
    // golden; IJsselstein and Houten 2021-2 entirely invented.
    naam: "tweeregelig",
    bladen: [
      {
        naam: "Toezicht",
        rijen: [
          ["Toezicht huisvesting vergunninghouders"],
          ["Gemeente", "Stand van zaken", null, "Taakstelling", "Gerealiseerd", "Na-registratie"],
          [null, "1 juli 2021", "1 januari 2022"],
          ["Leusden", 19, 21, 19, 17, 6],
          ["IJsselstein", 10, 8, 14, 16, 0],
          ["Houten", 5, -2, 18, 25, 0],
        ],
        samenvoegen: ["A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3"],
      },
    ],
    verwacht: {
      omschrijving:
        "Tweeregelige kop: Gemeente verticaal samengevoegd, groepstitel Stand van zaken over 1 juli 2021 en 1 januari 2022; periode uit de peildata",
      blad: "Toezicht",
      kopRij: 3,
      periode: "2021-2",
      periodeBron: ["peildata"],
      rijen: [
        // 19 + 19 = 38; 38 - 17 = 21; gecorrigeerd 15 < 19: 2 (registered 21 >= 19 would be 3).
        rij(4, "Leusden", "2021-2", { ab: 19, ts: 19, to: 38, r: 17, ae: 21, trede: 2 }),
        // 14 + 10 = 24; 24 - 16 = 8 < 14: 2.
        rij(5, "IJsselstein", "2021-2", { ab: 10, ts: 14, to: 24, r: 16, ae: 8, trede: 2 }),
        // 18 + 5 = 23; 23 - 25 = -2: 1.
        rij(6, "Houten", "2021-2", { ab: 5, ts: 18, to: 23, r: 25, ae: -2, trede: 1 }),
      ],
      opmerkingen: [
        { code: "periode-uit-titel", cel: "A3", bevat: ["2021-2"] },
        { code: "trede-correctie-verschil", cel: "F4", bevat: ["trede 2", "trede 3"] },
      ],
    },
  },
  {
    // Empty columns between the headers; a period column; Leusden's four golden periods. Utrechtse
    // Heuvelrug 2022-2 invented except its 1 July 2022 backlog 18 (it hands over Leusden's +1).
    naam: "lege-kolommen",
    bladen: [
      {
        naam: "Overzicht",
        rijen: [
          [
            "Gemeente",
            null,
            "Periode",
            null,
            "Achterstand begin",
            "Taakstelling",
            null,
            "Herverdeling",
            "Gerealiseerd",
            "Na-registratie",
          ],
          ["Leusden", null, "2021-1", null, 1, 24, null, 0, 6, 0],
          ["Leusden", null, "2021-2", null, 19, 19, null, 0, 17, 6],
          ["Leusden", null, "2022-1", null, 21, 18, null, 0, 13, 8],
          ["Leusden", null, "2022-2", null, 26, 24, null, 1, null, null],
          ["Utrechtse Heuvelrug", null, "2022-2", null, 18, 25, null, -1, null, null],
        ],
      },
    ],
    verwacht: {
      omschrijving: "Lege kolommen tussen de koppen, een kolom Periode, Leusden 2021-1 tot en met 2022-2",
      blad: "Overzicht",
      kopRij: 1,
      periode: null,
      periodeBron: null,
      rijen: [
        rij(2, "Leusden", "2021-1", { ab: 1, ts: 24, to: 25, r: 6, ae: 19, trede: 2 }),
        rij(3, "Leusden", "2021-2", { ab: 19, ts: 19, to: 38, r: 17, ae: 21, trede: 2 }),
        rij(4, "Leusden", "2022-1", { ab: 21, ts: 18, to: 39, r: 13, ae: 26, trede: 3 }),
        rij(5, "Leusden", "2022-2", { ab: 26, ts: 24, to: 51, r: null, ae: null, trede: null }),
        rij(6, "Utrechtse Heuvelrug", "2022-2", { ab: 18, ts: 25, to: 42, r: null, ae: null, trede: null }),
      ],
      opmerkingen: [{ code: "trede-correctie-verschil", cel: "J3", bevat: ["na-registratie 6"] }],
    },
  },
  {
    // Shuffled column order, a hidden column (Achterstand begin, read all the same), a stated Trede column
    // with one wrong value; the period from the sheet name. Leusden 2022-1 golden; IJsselstein and Houten
    // invented except their 1 July 2022 backlogs. Houten's stated trede 2 is deliberately wrong (24 >= 20).
    naam: "geschud-verborgen",
    bladen: [
      {
        naam: "2022-1",
        rijen: [
          ["Toezicht"],
          [
            "Gerealiseerd",
            "Trede",
            "Gemeente",
            "Totaalopgave",
            "Taakstelling",
            "Achterstand eind",
            "Achterstand begin",
            "Herverdeling",
          ],
          [13, 3, "Leusden", 39, 18, 26, 21, 0],
          [8, 3, "IJsselstein", 29, 15, 21, 14, 0],
          [20, 2, "Houten", 44, 20, 24, 24, 0],
        ],
        verborgen: [7],
      },
    ],
    verwacht: {
      omschrijving:
        "Geschudde kolomvolgorde (Gemeente in C), verborgen kolom Achterstand begin, kolom Trede met een afwijkende trede; periode uit de bladnaam",
      blad: "2022-1",
      kopRij: 2,
      periode: "2022-1",
      periodeBron: ["bladnaam", "2022-1"],
      rijen: [
        rij(3, "Leusden", "2022-1", { ab: 21, ts: 18, to: 39, r: 13, ae: 26, trede: 3 }),
        rij(4, "IJsselstein", "2022-1", { ab: 14, ts: 15, to: 29, r: 8, ae: 21, trede: 3 }),
        // 20 + 24 = 44; 44 - 20 = 24 >= 20: 3, stated 2.
        rij(5, "Houten", "2022-1", { ab: 24, ts: 20, to: 44, r: 20, ae: 24, trede: 3 }),
      ],
      opmerkingen: [
        { code: "periode-uit-titel", cel: "A2", bevat: ["2022-1"] },
        { code: "kolom-verborgen", cel: "G2", bevat: ["Achterstand begin"] },
        { code: "trede-wijkt-af", cel: "B5", bevat: ["berekend 3"] },
      ],
    },
  },
  {
    // Gemeente spellings: "Gemeente Leusden " (2021-2) and "Leusden" (2022-1) are one history;
    // "Ijsselstein" is IJsselstein. Periods in the column as "tweede helft 2021" and "2022-I". Leusden
    // golden; IJsselstein 2022-1 invented except its 1 July 2022 backlog 21.
    naam: "gemeentenamen",
    bladen: [
      {
        naam: "Gemeenten",
        rijen: [
          ["Gemeente", "Periode", "Achterstand begin", "Taakstelling", "Gerealiseerd", "Na-registratie"],
          ["Gemeente Leusden ", "tweede helft 2021", 19, 19, 17, 6],
          ["Leusden", "2022-I", 21, 18, 13, 8],
          ["Ijsselstein", "2022-I", 14, 15, 8, 0],
        ],
      },
    ],
    verwacht: {
      omschrijving:
        'Gemeentenamen "Gemeente Leusden " en "Ijsselstein"; periodekolom met "tweede helft 2021" en "2022-I"',
      blad: "Gemeenten",
      kopRij: 1,
      periode: null,
      periodeBron: null,
      rijen: [
        rij(2, "Leusden", "2021-2", {
          ab: 19,
          ts: 19,
          to: 38,
          r: 17,
          ae: 21,
          trede: 2,
          opBlad: "Gemeente Leusden",
          code: "GM0327",
        }),
        // Vorige trede 2 from the 2021-2 row of the same gemeente: gecorrigeerd 18 >= 18: 3.
        rij(3, "Leusden", "2022-1", {
          ab: 21,
          ts: 18,
          to: 39,
          r: 13,
          ae: 26,
          trede: 3,
          opBlad: null,
          code: "GM0327",
        }),
        rij(4, "IJsselstein", "2022-1", {
          ab: 14,
          ts: 15,
          to: 29,
          r: 8,
          ae: 21,
          trede: 3,
          opBlad: "Ijsselstein",
          code: "GM0353",
        }),
      ],
      opmerkingen: [{ code: "trede-correctie-verschil", cel: "F2", bevat: ["na-registratie 6"] }],
    },
  },
  {
    // The VRU list (Bijlage B): only the backlog on 1 July 2022 and the accelerated placements. All
    // figures golden (versnelling zomer 2022).
    naam: "versnelling-vru",
    bladen: [
      {
        naam: "Bijlage B",
        rijen: [
          ["Bijlage B - Overzicht van het aantal versneld te plaatsen statushouders in de regio Utrecht"],
          [],
          ["Gemeente", "Achterstand per 1 juli 2022", "Aantal versneld te plaatsen statushouders"],
          ["Leusden", 26, 45],
          ["IJsselstein", 21, 17],
          ["Houten", 24, 35],
        ],
      },
    ],
    verwacht: {
      omschrijving:
        "Versnellingsblad van de VRU: Gemeente | Achterstand per 1 juli 2022 | Aantal versneld te plaatsen statushouders",
      blad: "Bijlage B",
      kopRij: 3,
      periode: null,
      periodeBron: null,
      rijen: [
        rij(4, "Leusden", null, { ts: null, to: null, r: null, trede: null }),
        rij(5, "IJsselstein", null, { ts: null, to: null, r: null, trede: null }),
        rij(6, "Houten", null, { ts: null, to: null, r: null, trede: null }),
      ],
      opmerkingen: [{ code: "versnellingsblad", cel: "A3", bevat: ["3 gemeenten"] }],
      versnelling: [
        {
          gemeente: "Leusden",
          achterstand: 26,
          opdracht: 45,
          opdrachtPerAchterstand: 1.73,
          verhouding: 1.27,
        },
        {
          gemeente: "IJsselstein",
          achterstand: 21,
          opdracht: 17,
          opdrachtPerAchterstand: 0.81,
          verhouding: 0.59,
        },
        { gemeente: "Houten", achterstand: 24, opdracht: 35, opdrachtPerAchterstand: 1.46, verhouding: 1.07 },
      ],
    },
  },
  {
    // A column of another period (TS 2023-1: neither this period nor the next), an "Achterstand" without
    // a date, and "Nieuwe TS 2022-2". Leusden golden; IJsselstein invented except its 1 July 2022 backlog;
    // every TS 2023-1 and the "Achterstand" column's figures are invented.
    naam: "andere-periode",
    bladen: [
      {
        naam: "Blad1",
        rijen: [
          [
            "Gemeente",
            "Achterstand 1-1-2022",
            "TS 2022-1",
            "Gerealiseerd 2022-1",
            "Achterstand",
            "TS 2023-1",
            "Nieuwe TS 2022-2",
          ],
          ["Leusden", 21, 18, 13, 26, 30, 24],
          ["IJsselstein", 14, 15, 8, 21, 17, 20],
        ],
      },
    ],
    verwacht: {
      omschrijving:
        "Kolom van een andere periode (TS 2023-1), Achterstand zonder datum, Achterstand 1-1-2022, Nieuwe TS 2022-2",
      blad: "Blad1",
      kopRij: 1,
      periode: "2022-1",
      periodeBron: ["TS 2022-1"],
      rijen: [
        rij(2, "Leusden", "2022-1", {
          ab: 21,
          ts: 18,
          to: 39,
          r: 13,
          ae: 26,
          trede: 3,
          volgend: { periode: "2022-2", taakstelling: 24, totaalopgave: null },
        }),
        rij(3, "IJsselstein", "2022-1", {
          ab: 14,
          ts: 15,
          to: 29,
          r: 8,
          ae: 21,
          trede: 3,
          volgend: { periode: "2022-2", taakstelling: 20, totaalopgave: null },
        }),
      ],
      opmerkingen: [
        { code: "periode-uit-titel", cel: "A1", bevat: ["2022-1", "TS 2022-1"] },
        { code: "kolom-achterstand-zonder-datum", cel: "E1", bevat: ["Achterstand"] },
        { code: "kolom-andere-periode", cel: "F1", bevat: ["TS 2023-1", "2023-1", "2022-1"] },
      ],
    },
  },
  {
    // A combination: two-row header (Gemeente, Gerealiseerd op 22-11-2022, Taakstelling, Herverdeling and
    // TO merged vertically; "Saldo" over "begin" and "per 22-11-2022"), shuffled order, an empty column,
    // saldo convention (negative = backlog), a tussenstand by the realisation's date, the period from the
    // title. Leusden golden (26, 24, +1, 51; 33 housed on 22 November 2022); IJsselstein and Houten
    // invented except their 1 July 2022 backlogs (21, 24).
    naam: "combinatie",
    bladen: [
      {
        naam: "Voortgang",
        rijen: [
          ["Voortgang huisvesting vergunninghouders tweede helft 2022"],
          [],
          [
            "Gemeente",
            "Gerealiseerd op 22-11-2022",
            "Saldo",
            null,
            null,
            "Taakstelling",
            "Herverdeling",
            "TO",
          ],
          [null, null, "begin", "per 22-11-2022"],
          ["Leusden", 33, -26, -18, null, 24, 1, 51],
          ["IJsselstein", 10, -21, -26, null, 16, -1, 36],
          ["Houten", 30, -24, -14, null, 20, 0, 44],
        ],
        samenvoegen: ["A3:A4", "B3:B4", "C3:D3", "F3:F4", "G3:G4", "H3:H4"],
      },
    ],
    verwacht: {
      omschrijving:
        "Combinatie: tweeregelige kop met samengevoegde cellen, Saldo (negatief is achterstand) over begin en per 22-11-2022, lege kolom, Gerealiseerd op 22-11-2022 (tussenstand), TO, periode uit de titel",
      blad: "Voortgang",
      kopRij: 4,
      periode: "2022-2",
      periodeBron: ["tweede helft 2022"],
      rijen: [
        rij(5, "Leusden", "2022-2", { ab: 26, ts: 24, to: 51, r: 33, ae: null, trede: null }),
        rij(6, "IJsselstein", "2022-2", { ab: 21, ts: 16, to: 36, r: 10, ae: null, trede: null }),
        rij(7, "Houten", "2022-2", { ab: 24, ts: 20, to: 44, r: 30, ae: null, trede: null }),
      ],
      opmerkingen: [
        { code: "periode-uit-titel", cel: "A4", bevat: ["2022-2", "tweede helft 2022"] },
        { code: "tussenstand", cel: "B5", bevat: ["33", "22 november 2022"] },
        { code: "tussenstand", cel: "B6", bevat: ["22 november 2022"] },
        { code: "tussenstand", cel: "B7", bevat: ["22 november 2022"] },
      ],
    },
  },
  {
    // Rule 10's golden case: the phone note's "Nieuwe TO 2022-2 50" forgot the herverdeling (+1) that a
    // column "Herverdeling 2022-2" states: 24 + 26 + 1 = 51. Leusden golden; Utrechtse Heuvelrug invented
    // except its 1 July 2022 backlog 18 (it hands over the 1).
    naam: "volgende-herverdeling",
    bladen: [
      {
        naam: "Overzicht",
        rijen: [
          [
            "Gemeente",
            "TS 2022-1",
            "TO 2022-1",
            "Gerealiseerd op 1/7",
            "Achterstand op 1/7",
            "Nieuwe TS 2022-2",
            "Herverdeling 2022-2",
            "Nieuwe TO 2022-2",
          ],
          ["Leusden", 18, 39, 13, 26, 24, 1, 50],
          ["Utrechtse Heuvelrug", 20, 30, 12, 18, 25, -1, 42],
        ],
      },
    ],
    verwacht: {
      omschrijving:
        "Telefoonnotitie met Herverdeling 2022-2: Nieuwe TO 2022-2 50 wijkt af van 24 + 26 + 1 = 51 (regel 10)",
      blad: "Overzicht",
      kopRij: 1,
      periode: "2022-1",
      periodeBron: ["TS 2022-1"],
      rijen: [
        rij(2, "Leusden", "2022-1", {
          ab: 21,
          ts: 18,
          to: 39,
          r: 13,
          ae: 26,
          trede: 3,
          volgend: { periode: "2022-2", taakstelling: 24, totaalopgave: 50 },
        }),
        // 30 - 20 = 10; 30 - 12 = 18 < 20: 2. Next TO 25 + 18 - 1 = 42 (correct).
        rij(3, "Utrechtse Heuvelrug", "2022-1", {
          ab: 10,
          ts: 20,
          to: 30,
          r: 12,
          ae: 18,
          trede: 2,
          volgend: { periode: "2022-2", taakstelling: 25, totaalopgave: 42 },
        }),
      ],
      opmerkingen: [
        { code: "periode-uit-titel", cel: "A1", bevat: ["2022-1", "TS 2022-1"] },
        { code: "volgende-totaalopgave-wijkt-af", cel: "H2", bevat: ["50", "51"] },
      ],
    },
  },
  {
    // The phone note's overview in two rows: "Taakstelling" and "Totaalopgave" merged over "2022-1" and
    // "2022-2"; "Gemeente", "Gerealiseerd op 1/7" and "Achterstand op 1/7" merged vertically. Leusden
    // golden; Houten invented except its 1 July 2022 backlog 24, its next TO 40 wrong (22 + 24 = 46).
    naam: "tweeregelig-perioden",
    bladen: [
      {
        naam: "Overzicht",
        rijen: [
          [
            "Gemeente",
            "Taakstelling",
            null,
            "Totaalopgave",
            null,
            "Gerealiseerd op 1/7",
            "Achterstand op 1/7",
          ],
          [null, "2022-1", "2022-2", "2022-1", "2022-2"],
          ["Leusden", 18, 24, 39, 50, 13, 26],
          ["Houten", 26, 22, 42, 40, 18, 24],
        ],
        samenvoegen: ["A1:A2", "B1:C1", "D1:E1", "F1:F2", "G1:G2"],
      },
    ],
    verwacht: {
      omschrijving:
        "Tweeregelige kop: Taakstelling en Totaalopgave samengevoegd boven 2022-1 en 2022-2 (volgende periode)",
      blad: "Overzicht",
      kopRij: 2,
      periode: "2022-1",
      periodeBron: ["Taakstelling"],
      rijen: [
        rij(3, "Leusden", "2022-1", {
          ab: 21,
          ts: 18,
          to: 39,
          r: 13,
          ae: 26,
          trede: 3,
          volgend: { periode: "2022-2", taakstelling: 24, totaalopgave: 50 },
        }),
        rij(4, "Houten", "2022-1", {
          ab: 16,
          ts: 26,
          to: 42,
          r: 18,
          ae: 24,
          trede: 2,
          volgend: { periode: "2022-2", taakstelling: 22, totaalopgave: 40 },
        }),
      ],
      opmerkingen: [
        { code: "periode-uit-titel", cel: "A2", bevat: ["2022-1"] },
        { code: "volgende-totaalopgave-wijkt-af", cel: "E4", bevat: ["40", "46"] },
      ],
    },
  },
  {
    // A two-row header without any merged cell: "Stand van zaken" alone over "1 januari 2022" and
    // "1 juli 2022", "Gemeente" only in the top row. Leusden golden; IJsselstein invented except its
    // 1 July 2022 backlog 21.
    naam: "tweeregelig-los",
    bladen: [
      {
        naam: "Blad1",
        rijen: [
          ["Gemeente", "Stand van zaken", null, "Taakstelling", "Gerealiseerd"],
          [null, "1 januari 2022", "1 juli 2022"],
          ["Leusden", 21, 26, 18, 13],
          ["IJsselstein", 14, 21, 15, 8],
        ],
      },
    ],
    verwacht: {
      omschrijving:
        "Tweeregelige kop zonder samengevoegde cellen: Stand van zaken boven 1 januari 2022 en 1 juli 2022",
      blad: "Blad1",
      kopRij: 2,
      periode: "2022-1",
      periodeBron: ["peildata"],
      rijen: [
        rij(3, "Leusden", "2022-1", { ab: 21, ts: 18, to: 39, r: 13, ae: 26, trede: 3 }),
        rij(4, "IJsselstein", "2022-1", { ab: 14, ts: 15, to: 29, r: 8, ae: 21, trede: 3 }),
      ],
      opmerkingen: [{ code: "periode-uit-titel", cel: "A2", bevat: ["2022-1"] }],
    },
  },
  {
    // Dates without a year on a 2022-2 sheet: "Achterstand 1/7" is the begin, "Gerealiseerd op 1/10" and
    // "Achterstand op 1/10" a tussenstand on 1 October 2022 (the year of the period). Leusden's A_begin 26
    // and TS 24 golden, its realisation on 1 October (20) invented; Houten invented except its 1 July 2022
    // backlog 24.
    naam: "tussenstand-zonder-jaar",
    bladen: [
      {
        naam: "Najaar",
        rijen: [
          ["Gemeente", "Achterstand 1/7", "TS 2022-2", "Gerealiseerd op 1/10", "Achterstand op 1/10"],
          ["Leusden", 26, 24, 20, 30],
          ["Houten", 24, 20, 5, 39],
        ],
      },
    ],
    verwacht: {
      omschrijving:
        "Datums zonder jaar op een blad 2022-2: Achterstand 1/7 (begin), Gerealiseerd op 1/10 en Achterstand op 1/10 (tussenstand)",
      blad: "Najaar",
      kopRij: 1,
      periode: "2022-2",
      periodeBron: ["TS 2022-2"],
      rijen: [
        // No herverdeling column: TO 24 + 26 = 50; a tussenstand: no A_eind, no trede.
        rij(2, "Leusden", "2022-2", { ab: 26, ts: 24, to: 50, r: 20, ae: null, trede: null }),
        rij(3, "Houten", "2022-2", { ab: 24, ts: 20, to: 44, r: 5, ae: null, trede: null }),
      ],
      opmerkingen: [
        { code: "periode-uit-titel", cel: "A1", bevat: ["2022-2", "TS 2022-2"] },
        { code: "tussenstand", cel: "D2", bevat: ["20", "1 oktober 2022"] },
        { code: "tussenstand", cel: "D3", bevat: ["1 oktober 2022"] },
      ],
    },
  },
  {
    // No recognisable header: abbreviations the grammar does not know. Must be refused, and the
    // diagnostic must list what it saw. Figures invented.
    naam: "geen-kop",
    bladen: [
      {
        naam: "Lijst",
        rijen: [
          ["Gem.", "Taakst.", "Opmerkingen"],
          ["Leusden", 18, "navragen"],
          ["Houten", 26, null],
        ],
      },
    ],
    verwacht: {
      omschrijving:
        "Geen herkenbare kopregel (Gem. | Taakst. | Opmerkingen): geweigerd met de geziene koppen",
      blad: "Lijst",
      kopRij: null,
      periode: null,
      periodeBron: null,
      rijen: [],
      opmerkingen: [{ code: "kopregel-ontbreekt", cel: "A1" }],
      koppenGezien: [
        '"Gem." (A1, lijkt op Gemeente)',
        '"Taakst." (B1, lijkt op Taakstelling)',
        '"Opmerkingen" (C1',
      ],
    },
  },
];

async function schrijf(layout: Layout): Promise<void> {
  const werkmap = new ExcelJS.Workbook();
  werkmap.created = VASTE_DATUM;
  werkmap.modified = VASTE_DATUM;
  werkmap.creator = "IBT Huisvesting kopcorpus";
  for (const b of layout.bladen) {
    const ws = werkmap.addWorksheet(b.naam);
    if (b.tabel) {
      // Title rows above the table as plain cells; the table writes its header and rows itself.
      const { naam, kopRij } = b.tabel;
      b.rijen.slice(0, kopRij - 1).forEach((rij, r) =>
        rij.forEach((w, k) => {
          if (w !== null) ws.getCell(r + 1, k + 1).value = w;
        }),
      );
      const kop = b.rijen[kopRij - 1] as string[];
      ws.addTable({
        name: naam,
        displayName: naam,
        ref: `A${kopRij}`,
        headerRow: true,
        style: { theme: "TableStyleMedium9", showRowStripes: true },
        columns: kop.map((name) => ({ name, filterButton: true })),
        rows: b.rijen.slice(kopRij).map((rij) => rij.map((w) => w ?? "")),
      });
    } else {
      b.rijen.forEach((rij, r) =>
        rij.forEach((w, k) => {
          if (w !== null) ws.getCell(r + 1, k + 1).value = w;
        }),
      );
    }
    for (const bereik of b.samenvoegen ?? []) ws.mergeCells(bereik);
    for (const kolom of b.verborgen ?? []) ws.getColumn(kolom).hidden = true;
  }
  await werkmap.xlsx.writeFile(path.join(MAP, `${layout.naam}.xlsx`));
  const verwacht: Verwachting = { bestand: `${layout.naam}.xlsx`, ...layout.verwacht };
  // Formatted as the repository's prettier would, so that regenerating leaves no formatting diff.
  const doel = path.join(MAP, `${layout.naam}.verwacht.json`);
  const opties = (await prettier.resolveConfig(doel)) ?? {};
  writeFileSync(doel, await prettier.format(JSON.stringify(verwacht), { ...opties, filepath: doel }));
}

async function hoofd(): Promise<void> {
  mkdirSync(MAP, { recursive: true });
  for (const f of readdirSync(MAP)) rmSync(path.join(MAP, f));
  for (const layout of LAYOUTS) await schrijf(layout);
  process.stdout.write(`${LAYOUTS.length} indelingen geschreven in ${path.relative(process.cwd(), MAP)}\n`);
}

void hoofd();
