// Where appraisal work is done in the web app: the same path in a notice and on the home page
// (issue 26), so the bell opens the item and is settled when the item is done.

export const cycleLink = (id: string) => `/appraisal/cycles/${id}`;
export const sheetLink = (id: string) => `/appraisal/sheets/${id}`;
export const followUpLink = (id: string) => `/appraisal/followups?followup=${id}`;
