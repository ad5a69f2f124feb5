import { Type, util } from "apache-arrow";
import type { DataType, Decimal, Table as ArrowTable, Vector } from "apache-arrow";
import { selectColumnNames } from "./selectColumnNames";
import type { ColumnType, Table } from "./table";
import { tableFromEntries } from "./tableFromEntries";
import { checkTableOptions } from "./tableOptions";
import type { MemoryTableOptions } from "./tableOptions";
import { ownEntry } from "../arguments/ownEntry";

/**
 * A table from an apache-arrow Table. Types follow the Arrow type: integers, floats and decimals
 * numerical; Date and Timestamp datetime (epoch milliseconds); everything else — strings,
 * dictionaries, booleans ("True"/"False"), lists and structs (as JSON) — categorical; nulls are
 * missing. `options.types` wins.
 * Cost: O(rows × columns); float and 8–32-bit integer columns without nulls are copied in bulk.
 *
 * @throws {DataError} when `options` names a column that is not there
 * @example tableFromArrow(tableFromArrays({ x: new Float64Array([1, 2]) })).columns[0].type // "numerical"
 */
export function tableFromArrow(arrow: ArrowTable, options: MemoryTableOptions = {}): Table {
  checkTableOptions(options);
  const source = options.source ?? "memory";
  const fields = arrow.schema.fields;
  const names = selectColumnNames(fields.map((field) => field.name), options, source);
  const entries = names.map((name) => {
    const index = fields.findIndex((field) => field.name === name);
    const vector = arrow.getChildAt(index) as Vector;
    return [name, valuesOf(vector)] as const;
  });
  const types: Record<string, ColumnType> = Object.create(null);
  for (const name of names) types[name] = ownEntry(options.types, name) ?? arrowColumnType(fields[fields.findIndex((field) => field.name === name)].type);
  return tableFromEntries(entries, arrow.numRows, { ...options, types }, source);
}

function arrowColumnType(type: DataType): ColumnType {
  switch (type.typeId) {
    case Type.Int:
    case Type.Float:
    case Type.Decimal:
      return "numerical";
    case Type.Date:
    case Type.Timestamp:
      return "datetime";
    default:
      return "categorical";
  }
}

const BULK = new Set(["Float32Array", "Float64Array", "Int8Array", "Int16Array", "Int32Array", "Uint8Array", "Uint16Array", "Uint32Array"]);

function valuesOf(vector: Vector): ArrayLike<unknown> {
  const typeId = vector.type.typeId;
  if ((typeId === Type.Float || typeId === Type.Int) && vector.nullCount === 0) {
    const array = vector.toArray() as ArrayLike<number>;
    if (BULK.has(array.constructor.name) && !(typeId === Type.Float && (vector.type as { precision: number }).precision === 0)) return Float64Array.from(array);
  }
  const values = new Array<unknown>(vector.length);
  if (typeId === Type.Decimal) {
    const scale = (vector.type as Decimal).scale;
    for (let i = 0; i < vector.length; i++) {
      const value = vector.get(i);
      values[i] = value === null ? null : util.bigNumToNumber(value, scale);
    }
    return values;
  }
  for (let i = 0; i < vector.length; i++) values[i] = vector.get(i);
  return values;
}
