// A small ONNX graph builder over the `onnx-proto` package, used by scripts/make-models.mjs.
// Writes ModelProto at IR version 8 / opset 17, which every onnxruntime-node in use accepts.
import onnxProto from "onnx-proto";

const { onnx } = onnxProto;

/** ONNX element types used here. */
export const FLOAT = 1;
export const INT64 = 7;

/** Seeded mulberry32 source with Box–Muller normals: the same seed writes the same weights. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    const u = Math.max(uniform(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
  return { uniform, normal };
}

function valueInfo(name, elemType, dims) {
  const dim = dims.map((d) => (typeof d === "string" ? onnx.TensorShapeProto.Dimension.create({ dimParam: d }) : onnx.TensorShapeProto.Dimension.create({ dimValue: d })));
  return onnx.ValueInfoProto.create({
    name,
    type: onnx.TypeProto.create({ tensorType: onnx.TypeProto.Tensor.create({ elemType, shape: onnx.TensorShapeProto.create({ dim }) }) }),
  });
}

function attribute(name, value) {
  const A = onnx.AttributeProto;
  if (typeof value === "object" && value !== null && "float" in value) return A.create({ name, type: A.AttributeType.FLOAT, f: value.float });
  if (typeof value === "number") return A.create({ name, type: A.AttributeType.INT, i: value });
  if (Array.isArray(value)) return A.create({ name, type: A.AttributeType.INTS, ints: value });
  throw new Error(`unsupported attribute ${name}`);
}

/** Collects nodes, weights, inputs and outputs; `encode()` returns the model's bytes. */
export class OnnxGraph {
  constructor(name) {
    this.name = name;
    this.nodes = [];
    this.initializers = [];
    this.inputs = [];
    this.outputs = [];
    this.count = 0;
  }

  input(name, elemType, dims) {
    this.inputs.push(valueInfo(name, elemType, dims));
    return name;
  }

  output(name, elemType, dims) {
    this.outputs.push(valueInfo(name, elemType, dims));
  }

  /** A float32 weight (raw little-endian bytes keep the file small). */
  floats(name, dims, values) {
    const data = values instanceof Float32Array ? values : Float32Array.from(values);
    if (data.length !== dims.reduce((a, b) => a * b, 1)) throw new Error(`${name}: ${data.length} values for dims ${dims}`);
    this.initializers.push(onnx.TensorProto.create({ name, dims, dataType: FLOAT, rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) }));
    return name;
  }

  int64s(name, dims, values) {
    const data = BigInt64Array.from(values.map((v) => BigInt(v)));
    this.initializers.push(onnx.TensorProto.create({ name, dims, dataType: INT64, rawData: new Uint8Array(data.buffer) }));
    return name;
  }

  /** Normal(0, std²) weights from the seeded source. */
  normal(name, dims, random, std) {
    const values = new Float32Array(dims.reduce((a, b) => a * b, 1));
    for (let i = 0; i < values.length; i++) values[i] = std * random.normal();
    return this.floats(name, dims, values);
  }

  constant(name, dims, value) {
    return this.floats(name, dims, new Float32Array(dims.reduce((a, b) => a * b, 1)).fill(value));
  }

  /** Adds a node; returns its output name (or `outputName` when given). */
  node(opType, inputs, attributes = {}, outputName) {
    const output = outputName ?? `${opType}_${this.count++}`;
    const attribute_ = Object.entries(attributes).map(([name, value]) => attribute(name, value));
    this.nodes.push(onnx.NodeProto.create({ opType, input: inputs, output: [output], name: `node_${this.count++}`, attribute: attribute_ }));
    return output;
  }

  encode() {
    const model = onnx.ModelProto.create({
      irVersion: 8,
      producerName: "driftlens scripts/make-models.mjs",
      producerVersion: "1",
      opsetImport: [onnx.OperatorSetIdProto.create({ domain: "", version: 17 })],
      graph: onnx.GraphProto.create({ name: this.name, node: this.nodes, initializer: this.initializers, input: this.inputs, output: this.outputs }),
    });
    return onnx.ModelProto.encode(model).finish();
  }
}
