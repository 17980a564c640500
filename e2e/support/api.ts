import type { ApiInput, ApiName, ApiOutput, WireResult } from '../../shared/api.js';
import { replay } from '../../shared/domain/reducer.js';
import { EMPTY_SESSION, type SessionState } from '../../shared/domain/state.js';
import type { DeskHost } from './host.js';

/** A contract call straight to a test's web host, as the renderer makes it: for setting up a scene fast. */
export async function callApi<K extends ApiName>(host: DeskHost, name: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
  const token = new URL(host.url).searchParams.get('token') ?? '';
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-congress-token': token, origin: host.origin },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as WireResult<ApiOutput<K>>;
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result.value;
}

/** The session as the test's desk holds it: its journal folded through the same reducer. */
export async function deskState(host: DeskHost): Promise<SessionState> {
  return replay((await callApi(host, 'getJournal', {})).entries, EMPTY_SESSION);
}
