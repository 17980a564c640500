import { electronBinary, NO_ELECTRON } from './electron-binary.js';

// Said once per run, not once per skipped test.
export default function globalSetup(): void {
  if (electronBinary() === null) console.log(NO_ELECTRON);
}
