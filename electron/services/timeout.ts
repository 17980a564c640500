import { DeskError } from '../../shared/domain/errors.js';

/**
 * Runs a piece of work with a deadline: past it, the answer is print.timeout with the seconds
 * waited, and `onTimeout` stops what is still running (closes the hidden window or the browser).
 */
export async function withDeadline<T>(work: Promise<T>, timeoutMs: number, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new DeskError('print.timeout', { seconds: Math.round(timeoutMs / 1000) }));
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
