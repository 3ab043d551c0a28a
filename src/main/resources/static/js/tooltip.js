// One tooltip for every quote, shown on hover and on keyboard focus, dismissed with Escape.
// Screen readers get the same facts through each quote's aria-describedby; the visible
// tooltip is aria-hidden so they do not hear them twice.

import { h } from './dom.js';

export function quoteTooltip(container, describe) {
  // A page that renders again (the draft page, one draft after another) keeps one tooltip.
  document.getElementById('quote-tip')?.remove();
  const tip = h('div', { class: 'tip', id: 'quote-tip', role: 'tooltip', 'aria-hidden': 'true', hidden: true });
  document.body.append(tip);
  let shownFor = null;
  let hideTimer = null;

  const place = rect => {
    tip.style.left = '0px';
    tip.style.top = '0px';
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const margin = 8;
    const viewport = document.documentElement.clientWidth;
    const left = Math.min(Math.max(margin, rect.left), Math.max(margin, viewport - width - margin));
    const above = rect.top - height - margin;
    const top = above >= margin ? above : rect.bottom + margin;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  };

  const show = (quoteId, rect) => {
    clearTimeout(hideTimer);
    if (shownFor !== quoteId) {
      tip.replaceChildren(...describe(quoteId));
      shownFor = quoteId;
      for (const element of container.querySelectorAll('[data-active]')) {
        delete element.dataset.active;
      }
      for (const element of container.querySelectorAll(`[data-quote-id="${CSS.escape(quoteId)}"]`)) {
        element.dataset.active = 'true';
      }
    }
    tip.hidden = false;
    place(rect);
  };

  const hide = () => {
    clearTimeout(hideTimer);
    tip.hidden = true;
    shownFor = null;
    for (const element of container.querySelectorAll('[data-active]')) {
      delete element.dataset.active;
    }
  };

  // The line of a multi-line quote under the pointer, or its first line.
  const lineRect = (element, event) => {
    const rects = Array.from(element.getClientRects());
    if (event && 'clientY' in event) {
      const hit = rects.find(r => event.clientY >= r.top && event.clientY <= r.bottom);
      if (hit) {
        return hit;
      }
    }
    return rects[0] || element.getBoundingClientRect();
  };

  container.addEventListener('mouseover', event => {
    const target = event.target.closest('[data-quote-id]');
    if (target) {
      show(target.dataset.quoteId, lineRect(target, event));
    }
  });
  container.addEventListener('mouseout', event => {
    const to = event.relatedTarget;
    if (!(to instanceof Element) || (!to.closest('[data-quote-id]') && !tip.contains(to))) {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => {
        if (!container.contains(document.activeElement) || !document.activeElement.closest('[data-head]')) {
          hide();
        }
      }, 150);
    }
  });
  tip.addEventListener('mouseover', () => clearTimeout(hideTimer));
  tip.addEventListener('mouseout', event => {
    if (!(event.relatedTarget instanceof Element) || !event.relatedTarget.closest('[data-quote-id]')) {
      hideTimer = setTimeout(hide, 150);
    }
  });
  container.addEventListener('focusin', event => {
    const target = event.target.closest('[data-head]');
    if (target) {
      show(target.dataset.quoteId, lineRect(target));
    }
  });
  container.addEventListener('focusout', () => hide());
  document.addEventListener('keydown', event => {
    if (event.key === 'Escape' && !tip.hidden) {
      hide();
    }
  });
  window.addEventListener('resize', () => hide());

  return { hide };
}
