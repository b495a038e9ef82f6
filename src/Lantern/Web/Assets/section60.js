// The Section 60 pages: the locality of an authorisation on a map, and drawing one by clicking its corners, which writes
// a GeoJSON Polygon into the form's "Drawn area" box. Leaflet only (no drawing plugin); no inline script (the CSP forbids it).
(function () {
    'use strict';
    function baseMap(el) {
        const map = L.map(el, { zoomSnap: 0.5 });
        map.setView([52.5, -1.9], 6);
        if (el.dataset.tileUrl) {
            L.tileLayer(el.dataset.tileUrl, { attribution: el.dataset.tileAttribution || '', maxZoom: 19 }).addTo(map);
        }
        return map;
    }

    const shown = document.getElementById('s60-map');
    if (shown && shown.dataset.area) {
        const map = baseMap(shown);
        const area = L.geoJSON(JSON.parse(shown.dataset.area), { style: { color: '#5a0f0a', weight: 2, fillColor: '#d9534f', fillOpacity: 0.25 } }).addTo(map);
        map.fitBounds(area.getBounds(), { padding: [10, 10] });
    }

    const drawing = document.getElementById('s60-draw');
    if (!drawing) { return; }
    const map = baseMap(drawing);
    const out = document.getElementById('area-geojson');
    const status = document.getElementById('draw-status');
    if (drawing.dataset.baseLevel) {
        fetch('/api/areas/' + encodeURIComponent(drawing.dataset.baseLevel), { credentials: 'same-origin' })
            .then(r => r.ok ? r.json() : null)
            .then(geo => {
                if (!geo) { return; }
                const layer = L.geoJSON(geo, { style: { color: '#7b8a99', weight: 1, fillColor: '#ffffff', fillOpacity: 0.5 } }).addTo(map);
                layer.bringToBack();
                lanternHoverTip(map, layer, l => (l.feature.properties.name || '') + ' ' + l.feature.properties.code);
                if (!corners.length) { map.fitBounds(layer.getBounds()); }
            });
    }
    const corners = [];
    let shape = null;
    function round(x) { return Math.round(x * 1e6) / 1e6; }
    function update() {
        if (shape) { map.removeLayer(shape); shape = null; }
        if (corners.length >= 3) {
            shape = L.polygon(corners, { color: '#5a0f0a', weight: 2, fillOpacity: 0.25 }).addTo(map);
            const ring = corners.map(c => [round(c.lng), round(c.lat)]);
            ring.push(ring[0]);
            out.value = JSON.stringify({ type: 'Polygon', coordinates: [ring] });
        } else if (corners.length) {
            shape = L.polyline(corners, { color: '#5a0f0a', weight: 2 }).addTo(map);
            out.value = '';
        } else {
            out.value = '';
        }
        status.textContent = corners.length ? corners.length + ' corner' + (corners.length === 1 ? '' : 's') + (corners.length < 3 ? ': at least 3 make an area' : '') : '';
    }
    map.on('click', e => { corners.push(e.latlng); update(); });
    document.getElementById('draw-undo').addEventListener('click', () => { corners.pop(); update(); });
    document.getElementById('draw-clear').addEventListener('click', () => { corners.length = 0; update(); });
    // A polygon already in the box (a form shown again after a refusal) is put back on the map.
    if (out.value) {
        try {
            const g = JSON.parse(out.value);
            if (g.type === 'Polygon') {
                g.coordinates[0].slice(0, -1).forEach(c => corners.push(L.latLng(c[1], c[0])));
                update();
                map.fitBounds(shape.getBounds());
            }
        } catch (e) {
            status.textContent = 'The box does not hold GeoJSON: ' + e.message;
        }
    }
})();
