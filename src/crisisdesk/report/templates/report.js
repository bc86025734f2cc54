/* Situation report map (inlined, allowed by its CSP hash). Reads the JSON blocks
 * #report-config, #report-points and #report-basemap; text goes in via textContent. */
(function () {
  "use strict";
  function data(id) { return JSON.parse(document.getElementById(id).textContent); }
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") { return; }
  var config = data("report-config"), points = data("report-points");
  var map = L.map(el, { worldCopyJump: true, zoomSnap: 0.25 }).setView([15, 0], 4);
  if (config.tiles) {
    L.tileLayer(config.tiles, { maxZoom: 18, attribution: "map tiles" }).addTo(map);
  } else {
    var topo = data("report-basemap");
    L.geoJSON(topojson.feature(topo, topo.objects.countries), {
      style: { color: "#6b7280", weight: 1, fillColor: "#f4f1e8", fillOpacity: 1 }, interactive: false
    }).addTo(map);
  }
  var COLOURS = { asserted: "#b91c1c", claimed: "#d97706" };
  var bounds = [];
  points.forEach(function (p) {
    var marker = L.circleMarker([p.lat, p.lon], {
      radius: 5 + Math.min(10, Math.sqrt(p.killed || 0) * 2), color: COLOURS[p.status] || "#4b5563",
      weight: 1, fillOpacity: 0.7, dashArray: p.geo >= 3 ? "3 3" : null
    }).addTo(map);
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = "#event-" + p.id;
    link.textContent = (p.date || "undated") + " " + (p.sub || p.type);
    box.appendChild(link);
    var who = document.createElement("div");
    who.textContent = (p.source || "?") + " → " + (p.target || "?") + (p.place ? " · " + p.place : "") + " (" + p.status + ")";
    box.appendChild(who);
    if (p.killed_text) {
      var toll = document.createElement("div");
      toll.textContent = p.killed_text + " killed";
      box.appendChild(toll);
    }
    marker.bindPopup(box);
    bounds.push([p.lat, p.lon]);
  });
  if (bounds.length) { map.fitBounds(bounds, { padding: [40, 40], maxZoom: 7 }); }
  el.setAttribute("data-markers", String(bounds.length));
})();
