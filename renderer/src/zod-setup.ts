import { z } from 'zod';

// The CSP forbids eval. Without this, zod probes for eval as each object schema is built, and the
// browser reports every probe as a CSP violation; jitless mode is what a strict CSP needs. Imported
// first by main.tsx, because schemas are built as their modules load.
z.config({ jitless: true });
