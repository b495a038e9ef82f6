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
    function trendText(t) {
        if (t.direction === 'Rising') { return 'rising ' + Math.round(t.changePercent) + '%'; }
        if (t.direction === 'Falling') { return 'falling ' + Math.round(t.changePercent) + '%'; }
        if (t.direction === 'NoClearChange') { return 'steady'; }
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
    fetch('/api/tasking?' + query, { credentials: 'same-origin' })
        .then(r => r.ok ? r.json() : r.json().then(p => { throw new Error(p.detail || p.title || r.statusText); }))
        .then(data => {
            const places = data.result.places;
            const max = places.reduce((m, p) => Math.max(m, p.harm), 0);
            status.textContent = places.length + ' places for ' + data.force + ' from ' + data.result.crimesUsed.toLocaleString('en-GB') +
                ' crimes (' + data.result.lookBack + ')' + (data.warning ? '. Warning: ' + data.warning.replace(/\.$/, '') : '') + '.';
            // A harm figure means nothing without its unit (days of imprisonment for the Crime Harm Index).
            harmUnit = data.harmUnit || '';
            if (harmUnit) { document.getElementById('harm-heading').textContent = 'Harm (' + harmUnit + ')'; }
            const bounds = [];
            places.forEach(p => {
                const fill = colour(p.harm, max);
                const shape = L.polygon(p.polygon, { color: '#5a0f0a', weight: 1, fillColor: fill, fillOpacity: 0.85, className: 'place-cell' }).addTo(map);
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
            if (bounds.length) {
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
            status.textContent = 'Could not make the tasking list: ' + e.message;
            status.dataset.error = e.message;
        });
})();
