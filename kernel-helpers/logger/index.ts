/**
 * driftlens/logger — log a Node inference service's predictions for drift checks:
 *
 *   import { createInferenceLogger, fastifyInferenceLogging } from "driftlens/logger";
 */
export { createInferenceLogger } from "./createInferenceLogger";
export type { InferenceLogger, InferenceLoggerOptions, LoggerStats, LogLoss } from "./createInferenceLogger";
export type { InferenceRecord, LogColumns } from "./inferenceRecord";
export { DEFAULT_LOG_COLUMNS } from "./inferenceRecord";
export { fastifyInferenceLogging } from "./fastifyInferenceLogging";
export { inferenceLoggingMiddleware } from "./inferenceLoggingMiddleware";
export type { MiddlewareRequest } from "./inferenceLoggingMiddleware";
export type { InferenceExchange, InferenceLoggingOptions } from "./logExchange";
export { readInferenceLogs } from "./readInferenceLogs";
export type { InferenceLogs, ReadInferenceLogsOptions } from "./readInferenceLogs";
