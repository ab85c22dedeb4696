// Document properties of one spreadsheet: each key carries the id of the sheet that wrote it, so a copy of the sheet
// (a new id, SPEC §12) never takes the original's folder, schedule or records for its own.

type Properties = GoogleAppsScript.Properties.Properties;

export interface SheetProperties {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export function sheetProperties(properties: Properties, spreadsheetId: string): SheetProperties {
  const scoped = (key: string): string => `${spreadsheetId}/${key}`;
  return {
    get: (key) => properties.getProperty(scoped(key)),
    set: (key, value) => {
      properties.setProperty(scoped(key), value);
    },
    delete: (key) => {
      properties.deleteProperty(scoped(key));
    },
  };
}
