/** User-facing messages of the saved-report store. */
export const storeMessages = {
  reportJsonInvalid: (file: string, problem: string) => `${file} is not valid JSON (${problem}). Run the check again to rewrite it.`,
  reportNotACheck: (file: string) => `${file} is not a check report (no baseline, dataset or alerts). Run 'driftlens check' again to rewrite it.`,
};
