/**
 * Dutch messages that every workbook host (Excel and the in-memory preview) gives in the same words.
 * (Messages of the confirmation protocol live with it in src/host/conflicten.ts.)
 */
export const hostBerichten = {
  bladnaamOngeldig: (naam: string) =>
    `'${naam}' kan geen naam van een werkblad zijn (hoogstens 31 tekens, zonder : \\ / ? * [ ]).`,
  adresOngeldig: (adres: string) => `'${adres}' is geen geldig celadres.`,
} as const;
