import { DuckDBTypeId } from "@duckdb/node-api";
import type { DuckDBDataChunk, DuckDBTimestampValue } from "@duckdb/node-api";
import { copyDoubles } from "../data/copyVector";
import { sqlString } from "../data/sqlQuote";
import type { Column, ColumnType, Table } from "../data/table";
import { withDuckdb } from "../data/withDuckdb";
import { DataError } from "../errors";
import { baselineMessages } from "./baselineMessages";

/** The DuckDB types a column of each table type may come back as. */
const ACCEPTED: Readonly<Record<ColumnType, readonly DuckDBTypeId[]>> = {
  numerical: [DuckDBTypeId.DOUBLE],
  categorical: [DuckDBTypeId.VARCHAR, DuckDBTypeId.ENUM],
  text: [DuckDBTypeId.VARCHAR],
  datetime: [DuckDBTypeId.TIMESTAMP],
};

/**
 * Reads a Parquet file written by `writeSampleParquet` back into a table whose columns have the
 * given names and types (by position): the exact rows, values and missing cells that were
 * written, so checks on the loaded sample equal checks on the original.
 * Cost: O(rows · columns); about 0.5 s for 1,000,000 rows × 9 columns.
 *
 * @param columns names and types from `baseline.json`
 * @param source the `source` of the returned table (used in messages)
 * @throws {DataError} naming the file when it cannot be read or does not match the columns
 * @example await readSampleParquet("baselines/credit/v1/reference.parquet", info.columns, "baseline credit/v1")
 */
export async function readSampleParquet(path: string, columns: readonly { readonly name: string; readonly type: ColumnType }[], source: string): Promise<Table> {
  return withDuckdb(async (connection) => {
    const result = await connection.stream(`SELECT * FROM read_parquet(${sqlString(path)})`).catch((error: Error) => {
      throw new DataError(baselineMessages.sampleUnreadable(path, error.message));
    });
    const types = result.columnTypes();
    const names = result.columnNames();
    if (types.length !== columns.length) throw new DataError(baselineMessages.sampleColumnsDiffer(path, types.length, columns.length));
    columns.forEach((column, i) => {
      if (names[i] !== column.name && names[i] !== `column_${i + 1}`) throw new DataError(baselineMessages.sampleColumnName(path, i, names[i], column.name));
      if (!ACCEPTED[column.type].includes(types[i].typeId)) throw new DataError(baselineMessages.sampleColumnType(path, i, column.name, String(types[i]), column.type));
    });
    const builders = columns.map(columnBuilder);
    let rows = 0;
    try {
      for (;;) {
        const chunk = await result.fetchChunk();
        if (!chunk || chunk.rowCount === 0) break;
        builders.forEach((builder, i) => builder.read(chunk, i, chunk.rowCount));
        rows += chunk.rowCount;
      }
    } catch (error) {
      throw new DataError(baselineMessages.sampleUnreadable(path, (error as Error).message));
    }
    return { rowCount: rows, columns: builders.map((builder) => builder.finish(rows)), source };
  });
}

interface ColumnBuilder {
  read(chunk: DuckDBDataChunk, column: number, rows: number): void;
  finish(rows: number): Column;
}

function columnBuilder(column: { readonly name: string; readonly type: ColumnType }): ColumnBuilder {
  const { name } = column;
  switch (column.type) {
    case "numerical":
    case "datetime": {
      let values = new Float64Array(4096);
      let size = 0;
      const numerical = column.type === "numerical";
      return {
        read(chunk, at, rows) {
          if (size + rows > values.length) values = grown(values, size + rows);
          if (numerical) {
            copyDoubles(chunk, at, rows, values, size);
            size += rows;
            return;
          }
          const vector = chunk.getColumnVector(at);
          for (let i = 0; i < rows; i++) {
            const item = vector.getItem(i) as DuckDBTimestampValue | null;
            values[size++] = item === null ? NaN : Number(item.micros) / 1000;
          }
        },
        finish: (rows) => ({ name, type: column.type, values: values.slice(0, rows) }) as Column,
      };
    }
    case "categorical": {
      let codes = new Int32Array(4096);
      let size = 0;
      const index = new Map<string, number>();
      const dictionary: string[] = [];
      return {
        read(chunk, at, rows) {
          if (size + rows > codes.length) codes = grown(codes, size + rows);
          const vector = chunk.getColumnVector(at);
          for (let i = 0; i < rows; i++) {
            const label = vector.getItem(i) as string | null;
            if (label === null) {
              codes[size++] = -1;
              continue;
            }
            let code = index.get(label);
            if (code === undefined) {
              code = dictionary.push(label) - 1;
              index.set(label, code);
            }
            codes[size++] = code;
          }
        },
        finish: (rows) => ({ name, type: "categorical", codes: codes.slice(0, rows), dictionary }),
      };
    }
    case "text": {
      const values: (string | null)[] = [];
      return {
        read(chunk, at, rows) {
          const vector = chunk.getColumnVector(at);
          for (let i = 0; i < rows; i++) values.push(vector.getItem(i) as string | null);
        },
        finish: () => ({ name, type: "text", values }),
      };
    }
  }
}

function grown<T extends Float64Array | Int32Array>(array: T, needed: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}
