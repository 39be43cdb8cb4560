/** Small hand-made sheets and write plans shared by the adapter tests (Excel mock and in-memory). */
import type { Blad, SchrijfPlan } from "../../src/sheet/types";

/** A title row, an empty row, a header on row 3 (A3:D3) and three gemeenten (rows 4-6). */
export function voorbeeldBlad(): Blad {
  return {
    naam: "Overzicht",
    waarden: [
      ["Huisvesting vergunninghouders 2022-1", "", "", ""],
      ["", "", "", ""],
      ["Gemeente", "Periode", "Taakstelling", "Gerealiseerd"],
      ["Leusden", "2022-1", 54, 39],
      ["IJsselstein", "2022-1", 40, 30],
      ["Houten", "2022-1", 60, 66],
    ],
    formaten: [
      ["General", "General", "General", "General"],
      ["General", "General", "General", "General"],
      ["General", "General", "General", "General"],
      ["General", "@", "0", "0"],
      ["General", "@", "0", "0"],
      ["General", "@", "0", "0"],
    ],
  };
}

/** Writes "IBT Realisatie taakstelling" (E, 0%) and "IBT Trede" (F, with fills) next to the data of `voorbeeldBlad`. */
export function voorbeeldPlan(): SchrijfPlan {
  return {
    blad: "Overzicht",
    beginRij: 3,
    beginKolom: 4,
    waarden: [
      ["IBT Realisatie taakstelling", "IBT Trede"],
      [0.7222222222222222, "Trede 3"],
      [0.75, "Trede 2"],
      [1.1, null],
    ],
    formaten: [
      [null, null],
      ["0%", "@"],
      ["0%", "@"],
      ["0%", null],
    ],
    kolommen: [
      { kolom: 4, kop: "IBT Realisatie taakstelling", formaat: "0%", breedte: 14 },
      { kolom: 5, kop: "IBT Trede", formaat: "@", breedte: 10 },
    ],
    opvullingen: [
      { rij: 4, kolom: 5, kleur: "#FFC7CE" },
      { rij: 5, kolom: 5, kleur: "#FFEB9C" },
    ],
    teWissenKolommen: [],
    conflicten: [],
    aantalCellen: 7,
  };
}
