// Who has the session's console open now (the live feed's `presence` events): each person once, with their role,
// the reader marked "you". The server forgets a console whose page closed at once, and one that went silent after
// a while, so the list follows people opening and closing their consoles.
const ROLES = { instigator: 'instigator', responder: 'responder', observer: 'observer' };

export function showPresence(presence) {
    const element = document.getElementById('presence');
    if (!element) return;
    const me = element.dataset.me;
    const list = element.querySelector('.presence-people');
    list.replaceChildren(...presence.people.map(person => {
        const item = document.createElement('li');
        item.dataset.person = person.personId ?? '';
        item.dataset.role = person.role;
        const name = document.createElement('strong');
        name.textContent = person.name;
        item.append(name, ` (${ROLES[person.role] ?? person.role}${person.personId && person.personId === me ? ', you' : ''})`);
        return item;
    }));
    element.querySelector('.presence-count').textContent = `${presence.people.length} here now`;
}
