// A map shape's name shown while the pointer is over it: for the pages' Leaflet maps (tasking.js, section60.js). Not
// Leaflet's bindTooltip, whose focus listeners make Chromium put every shape in the Tab order: hundreds of areas before
// the page's table, which carries the same places and names and is where the keyboard goes (WCAG 2.4.3).
window.lanternHoverTip = function (map, layer, textOf) {
    'use strict';
    const tip = L.tooltip({ direction: 'top', offset: [0, -8] });
    layer.on('mousemove', e => {
        tip.setLatLng(e.latlng).setContent(textOf(e.layer || e.target));
        if (!map.hasLayer(tip)) { map.openTooltip(tip); }
    });
    layer.on('mouseout', () => map.closeTooltip(tip));
};
