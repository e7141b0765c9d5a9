// Small helpers for building the pane's lists.

/**
 * @param {string} tag @param {Record<string, string>} [attributes] @param {(string | Node)[]} [children]
 * @returns {HTMLElement}
 */
export function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** Makes an element reachable with Tab and acting on click and on Enter. @param {HTMLElement} item @param {() => void} handler */
export function onActivate(item, handler) {
  item.tabIndex = 0;
  item.addEventListener('click', handler);
  // The key's default is cancelled: when the handler moves focus (to a button it shows), the same Enter would press it.
  item.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); handler(); } });
  return item;
}
