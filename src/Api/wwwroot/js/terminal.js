// The responder's terminal: one block per command (prompt, output kept in columns, Copy and Share to channel),
// history on the arrow keys, and a sentence for every command that was not run, saying why.
import { post, ApiError } from './api.js';
import { clock } from './clock.js';

// What the channel takes in one post, less room for the note that the output was cut.
const SHARE_LIMIT = 3800;

function button(label, describedBy, onClick) {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = label;
    // "Copy" alone is ambiguous among many blocks: the block's prompt completes the accessible name.
    element.setAttribute('aria-describedby', describedBy);
    element.addEventListener('click', () => onClick(element));
    return element;
}

function said(actions, text) {
    actions.querySelector('.done')?.remove();
    const done = document.createElement('span');
    done.className = 'done';
    done.setAttribute('role', 'status');
    done.textContent = text;
    actions.append(done);
}

async function copy(text) {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch {
        // No clipboard API (an insecure origin) or no permission: the selection and the old command still work.
        const area = document.createElement('textarea');
        area.value = text;
        document.body.append(area);
        area.select();
        const copied = document.execCommand('copy');
        area.remove();
        return copied;
    }
}

function shareText(command) {
    const text = `$ ${command.commandLine}\n${command.output.replace(/\s+$/, '')}`;
    if (text.length <= SHARE_LIMIT) return text;
    const kept = text.slice(0, SHARE_LIMIT);
    const cut = text.slice(SHARE_LIMIT).split('\n').length;
    return `${kept.slice(0, kept.lastIndexOf('\n'))}\n… (${cut} more line(s) not shared)`;
}

// refusal(): a sentence when commands cannot run now (the phase), else null.
export function createTerminal({ base, refusal }) {
    const terminal = document.getElementById('terminal');
    const input = document.getElementById('command');
    const history = [];
    let cursor = 0;
    let blocks = 0;

    function scroll() {
        terminal.scrollTop = terminal.scrollHeight;
    }

    function note(text) {
        const block = document.createElement('div');
        block.className = 'block';
        const line = document.createElement('div');
        line.className = 'note';
        line.textContent = text;
        block.append(line);
        terminal.append(block);
        scroll();
    }

    function remember(commandLine) {
        history.push(commandLine);
        cursor = history.length;
    }

    function print(command) {
        const id = `block-${++blocks}`;
        const block = document.createElement('div');
        block.className = 'block';
        const head = document.createElement('div');
        head.className = 'block-head';
        const prompt = document.createElement('span');
        prompt.className = 'prompt';
        prompt.id = id;
        prompt.textContent = `[${clock(command.second)}] $ ${command.commandLine}`;
        const actions = document.createElement('span');
        actions.className = 'block-actions';
        actions.append(
            button('Copy', id, async () => said(actions, await copy(`$ ${command.commandLine}\n${command.output}`) ? 'Copied' : 'Copy failed: select the text instead')),
            button('Share to channel', id, async element => {
                element.disabled = true;
                try {
                    await post(`${base}/channel`, { kind: 'message', text: shareText(command) });
                    said(actions, 'Shared to the channel');
                } catch (error) {
                    said(actions, `Not shared: ${error.message}`);
                } finally {
                    element.disabled = false;
                }
            }));
        head.append(prompt, actions);
        const output = document.createElement('pre');
        output.className = command.ok ? 'output' : 'output failed';
        output.textContent = command.output;
        block.append(head, output);
        terminal.append(block);
        scroll();
        remember(command.commandLine);
    }

    function why(error) {
        if (!(error instanceof ApiError) || error.status === 0) return error.message;
        if (error.status === 401) return 'Not run: your sign-in has expired. Reload the page and sign in again.';
        if (error.status === 429) return 'Not run: too many commands at once. Wait a few seconds and run it again (↑ brings it back).';
        return `Not run: ${error.message}`;
    }

    input.addEventListener('keydown', event => {
        if (event.key === 'ArrowUp' && cursor > 0) {
            cursor--;
            input.value = history[cursor];
            event.preventDefault();
        } else if (event.key === 'ArrowDown' && cursor < history.length) {
            cursor++;
            input.value = history[cursor] ?? '';
            event.preventDefault();
        }
    });
    document.getElementById('command-form').addEventListener('submit', async event => {
        event.preventDefault();
        const commandLine = input.value.trim();
        if (!commandLine) return;
        // Cleared at once, as a terminal does, so the next command can be typed while this one runs.
        input.value = '';
        const refused = refusal();
        if (refused) {
            remember(commandLine);
            note(`${commandLine}: not run: ${refused}`);
            return;
        }
        try {
            const outcome = await post(`${base}/commands`, { commandLine });
            print({ ...outcome, commandLine });
        } catch (error) {
            remember(commandLine);
            note(`${commandLine}: ${why(error)}`);
        }
        input.focus();
    });

    return { print };
}
