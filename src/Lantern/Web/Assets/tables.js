// Tables of class "stack" become one block per row on a phone (site.css), each value labelled with its column's
// heading: copied here from the table's head into data-label, for rows written by the server and rows added later by
// a page's script (the tasking list).
(function () {
    'use strict';
    document.querySelectorAll('table.stack').forEach(table => {
        // The headings are read for each row: a page's script may name a column's unit once its data is in.
        const label = tr => {
            const headings = [...table.querySelectorAll('thead th')].map(th => th.textContent.trim());
            [...tr.children].forEach((td, i) => { if (headings[i]) { td.dataset.label = headings[i]; } });
        };
        table.querySelectorAll('tbody tr').forEach(label);
        table.querySelectorAll('tbody').forEach(body => new MutationObserver(changes => changes.forEach(c =>
            c.addedNodes.forEach(n => { if (n.nodeName === 'TR') { label(n); } }))).observe(body, { childList: true }));
    });
})();
