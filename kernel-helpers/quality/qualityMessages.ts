/** User-facing messages of the data-quality tests, in one place. */
export const qualityMessages = {
  notObject: (where: string) => `${where} must be an object of data-quality test names to conditions, e.g. { "TestNumberOfRows": { "gte": 1000 } }.`,
  unknownTest: (where: string, name: string) =>
    `${where}: unknown data-quality test '${name}'. Valid tests: TestNumberOfRows, TestNumberOfColumns, TestColumnsType, TestMissingColumns, TestNewColumns, TestShareOfMissingValues, TestColumnShareOfMissingValues, TestShareOfOutRangeValues, TestShareOfOutListValues.`,
  conditionNotObject: (where: string) => `${where} must be a condition such as { "lte": 0.05 } (operators lt, lte, gt, gte, eq; optional "severity"), or false to turn the test off.`,
  boundInvalid: (where: string, value: unknown) => `${where} must be a finite number, got ${JSON.stringify(value)}.`,
  severityInvalid: (where: string, value: unknown) => `${where} must be "WARNING" or "CRITICAL", got ${JSON.stringify(value)}.`,
  unknownField: (where: string, valid: readonly string[]) => `${where} is not a field of a data-quality condition. Valid fields: ${valid.join(", ")}.`,
  columnsOnDatasetTest: (where: string, columnTests: readonly string[]) => `${where}.columns: only the column tests (${columnTests.join(", ")}) take conditions per column.`,
  noCategoryList: (column: string) =>
    `not tested: the baseline does not store the category list of '${column}' (built before driftlens kept it, beyond its sample cap with more than 20 categories). Rebuild the baseline to test it.`,
  typeChanged: (column: string) => `not tested: '${column}' has another type than in the baseline (see TestColumnsType).`,
  noValues: (column: string) => `not tested: '${column}' has no values in the current data (see TestColumnShareOfMissingValues).`,
};
