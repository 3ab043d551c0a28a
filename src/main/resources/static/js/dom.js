// A small element builder. Text from the API only ever becomes text nodes, never markup.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'class') {
      element.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else if (name === 'data') {
      for (const [key, v] of Object.entries(value)) {
        if (v !== null && v !== undefined) {
          element.dataset[key] = String(v);
        }
      }
    } else if (name === 'style' && typeof value === 'object') {
      for (const [property, v] of Object.entries(value)) {
        element.style.setProperty(property, v);
      }
    } else if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Typographic quotation marks around words taken from the text. */
export function quoted(text) {
  return `“${text}”`;
}
