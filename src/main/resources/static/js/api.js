// The only way the page talks to the service: GET on the public JSON API, as any script would.

const TIMEOUT_MS = 15000;

/** A request that did not give the JSON the page asked for; `kind` says why. */
export class ApiError extends Error {
  constructor(kind, message, { status = null, problem = null } = {}) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind; // 'network' | 'not-found' | 'http' | 'format'
    this.status = status;
    this.problem = problem;
  }
}

export async function getJson(path) {
  let response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    const timedOut = e && e.name === 'TimeoutError';
    throw new ApiError('network', timedOut
      ? `The Verbatim API did not answer within ${TIMEOUT_MS / 1000} seconds.`
      : 'The Verbatim API could not be reached. Is the service running?');
  }
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let problem = null;
    if (type.includes('json')) {
      try {
        problem = await response.json();
      } catch {
        problem = null;
      }
    }
    const said = problem && typeof problem.detail === 'string' ? problem.detail : null;
    throw new ApiError(response.status === 404 ? 'not-found' : 'http',
      said || `The API answered ${response.status}${response.statusText ? ' ' + response.statusText : ''}.`,
      { status: response.status, problem });
  }
  if (!type.includes('json')) {
    throw new ApiError('format', `The API answered with ${type || 'no content type'} instead of JSON.`, { status: response.status });
  }
  try {
    return await response.json();
  } catch {
    throw new ApiError('format', 'The API answered with JSON the page could not read.', { status: response.status });
  }
}

/**
 * A write with an editor's token: every answer comes back, error or not, as `{status, json}`
 * (a problem document for a 4xx); only a network failure throws. The token goes in the header
 * of this one request and is kept by nobody.
 */
export async function send(method, path, body, { token, contentType = 'application/json' } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': contentType, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body,
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS * 4),
    });
  } catch (e) {
    const timedOut = e && e.name === 'TimeoutError';
    throw new ApiError('network', timedOut
      ? `The Verbatim API did not answer within ${(TIMEOUT_MS * 4) / 1000} seconds.`
      : 'The Verbatim API could not be reached. Is the service running?');
  }
  let json = null;
  if ((response.headers.get('Content-Type') || '').includes('json')) {
    try {
      json = await response.json();
    } catch {
      json = null;
    }
  }
  return { status: response.status, json, location: response.headers.get('Location') };
}
