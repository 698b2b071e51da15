// Calls the platform's HTTP API with the console's cookie. Unsafe calls carry the console header the server
// requires of cookie-authenticated requests (its CSRF defence).

export const UNREACHABLE = 'The platform did not answer (your network, or the server is restarting), so this may not have happened. Try again in a moment.';

export class ApiError extends Error {
    constructor(status, problem) {
        super(problem?.detail || problem?.title || `HTTP ${status}`);
        this.status = status;
        this.problem = problem;
    }
}

// raw: { body, type } sends a body that is not JSON (a scenario's YAML).
export async function api(method, path, body, raw) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') {
        headers['X-Practice-Console'] = '1';
    }
    if (raw) {
        headers['Content-Type'] = raw.type;
    } else if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    let response;
    try {
        response = await fetch(path, {
            method,
            headers,
            credentials: 'same-origin',
            body: raw ? raw.body : body === undefined ? undefined : JSON.stringify(body),
        });
    } catch {
        // The browser's own words ("Failed to fetch") tell a reader nothing: say what happened and what it means.
        throw new ApiError(0, { detail: UNREACHABLE });
    }
    const type = response.headers.get('Content-Type') || '';
    const payload = type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) {
        throw new ApiError(response.status, typeof payload === 'object' ? payload : { detail: payload });
    }
    return payload;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body ?? {});
export const put = (path, body) => api('PUT', path, body);
export const del = (path) => api('DELETE', path);

// Runs an action from a button and shows its error in the element given (role=alert), never in the console.
export async function attempt(button, errorElement, action) {
    if (button) button.disabled = true;
    if (errorElement) errorElement.textContent = '';
    try {
        return await action();
    } catch (error) {
        if (errorElement) errorElement.textContent = error.message;
        return undefined;
    } finally {
        if (button) button.disabled = false;
    }
}
