// Small helpers for building the page from data: text goes in as text, never as HTML.

/** An element: h('a', {href: '#/x', class: 'y'}, 'text', child, ...). Attributes that are null or false are left out. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * A table that scrolls sideways on a narrow screen rather than squeezing its columns. A row is an array of cells,
 * or {attributes, cells}.
 */
export function table(caption, headings, rows, empty = 'None.') {
  if (rows.length === 0) {
    return h('p', { class: 'empty' }, empty);
  }
  return h(
    'div',
    { class: 'scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, headings.map((text) => h('th', { scope: 'col' }, text)))),
      h(
        'tbody',
        {},
        rows.map((row) => {
          const { attributes, cells } = Array.isArray(row) ? { attributes: {}, cells: row } : row;
          return h('tr', attributes, cells.map((cell) => h('td', {}, cell)));
        }),
      ),
    ),
  );
}

/** A definition list of [term, value] pairs. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value ?? '—')]));
}

/** An instant as the reviewer's clock shows it, with the ISO text kept in a <time>. */
export function when(iso) {
  if (!iso) {
    return '—';
  }
  const date = new Date(iso);
  return h('time', { datetime: iso }, Number.isNaN(date.getTime()) ? iso : date.toLocaleString());
}

/** A duration in seconds as "2 d 3 h", "5 h 12 min", "4 min". */
export function age(seconds) {
  if (seconds === null || seconds === undefined) {
    return '—';
  }
  const s = Math.max(0, Math.floor(seconds));
  const d = Math.floor(s / 86400);
  const hours = Math.floor((s % 86400) / 3600);
  const min = Math.floor((s % 3600) / 60);
  if (d > 0) {
    return `${d} d ${hours} h`;
  }
  if (hours > 0) {
    return `${hours} h ${min} min`;
  }
  return min > 0 ? `${min} min` : `${s} s`;
}
