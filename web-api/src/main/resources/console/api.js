// The API as the console calls it: every request carries the signed-in key in X-API-Key, never in a URL.
// The key lives in sessionStorage only: it goes when the tab closes or the reviewer signs out.

const STORAGE = 'kyc-console.api-key';

export const session = {
  key() {
    return sessionStorage.getItem(STORAGE);
  },
  signIn(key) {
    sessionStorage.setItem(STORAGE, key);
  },
  signOut() {
    sessionStorage.removeItem(STORAGE);
  },
};

/** A refused or failed request, with the problem details the API answered (or ones made up for a network error). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function problemOf(response) {
  const text = await response.text();
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object') {
      return parsed;
    }
  } catch (e) {
    // not JSON: described below
  }
  return { title: response.statusText || `HTTP ${response.status}`, status: response.status, detail: text.slice(0, 300) };
}

async function send(method, path, body, accept) {
  const key = session.key();
  if (!key) {
    throw new ApiError(401, { title: 'Not signed in', status: 401, detail: 'Sign in with an API key first.' });
  }
  const headers = { 'X-API-Key': key, Accept: accept };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (e) {
    throw new ApiError(0, { title: 'The API could not be reached', detail: String(e.message || e) });
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  return response;
}

/** A JSON call: the parsed answer, null for 204. */
export async function api(method, path, body) {
  const response = await send(method, path, body, 'application/json, application/problem+json');
  if (response.status === 204) {
    return null;
  }
  return response.json();
}

/** An image read with the key: a blob URL for an <img>, to be revoked when the page moves on. */
export async function imageUrl(path) {
  const response = await send('GET', path, undefined, '*/*');
  return URL.createObjectURL(await response.blob());
}

/** A query string of the set values only; arrays repeat the parameter. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      value.filter((v) => v !== '').forEach((v) => search.append(name, v));
    } else if (value !== undefined && value !== null && value !== '') {
      search.append(name, value);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
