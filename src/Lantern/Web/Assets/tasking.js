// The tasking page: loads the list from the JSON API, draws the places on a Leaflet map over the imported boundaries
// (no external tiles unless a tile URL is configured), fills the ranked table and shows a place's explanation.
(function () {
    'use strict';
    const root = document.getElementById('tasking');
    if (!root) { return; }
    const query = root.dataset.query;
    const status = document.getElementById('status');
    const tbody = document.querySelector('#places tbody');
    const explain = document.getElementById('explain');
    let harmUnit = ''; // the harm table's unit, from the list
    const map = L.map('map', { preferCanvas: false, zoomSnap: 0.5 });
    map.setView([52.5, -1.9], 7);
    if (root.dataset.tileUrl) {
        L.tileLayer(root.dataset.tileUrl, { attribution: root.dataset.tileAttribution || '', maxZoom: 19 }).addTo(map);
    }
    if (root.dataset.baseLevel) {
        fetch('/api/areas/' + encodeURIComponent(root.dataset.baseLevel), { credentials: 'same-origin' })
            .then(r => r.ok ? r.json() : null)
            .then(geo => {
                if (!geo) { return; }
                const layer = L.geoJSON(geo, { style: { color: '#7b8a99', weight: 1, fillColor: '#ffffff', fillOpacity: 0.6 } }).addTo(map);
                layer.bringToBack();
                lanternHoverTip(map, layer, l => (l.feature.properties.name || '') + ' ' + l.feature.properties.code);
            });
    }
    document.getElementById('csv').href = '/api/tasking/csv?' + query;
    document.getElementById('geojson').href = '/api/tasking/geojson?' + query;

    // Harm colour: light to dark red by rank of harm within today's list.
    function colour(harm, max) {
        const t = max > 0 ? Math.sqrt(harm / max) : 0;
        const light = Math.round(85 - 50 * t);
        return 'hsl(4, 80%, ' + light + '%)';
    }
    function text(tag, value, cls) {
        const el = document.createElement(tag);
        el.textContent = value;
        if (cls) { el.className = cls; }
        return el;
    }
    // In the reason's words, as the command line's table: "steady" read as "not rising" beside a change of +233% that is
    // no clear change only because the counts are small.
    function signed(percent) {
        const whole = Math.round(percent);
        return (whole > 0 ? '+' : '') + whole + '%';
    }
    function trendText(t) {
        const known = t.changePercent !== null && t.changePercent !== undefined;
        if (t.direction === 'Rising') { return known ? 'rising ' + signed(t.changePercent) : 'rising (none before)'; }
        if (t.direction === 'Falling') { return 'falling ' + signed(t.changePercent); }
        if (t.direction === 'NoClearChange') { return known ? 'no clear change (' + signed(t.changePercent) + ')' : 'no clear change'; }
        return 'n/a';
    }
    // "Lambeth 012A · ", or nothing where no boundaries are imported (the API says '-').
    function areaPrefix(p) {
        return p.areaName && p.areaName !== '-' ? p.areaName + ' · ' : '';
    }
    // As ShownTime.Plan on the officers' pages: the times run through the peak window in order, so one earlier than the
    // time before it is past midnight, in the same night's shift.
    function planText(p) {
        let afterMidnight = false;
        const times = p.times.map((t, i) => {
            afterMidnight = afterMidnight || (i > 0 && t < p.times[i - 1]);
            return afterMidnight ? t + ' (after midnight)' : t;
        });
        return p.visits + ' × ' + p.minutes + ' min' + (times.length ? ' at ' + times.join(', ') : '');
    }
    const rows = new Map();
    const shapes = new Map();
    function select(place) {
        rows.forEach((tr, rank) => tr.classList.toggle('selected', rank === place.rank));
        explain.hidden = false;
        explain.replaceChildren();
        explain.append(text('h2', '#' + place.rank + ' ' + place.cell));
        explain.append(text('p', place.reason));
        explain.append(text('p', areaPrefix(place) + 'harm ' + place.harmText + (harmUnit ? ' ' + harmUnit : '') + ' · ' + place.crimes + ' crimes'));
        const ul = document.createElement('ul');
        place.byCategory.forEach(c => ul.append(text('li', c.crimes + ' ' + c.category + ' (harm ' + c.harmText + ')')));
        explain.append(ul);
        const gi = place.giStar;
        explain.append(text('p', gi ? 'Gi* z = ' + gi.z.toFixed(2) + ', adjusted p = ' + gi.adjustedP.toPrecision(2) + (gi.significant ? ' (significant hot spot)' : ' (not significant)') : 'Gi*: not computed'));
        explain.append(text('p', 'Trend: ' + trendText(place.trend) + ' (' + place.trend.previous + ' → ' + place.trend.current + ' crimes)'));
        explain.append(text('p', 'Patrol plan: ' + planText(place.patrol) + '. ' + place.patrol.advice));
        const cellInput = document.getElementById('adjust-cell');
        if (cellInput) { cellInput.value = place.cell; }
        explain.scrollIntoView({ block: 'nearest' });
    }
    // Places on the map: one layer, emptied when the list is made again (after an adjustment is withdrawn).
    const placesLayer = L.featureGroup().addTo(map);
    // The list's outcome for each adjustment ("Removed from the list; ..."), by cell and kind, for the adjustments' table.
    let outcomes = new Map();
    let listCellSize = null;
    // Loads the list and draws it. The first time the map is fitted to the places; later, the map stays where the reader
    // left it. Resolves when the list is shown (or could not be made), never rejects.
    function loadList(first) {
        placesLayer.clearLayers();
        tbody.replaceChildren();
        rows.clear();
        shapes.clear();
        explain.hidden = true;
        delete status.dataset.places;
        delete status.dataset.error;
        return fetch('/api/tasking?' + query, { credentials: 'same-origin' })
            .then(r => r.ok ? r.json() : r.json().then(p => { throw new Error(p.detail || p.title || r.statusText); }))
            .then(data => {
                const places = data.result.places;
                const max = places.reduce((m, p) => Math.max(m, p.harm), 0);
                // With no look-back period (a date before the data) the list says why, as the command line's note does,
                // rather than "from 0 crimes (null)".
                const period = data.result.lookBack ? ' from ' + data.result.crimesUsed.toLocaleString('en-GB') + ' crimes (' + data.result.lookBack + ')'
                    : ': ' + ((data.result.notes || [])[0] || 'no crime data in this period').replace(/\.$/, '');
                                // The force as the filter shows it ("City of London Police"), not its slug.
                const forceOption = document.querySelector('#filters select[name=force] option:checked');
                status.textContent = places.length + ' places for ' + (forceOption ? forceOption.textContent : data.force) + period +
                    (data.warning ? '. Warning: ' + data.warning.replace(/\.$/, '') : '') + '.';
                // A harm figure means nothing without its unit (days of imprisonment for the Crime Harm Index).
                harmUnit = data.harmUnit || '';
                if (harmUnit) { document.getElementById('harm-heading').textContent = 'Harm (' + harmUnit + ')'; }
                listCellSize = data.cellSize;
                outcomes = new Map((data.result.adjustments || []).map(a => [a.cell + ' ' + a.kind.toLowerCase(), a]));
                const bounds = [];
                places.forEach(p => {
                    const fill = colour(p.harm, max);
                    const shape = L.polygon(p.polygon, { color: '#5a0f0a', weight: 1, fillColor: fill, fillOpacity: 0.85, className: 'place-cell' })
                        .addTo(placesLayer);
                    // Harm as the server writes it (harmText): as the reasons, the briefing and the command line give it.
                    lanternHoverTip(map, shape, () => '#' + p.rank + ' harm ' + p.harmText + (harmUnit ? ' ' + harmUnit : ''));
                    shape.on('click', () => select(p));
                    shapes.set(p.rank, shape);
                    p.polygon.forEach(c => bounds.push(c));
                    const tr = document.createElement('tr');
                    const sw = text('span', '', 'swatch');
                    sw.style.backgroundColor = fill; // CSSOM, not an inline style attribute: allowed by the CSP
                    const rankCell = document.createElement('td');
                    rankCell.append(sw, document.createTextNode(String(p.rank)));
                    // The place's name is a button, so that the keyboard reaches it (Tab, then Enter or Space) and a screen reader
                    // says it does something; its click, like a click anywhere on the row, explains the place.
                    const name = document.createElement('td');
                    const button = text('button', areaPrefix(p) + p.cell, 'link');
                    button.type = 'button';
                    name.append(button);
                    tr.append(rankCell, name, text('td', p.harmText),
                        text('td', String(p.crimes)), text('td', trendText(p.trend)), text('td', planText(p.patrol)));
                    tr.addEventListener('click', () => { select(p); map.panTo(shape.getBounds().getCenter()); });
                    tbody.append(tr);
                    rows.set(p.rank, tr);
                });
                // Set once every place is in the table and on the map, and the map has come to rest on them: scripts and
                // browser tests wait for it.
                const ready = () => { status.dataset.places = String(places.length); };
                if (first && bounds.length) {
                    map.once('moveend', ready);
                    map.fitBounds(bounds, { padding: [20, 20] });
                } else {
                    ready();
                }
                // The seed is a string: a 64-bit number is past what a JavaScript number holds exactly.
                document.getElementById('run').textContent = 'Analysis run #' + data.run + ' · seed ' + data.parameters.seed + ' · harm table ' +
                    data.parameters.harmTable.name + ' ' + data.parameters.harmTable.version + ' · ' + (data.result.automaticChoices || []).join('; ');
            })
            .catch(e => {
                outcomes = new Map();
                status.textContent = 'Could not make the tasking list: ' + e.message;
                status.dataset.error = e.message;
            });
    }

    // The force's adjustments in force: what was added or suppressed, by whom, when and why, and what it did to the list
    // shown; analysts may withdraw one (the server renders the Withdraw column for them only, as the API allows).
    const adjustments = document.getElementById('adjustments');
    const adjustmentStatus = document.getElementById('adjustments-status');
    const adjustmentTable = document.getElementById('adjustment-list');
    const canWithdraw = adjustments && adjustments.dataset.canWithdraw === 'true';
    const csrf = document.querySelector('meta[name="csrf-token"]');
    const ukTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });
    function outcomeText(a) {
        const outcome = outcomes.get(a.cellName + ' ' + a.action);
        if (outcome) { return outcome.effect; }
        return a.cellSize !== listCellSize && listCellSize ? 'Applies to lists of ' + a.cellSize + ' m cells.' : '–';
    }
    function showAdjustments(list, said) {
        const body = adjustmentTable.tBodies[0];
        body.replaceChildren();
        list.forEach(a => {
            const tr = document.createElement('tr');
            tr.append(text('td', String(a.id)), text('td', a.action === 'add' ? 'added' : 'suppressed'), text('td', a.cellName),
                text('td', a.reason), text('td', a.madeBy), text('td', ukTime.format(new Date(a.madeAt))), text('td', outcomeText(a)));
            if (canWithdraw) {
                const button = text('button', 'Withdraw');
                button.type = 'button';
                button.setAttribute('aria-label', 'Withdraw #' + a.id + ', ' + a.action + ' ' + a.cellName);
                button.addEventListener('click', () => withdraw(a, button));
                const cell = text('td', '', 'no-print');
                cell.append(button);
                tr.append(cell);
            }
            body.append(tr);
        });
        adjustmentTable.hidden = list.length === 0;
        const count = list.length === 0 ? 'No places are added or suppressed for ' + (adjustments.dataset.forceName || adjustments.dataset.force) + '.'
            : list.length + ' adjustment' + (list.length === 1 ? '' : 's') + ' in force for ' + (adjustments.dataset.forceName || adjustments.dataset.force) + '.';
        adjustmentStatus.textContent = (said ? said + ' ' : '') + count;
        adjustmentStatus.dataset.shown = String(list.length);
    }
    function loadAdjustments(said) {
        delete adjustmentStatus.dataset.shown;
        return fetch('/api/tasking/places?force=' + encodeURIComponent(adjustments.dataset.force), { credentials: 'same-origin' })
            .then(r => { if (!r.ok) { throw new Error(r.statusText || String(r.status)); } return r.json(); })
            .then(all => showAdjustments(all.filter(a => !a.withdrawnAt), said))
            .catch(e => { adjustmentStatus.textContent = 'Could not list the adjustments: ' + e.message; });
    }
    function withdraw(a, button) {
        button.disabled = true;
        fetch('/api/tasking/places/' + encodeURIComponent(a.id), {
            method: 'DELETE', credentials: 'same-origin', headers: { 'X-CSRF-TOKEN': csrf ? csrf.content : '' },
        })
            .then(r => {
                // 404: withdrawn already (by someone else since the list was shown); the lists are brought up to date either way.
                if (!r.ok && r.status !== 404) { throw new Error(r.statusText || String(r.status)); }
                const said = r.ok ? 'Withdrawn: #' + a.id + ', ' + a.action + ' ' + a.cellName + '.' : '#' + a.id + ' was withdrawn already.';
                // The button is gone with its row: the focus goes to the message, which says what happened.
                adjustmentStatus.textContent = said + ' Making the list again…';
                adjustmentStatus.focus();
                replaceNotice(said);
                return loadList(false).then(() => loadAdjustments(said));
            })
            .catch(e => {
                button.disabled = false;
                adjustmentStatus.textContent = 'Could not withdraw #' + a.id + ': ' + e.message;
            });
    }
    // The notice the page came with ("Recorded suppress #12: …", after the form that made an adjustment) stayed after a
    // withdrawal, saying the opposite of what was last done: it says what was withdrawn instead (announced once, by the
    // adjustments' status, which has the focus), and leaves the address, so that reloading the page does not bring it back.
    function replaceNotice(said) {
        const notice = document.getElementById('message');
        if (notice) {
            notice.removeAttribute('role');
            notice.textContent = said;
        }
        const address = new URL(window.location.href);
        if (address.searchParams.has('message')) {
            address.searchParams.delete('message');
            window.history.replaceState(null, '', address);
        }
    }
    loadList(true).then(() => { if (adjustments) { return loadAdjustments(''); } return null; });
})();
