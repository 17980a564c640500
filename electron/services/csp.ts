/**
 * The renderer's Content Security Policy: only the app's own scripts, styles, fonts and workers;
 * no remote anything, no eval, no plugins, no framing. The same text is in renderer/index.html
 * (a test keeps the two equal) and is sent as a header by the web host and the Electron protocol.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
