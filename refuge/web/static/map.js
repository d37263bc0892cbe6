// Maps of places with Leaflet (served from this site). Place names come from documents and
// are untrusted: they are put into the page as text nodes, never as HTML.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L) { return; }
  // Names stay readable on the biggest places even without a base map.
  var PERMANENT_LABELS = 25;

  function label(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span;
  }

  function draw(points) {
    var map = L.map(el, { worldCopyJump: true });
    var tiles = el.dataset.tiles;
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: el.dataset.attribution || "" }).addTo(map);
    }
    if (!points.length) { map.setView([40, 125], 4); return; }
    var max = Math.max.apply(null, points.map(function (p) { return p.events || 1; }));
    var bounds = [];
    points.forEach(function (p, i) {
      var radius = 5 + 15 * Math.sqrt((p.events || 1) / max);
      var marker = L.circleMarker([p.lat, p.lon], {
        radius: radius, weight: 1, color: "#7a1f1f", fillColor: p.exact === false ? "#d9a441" : "#c0392b", fillOpacity: 0.7,
        className: "place-marker"
      }).addTo(map);
      var text = p.name + (p.events ? " (" + p.events + " " + (el.dataset.eventsLabel || "") + ")" : "");
      marker.bindTooltip(label(text.trim()), { permanent: i < PERMANENT_LABELS, direction: "right", className: "place-label" });
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length === 1) { map.setView(bounds[0], 7); } else { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8 }); }
  }

  if (el.dataset.places) {
    draw(JSON.parse(el.dataset.places));
  } else if (el.dataset.source) {
    fetch(el.dataset.source, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (geo) {
        draw(geo.features.filter(function (f) { return f.geometry; }).map(function (f) {
          return {
            name: f.properties.name, events: f.properties.events, exact: f.properties.exact,
            lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0]
          };
        }));
      });
  }
})();
