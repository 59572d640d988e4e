package org.terrinclus.examples.render;

/** What the browser tests ask a page, as JavaScript expressions that return JSON values. */
final class PageChecks {

    private PageChecks() {}

    /**
     * Basic accessibility: the page's language, its h1 elements, heading levels that never skip
     * one going down, table header cells without a scope outside a thead, images without a text
     * alternative, SVG images without a title, and the WCAG contrast of every SDG badge and chip
     * as the browser paints it.
     */
    static final String ACCESSIBILITY = """
            (() => {
              const lum = (rgb) => {
                const [r, g, b] = rgb.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map(v => {
                  const c = v / 255;
                  return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
                });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              const ratio = (a, b) => {
                const [x, y] = [lum(a), lum(b)];
                return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
              };
              const levels = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => Number(h.tagName[1]));
              const skips = [];
              for (let i = 1; i < levels.length; i++) {
                if (levels[i] > levels[i - 1] + 1) skips.push(levels[i - 1] + '->' + levels[i]);
              }
              const badges = [...document.querySelectorAll('.sdg, .sdg-chip')].map(e => {
                const s = getComputedStyle(e);
                return { text: e.textContent.trim(), contrast: ratio(s.color, s.backgroundColor) };
              });
              return {
                lang: document.documentElement.lang,
                h1: document.querySelectorAll('h1').length,
                firstHeading: levels.length ? levels[0] : 0,
                skips: skips,
                tablesWithoutHeaders: [...document.querySelectorAll('table')].filter(t => !t.querySelector('th')).length,
                headersWithoutScope: [...document.querySelectorAll('th')].filter(th => !th.closest('thead') && !th.hasAttribute('scope')).length,
                imagesWithoutAlt: [...document.querySelectorAll('img')].filter(i => !i.hasAttribute('alt')).length,
                svgWithoutTitle: [...document.querySelectorAll('svg')].filter(s => !s.querySelector('title') && !s.getAttribute('aria-label')).length,
                badges: badges,
                scripts: document.scripts.length,
                horizontalOverflow: document.documentElement.scrollWidth > window.innerWidth + 1
              };
            })()
            """;

    /** The funding tables, SDG badges, flagged rows and findings of a sheet, as shown. */
    static final String SHEET = """
            (() => {
              const tables = [...document.querySelectorAll('section#funding table.money')].map(t => ({
                caption: t.caption ? t.caption.innerText : '',
                rows: [...t.tBodies[0].rows].map(r => ({ name: r.cells[0].innerText, amount: r.cells[1].innerText, flagged: r.classList.contains('flagged') })),
                total: t.tFoot && t.tFoot.querySelector('tr.total') ? t.tFoot.querySelector('tr.total td').innerText : null,
                totalFlagged: !!(t.tFoot && t.tFoot.querySelector('tr.total.flagged')),
                totalVisible: !!(t.tFoot && t.tFoot.querySelector('tr.total')) && t.tFoot.querySelector('tr.total').getBoundingClientRect().height > 0
              }));
              const aside = [...document.querySelectorAll('section#funding aside.findings li')].map(li => li.innerText);
              const badges = [...document.querySelectorAll('li.sdg')].map(b => ({
                number: b.querySelector('.number').innerText, name: b.querySelector('.name').innerText,
                background: getComputedStyle(b).backgroundColor, visible: b.getBoundingClientRect().width > 0
              }));
              const all = [...document.querySelectorAll('table.all-findings tbody tr')].map(r => r.innerText);
              return { title: document.querySelector('h1').innerText, tables: tables, fundingFindings: aside, badges: badges, findings: all,
                       headings: [...document.querySelectorAll('h2')].map(h => h.innerText) };
            })()
            """;

    /** The report's counts, charts, rule links and TOTAL mismatches, as shown. */
    static final String REPORT = """
            (() => ({
              records: document.getElementById('count-records').innerText,
              invalid: document.getElementById('count-invalid').innerText,
              charts: [...document.querySelectorAll('svg')].map(s => ({ id: s.id, bars: s.querySelectorAll('rect').length,
                         width: s.getBoundingClientRect().width, fills: [...s.querySelectorAll('rect')].map(r => r.getAttribute('fill')) })),
              ruleLinks: [...document.querySelectorAll('a.rule-link')].map(a => a.getAttribute('href')),
              rules: [...document.querySelectorAll('tr.rule-row')].map(r => r.dataset.rule),
              mismatches: [...document.querySelectorAll('#mismatches tbody tr')].map(r => r.innerText)
            }))()
            """;
}
