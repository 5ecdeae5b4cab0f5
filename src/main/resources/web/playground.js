// The playground's script, served as a file: the page's Content-Security-Policy runs no inline script.
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
// Only http(s) links are rendered as links: an article URL such as javascript:... (from an ingested or synced help
// center) would otherwise run script on this page, which holds the API key field.
const safeUrl = u => {
  try {
    const url = new URL(String(u ?? ''), window.location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (e) {
    return null;
  }
};
const link = (u, text) => {
  const href = safeUrl(u);
  return href ? `<a href="${esc(href)}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text);
};
const num = (x, digits) => Number.isFinite(Number(x)) ? Number(x).toFixed(digits) : '';
document.getElementById('go').onclick = async () => {
  const out = document.getElementById('out');
  out.innerHTML = '<p>Working…</p>';
  const headers = {'Content-Type': 'application/json'};
  const key = document.getElementById('key').value;
  if (key) headers['Authorization'] = 'Bearer ' + key;
  const res = await fetch('/api/triage', {method: 'POST', headers,
    body: JSON.stringify({subject: document.getElementById('subject').value, description: document.getElementById('description').value})});
  const t = await res.json();
  if (!res.ok) { out.innerHTML = `<p class="error">${esc(t.title)}: ${esc(t.detail)}</p>`; return; }
  const row = (name, p) => `<div class="pred ${t.abstained.includes(name) ? 'abstained' : ''}"><span><b>${esc(name)}</b> ${esc(p.label ?? p.code)}${t.abstained.includes(name) ? ' (abstained)' : ''}</span><span class="conf">${num(p.confidence ?? 0, 2)}</span></div>`;
  out.innerHTML = `
    <h3>Draft (${esc(t.draft.method)}, ${esc(t.draft.language)})</h3><pre>${esc(t.draft.body)}</pre>
    <h3>Predictions</h3>${row('language', t.language)}${['intent','tone','priority','group','type'].map(f => row(f, t[f])).join('')}
    <p>Tags: ${t.tags.map(x => esc(x.label) + ' (' + num(x.confidence, 2) + ')').join(', ') || 'none'}</p>
    <h3>Similar solved tickets</h3><ul>${t.similar_tickets.map(s => `<li>#${esc(s.id)} ${esc(s.subject)} <span class="conf">${num(s.score, 2)}</span></li>`).join('')}</ul>
    <h3>Articles</h3><ul>${t.articles.map(a => `<li>${link(a.url, a.title)} <span class="conf">${num(a.score, 2)}</span></li>`).join('')}</ul>
    <p class="conf">${esc(t.timings_ms.total)} ms</p>`;
};
