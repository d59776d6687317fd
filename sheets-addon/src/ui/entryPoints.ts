/**
 * The add-on's top-level functions other than the custom functions: what the
 * menu, the install trigger and the sidebar's google.script.run call. The
 * build declares each one at top level (Apps Script finds only top-level
 * function declarations); none carries @customfunction, so none shows in a
 * cell's autocomplete.
 */
export interface EntryPoint {
  readonly name: string;
  readonly params: readonly string[];
  readonly description: string;
}

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { name: 'onOpen', params: ['e'], description: 'Adds the distilplan menu when the spreadsheet opens.' },
  { name: 'onInstall', params: ['e'], description: 'Adds the menu right after the add-on is installed.' },
  { name: 'insertBudgetSheet', params: [], description: 'Menu: writes the budget sheet into this spreadsheet.' },
  { name: 'showDistilSidebar', params: [], description: 'Menu: opens the "Distil or train?" sidebar.' },
  {
    name: 'distilSidebarAnswer',
    params: ['question'],
    description: "The sidebar's question (google.script.run): the call, losses, cost and days.",
  },
];
