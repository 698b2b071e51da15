// The banners the consoles raise above their content (critical alarm, reconnecting, kill switch): one element per
// name, made once and hidden until used, so the three read alike to people and to screen readers.
export function sessionBanner(name, className, testid, role, place) {
    let element = document.getElementById(name);
    if (!element) {
        element = document.createElement('p');
        element.id = name;
        element.className = className;
        element.dataset.testid = testid;
        element.setAttribute('role', role);
        element.hidden = true;
        (place ?? first)(document.querySelector('[data-session]'), element);
    }
    return element;
}

/** Places a banner first in the console. */
export const first = (root, element) => root.prepend(element);

/** Places a banner just under the console's heading. */
export const underHeading = (root, element) => root.insertBefore(element, root.querySelector('h1')?.nextSibling ?? root.firstChild);
