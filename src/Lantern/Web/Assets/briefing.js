// The briefing's map: the published places, numbered as in the table, over the imported boundaries (no external tiles
// unless a tile URL is configured), for the sheet handed out at the start of a shift.
(function () {
    'use strict';
    const root = document.getElementById('briefing-map');
    if (!root) { return; }
    const places = JSON.parse(root.dataset.places || '[]');
    // Not interactive and not in the Tab order: the table beside it carries the same places for the keyboard (WCAG 2.4.3).
    const map = L.map(root, { zoomControl: false, attributionControl: !!root.dataset.tileUrl, keyboard: false, zoomSnap: 0.25 });
    if (root.dataset.tileUrl) {
        L.tileLayer(root.dataset.tileUrl, { attribution: root.dataset.tileAttribution || '', maxZoom: 19 }).addTo(map);
    }
    const pins = places.map(p => L.marker([p.lat, p.lon], {
        icon: L.divIcon({ className: 'rank-pin', html: String(p.rank), iconSize: [20, 20] }),
        keyboard: false, interactive: false,
    }).addTo(map));
    // Fitted to the places on screen, and again for the printed sheet, where the map is a strip of another size: Leaflet
    // keeps the view it had, which left most places off the sheet.
    function fit() {
        map.invalidateSize({ animate: false });
        if (pins.length > 0) {
            map.fitBounds(L.featureGroup(pins).getBounds(), { padding: [16, 16], maxZoom: 16, animate: false });
        } else {
            map.setView([52.5, -1.9], 7, { animate: false });
        }
    }
    fit();
    window.addEventListener('beforeprint', fit);
    window.matchMedia('print').addEventListener('change', fit);
    window.addEventListener('afterprint', fit);
    if (root.dataset.baseLevel) {
        fetch('/api/areas/' + encodeURIComponent(root.dataset.baseLevel), { credentials: 'same-origin' })
            .then(r => r.ok ? r.json() : null)
            .then(geo => {
                if (!geo) { return; }
                L.geoJSON(geo, { interactive: false, style: { color: '#7b8a99', weight: 1, fillColor: '#ffffff', fillOpacity: 0.6 } })
                    .addTo(map).bringToBack();
            });
    }
}());
