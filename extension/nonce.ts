import { randomBytes } from "node:crypto";

/** A fresh script nonce for a webview's Content-Security-Policy: 128 random bits, base64. */
export function nonce(): string {
  return randomBytes(16).toString("base64");
}
