// Channel text as a small, safe subset of Markdown: fenced code blocks, `code`, **bold**, *italics* (or _italics_),
// [links](https://…) and bare http(s) URLs as real links, and @name mentions of the session's participants.
// Safe by construction: the text is never parsed as HTML. Every piece becomes a DOM node whose text is set with
// textContent (the browser escapes it), the only attribute taken from the text is a link's href, and that only once
// URL() has parsed it as http: or https:. Anything else, raw HTML and `javascript:` links included, stays visible text.
// No maintained Markdown library is available offline here, and the subset is small enough to own.

const FENCE = /```(?:[\w+-]*\n)?([\s\S]*?)```/g;
const INLINE = [
    /`([^`\n]+)`/.source,
    /\[([^\]\n]+)\]\(([^()\s]+)\)/.source,
    /\*\*(?=\S)([^\n]*?\S)\*\*/.source,
    /\*(?=[^\s*])([^*\n]*?[^\s*])\*/.source,
    /(?<![\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\w])/.source,
    /\bhttps?:\/\/[^\s<>"'`]+/.source,
];
// A URL's trailing punctuation belongs to the sentence, not to the link.
const TRAILING = /[.,;:!?)\]]+$/;

// The link's address when the text names an http(s) URL, else null.
export function safeHref(text) {
    try {
        const url = new URL(text);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
        return null;
    }
}

function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// What an @ may be followed by to mention a participant: their whole name, or their first name when no one else has it.
function mentionTable(people) {
    const byName = new Map();
    const firsts = new Map();
    for (const person of people) {
        byName.set(person.name.toLowerCase(), person);
        const first = person.name.split(/\s+/)[0].toLowerCase();
        firsts.set(first, firsts.has(first) && firsts.get(first) !== person ? null : person);
    }
    for (const [first, person] of firsts) if (person && !byName.has(first)) byName.set(first, person);
    return byName;
}

function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
}

// Renders text; people: [{ personId, name }], me: the reader's person id. Answers the nodes and whether they mention me.
export function renderMarkdown(text, { people = [], me = null } = {}) {
    const table = mentionTable(people);
    const names = [...table.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
    const mention = names.length ? `(?<![\\w@])@(${names.join('|')})(?![\\w])` : '(?!)';
    // Groups: 1-2 code, 3-5 link, 6-7 bold, 8-9 and 10-11 italics, 12 URL, 13-14 mention.
    const inline = new RegExp([...INLINE, mention].map(source => `(${source})`).join('|'), 'gi');
    const result = { nodes: [], mentionsMe: false };

    function inlineNodes(part, depth) {
        const nodes = [];
        let at = 0;
        // A fresh regex per call: recursion must not move the outer scan's lastIndex.
        const scan = new RegExp(inline.source, 'gi');
        for (let m = scan.exec(part); m; m = scan.exec(part)) {
            let whole = m[0];
            if (m[12]) whole = whole.replace(TRAILING, '');
            if (m.index > at) nodes.push(document.createTextNode(part.slice(at, m.index)));
            at = m.index + whole.length;
            scan.lastIndex = at;
            if (m[1]) {
                nodes.push(element('code', 'md-code', m[2]));
            } else if (m[3]) {
                const href = safeHref(m[5]);
                nodes.push(href ? link(href, m[4]) : document.createTextNode(whole));
            } else if (m[6] || m[8] || m[10]) {
                const inner = m[7] ?? m[9] ?? m[11];
                const node = element(m[6] ? 'strong' : 'em');
                node.append(...(depth < 4 ? inlineNodes(inner, depth + 1) : [document.createTextNode(inner)]));
                nodes.push(node);
            } else if (m[12]) {
                const href = safeHref(whole);
                nodes.push(href ? link(href, whole) : document.createTextNode(whole));
            } else if (m[13]) {
                const person = table.get(m[14].toLowerCase());
                const mine = me !== null && person?.personId === me;
                result.mentionsMe ||= mine;
                const node = element('span', mine ? 'mention mention-me' : 'mention', `@${m[14]}`);
                node.title = mine ? `${person.name}: you` : person.name;
                nodes.push(node);
            }
        }
        if (at < part.length) nodes.push(document.createTextNode(part.slice(at)));
        return nodes;
    }

    let at = 0;
    for (const m of text.matchAll(FENCE)) {
        if (m.index > at) result.nodes.push(...inlineNodes(text.slice(at, m.index), 0));
        const pre = element('pre', 'md-code-block');
        pre.append(element('code', null, m[1].replace(/\n$/, '')));
        result.nodes.push(pre);
        at = m.index + m[0].length;
    }
    if (at < text.length) result.nodes.push(...inlineNodes(text.slice(at), 0));
    result.block = result.nodes.some(node => node.nodeName === 'PRE');
    return result;
}

function link(href, label) {
    const a = element('a', 'md-link', label);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer nofollow';
    return a;
}
