/* Event map for the dashboard and event pages (no inline scripts: CSP script-src 'self').
 * Reads its configuration from data-* attributes of #map:
 *   data-events   API URL returning {items: [...]} (dashboard)
 *   data-lat/lon  one point (event page), data-label its name
 *   data-basemap  world-atlas TopoJSON (offline country outlines)
 *   data-tiles    optional tile URL template for online use
 * Every text from the data goes through textContent, never innerHTML. */
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") { return; }
  var map = L.map(el, { worldCopyJump: true }).setView([15, 0], 4);
  window.crisisdeskMap = map;

  var tiles = el.getAttribute("data-tiles");
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18, attribution: "map tiles" }).addTo(map);
  }
  var basemap = el.getAttribute("data-basemap");
  if (basemap && !tiles) {
    fetch(basemap).then(function (r) { return r.json(); }).then(function (topo) {
      var land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, {
        style: { color: "#7b8794", weight: 0.7, fillColor: "#f4f1e8", fillOpacity: 1 },
        interactive: false
      }).addTo(map).bringToBack();
    });
  }

  var COLOURS = { asserted: "#b91c1c", claimed: "#d97706", threatened: "#4f46e5",
                  hypothetical: "#6366f1", negated: "#6b7280", historical: "#9ca3af", generic: "#9ca3af" };

  function popup(ev) {
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = "/events/" + encodeURIComponent(ev.event_id);
    link.className = "map-event-link";
    link.textContent = ev.event_type + (ev.event_date ? " · " + ev.event_date : "");
    box.appendChild(link);
    var where = document.createElement("div");
    where.textContent = [ev.place_name, ev.admin1, ev.country].filter(Boolean).join(", ") + " (" + ev.status + ")";
    box.appendChild(where);
    if (ev.fatalities_min !== null || ev.fatalities_max !== null) {
      var toll = document.createElement("div");
      var low = ev.fatalities_min, high = ev.fatalities_max;
      toll.textContent = (low !== null && high !== null ? (low === high ? String(low) : low + "-" + high)
                          : low !== null ? "at least " + low : "up to " + high) + " killed";
      box.appendChild(toll);
    }
    if (ev.evidence) {
      var quote = document.createElement("div");
      quote.className = "muted";
      quote.textContent = ev.evidence.length > 220 ? ev.evidence.slice(0, 220) + "…" : ev.evidence;
      box.appendChild(quote);
    }
    return box;
  }

  var eventsUrl = el.getAttribute("data-events");
  if (eventsUrl) {
    fetch(eventsUrl).then(function (r) { return r.json(); }).then(function (page) {
      var points = [];
      page.items.forEach(function (ev) {
        if (ev.lat === null || ev.lon === null) { return; }
        // sized by the lowest reported toll, as in the report's map (a 4-11 event is a 4);
        // the popup gives the range
        var killed = ev.fatalities_min || 0;
        var marker = L.circleMarker([ev.lat, ev.lon], {
          radius: 5 + Math.min(10, Math.sqrt(killed) * 2),
          color: COLOURS[ev.status] || "#374151", weight: 1, fillOpacity: 0.7,
          dashArray: ev.geo_precision >= 3 ? "3 3" : null
        });
        marker.bindPopup(popup(ev));
        marker.addTo(map);
        points.push([ev.lat, ev.lon]);
      });
      el.setAttribute("data-markers", String(points.length));
      if (points.length) { map.fitBounds(points, { padding: [30, 30], maxZoom: 8 }); }
    });
  }

  var lat = el.getAttribute("data-lat"), lon = el.getAttribute("data-lon");
  if (lat && lon) {
    var point = [parseFloat(lat), parseFloat(lon)];
    var m = L.circleMarker(point, { radius: 8, color: "#b91c1c", fillOpacity: 0.7 }).addTo(map);
    var label = document.createElement("span");
    label.textContent = el.getAttribute("data-label") || "";
    m.bindTooltip(label);
    map.setView(point, 6);
  }
})();
