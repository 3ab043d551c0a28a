// Tells the reader of an article page when the article changes while they read it: the page
// follows the change log live (GET /api/v1/changes as Server-Sent Events, which the browser
// resumes by itself with Last-Event-ID after a dropped connection) and, on a change to this
// article or any of its records, shows a banner offering to reload. Nothing else on the page moves.

const slug = (() => {
  const match = /^\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(location.pathname);
  return match ? match[1] : null;
})();

function showBanner() {
  if (document.getElementById('article-changed')) {
    return;
  }
  const banner = document.createElement('div');
  banner.id = 'article-changed';
  banner.setAttribute('role', 'status');
  banner.className = 'notice';
  Object.assign(banner.style, {
    position: 'sticky', top: '0', zIndex: '10', margin: '0', padding: '0.6rem 1rem',
    background: '#fff4c2', borderBottom: '1px solid #d8c060', color: '#222',
  });
  banner.append('This article changed since the page was loaded — ');
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'reload';
  reload.addEventListener('click', () => location.reload());
  banner.append(reload);
  document.body.prepend(banner);
}

if (slug && 'EventSource' in window) {
  const changes = new EventSource('/api/v1/changes');
  changes.addEventListener('message', (event) => {
    let change;
    try {
      change = JSON.parse(event.data);
    } catch {
      return;
    }
    if (change.article === slug) {
      showBanner();
      changes.close();
    }
  });
  addEventListener('pagehide', () => changes.close());
}
