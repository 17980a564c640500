// The few web-platform globals that every runtime Congress Desk runs on (Node 20, Chromium,
// Electron) provides, declared here so that shared/ can use them without pulling in DOM or Node
// typings, which would let platform-specific code slip in unnoticed.

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare const crypto: {
  randomUUID(): string;
};
