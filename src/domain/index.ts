/** The rules of docs/rekenregels.md as pure functions; import from here. */
export * from "./types";
export * from "./berichten";
export * from "./datum";
export * from "./periode";
export * from "./aantal";
export * from "./opgave";
export * from "./afronding";
export * from "./trede";
export * from "./versnelling";
export * from "./prognose";
export * from "./brieftabel";
export * from "./taakstelling";
export * from "./periodeUitkomst";
export * from "./gemeentelijst";
export * from "./gemeenten";
