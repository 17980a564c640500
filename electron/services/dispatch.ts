import { API, type ApiHandlers, type ApiName, type WireResult } from '../../shared/api.js';
import { DeskError, type WireError } from '../../shared/domain/errors.js';

function toWire(error: unknown): WireError {
  if (error instanceof DeskError) return { code: error.code, params: error.params };
  return { code: 'internal', params: { detail: error instanceof Error ? error.message : String(error) } };
}

/**
 * The single entry both transports use: parse the input with the call's schema, then call the
 * service. A service never sees unparsed input; an error keeps its code and parameters.
 */
export async function dispatch<K extends ApiName>(handlers: ApiHandlers, name: K, raw: unknown): Promise<WireResult<unknown>> {
  const parsed = API[name].input.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: { code: 'input.invalid', params: { field: issue?.path.join('.') ?? '', detail: issue?.message ?? '' } },
    };
  }
  try {
    const handler: (input: unknown) => Promise<unknown> = handlers[name] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof DeskError)) console.error(`[congress-desk] ${name} failed:`, error);
    return { ok: false, error: toWire(error) };
  }
}
