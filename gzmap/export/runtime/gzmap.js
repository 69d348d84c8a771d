(function () {
'use strict';
var gz = window.gzmap = {layers: {}, vectorLayers: [], rasters: [], pointLayers: [], datum: 'wgs84', grid: null,
  pending: 0, started: false, T: {}, lang: 'zh_CN', map: null, errors: []};

// The desktop canvas's rule (gzmap.core.point_rules): symbols sized by scale, small discs, or count bins.
gz.regime = function (n, sizePx, width, height, crowded) {
  var r = gz.rules;
  if (n <= 0) return 'symbols';
  var covered = n * Math.PI * (sizePx / 2) * (sizePx / 2);
  if (n > r.stampLimit || covered > r.maxCoverage * width * height) return 'bins';
  if (crowded !== undefined && crowded !== null && crowded >= r.maxCrowding) return 'bins';
  return n <= r.symbolLimit ? 'symbols' : 'stamped';
};
gz.needsCrowding = function (n, sizePx, width, height) {
  return n >= gz.rules.maxCrowding && gz.regime(n, sizePx, width, height) !== 'bins';
};
// mean number of points per occupied side x side square, counted from the smallest x and y
gz.crowding = function (px, py, k, side) {
  if (k <= 0 || side <= 0) return 0;
  var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, j;
  for (j = 0; j < k; j++) {
    if (px[j] < x0) x0 = px[j]; if (px[j] > x1) x1 = px[j];
    if (py[j] < y0) y0 = py[j]; if (py[j] > y1) y1 = py[j];
  }
  var nx = Math.floor((x1 - x0) / side) + 1, ny = Math.floor((y1 - y0) / side) + 1;
  var seen = new Uint8Array(nx * ny), cells = 0;
  for (j = 0; j < k; j++) {
    var c = Math.floor((py[j] - y0) / side) * nx + Math.floor((px[j] - x0) / side);
    if (!seen[c]) { seen[c] = 1; cells++; }
  }
  return k / cells;
};
// what a symbol's diameter is multiplied by at this zoom (1 at 1:50,000 and larger scales)
gz.sizeFactor = function (zoom) {
  var r = gz.rules, mPerPt = 2 * Math.PI * 6378137 / (256 * Math.pow(2, zoom)) * 96 / 72;
  var scale = mPerPt / r.ptMetres;
  return scale <= r.fullSizeScale ? 1 : Math.pow(r.fullSizeScale / scale, r.sizeExponent);
};
gz.symbolPx = function (sizePx, factor) {
  return Math.max(sizePx * factor, Math.min(sizePx, gz.rules.minSymbolPt * 96 / 72));
};
// a bin's side on the ground (metres, true at latitude lat) at this zoom, to two significant figures
// as gzmap.core.point_rules.cell_size_text writes it: '350 m', '1.4 km'
gz.cellSizeText = function (zoom, lat) {
  var mPerPt = 2 * Math.PI * 6378137 / (256 * Math.pow(2, zoom)) * 96 / 72 * Math.cos(lat * Math.PI / 180);
  var m = gz.rules.binPt * mPerPt;
  if (!(m > 0 && isFinite(m))) return '?';
  var v = Number(m.toPrecision(2));
  return v >= 1000 ? String(v / 1000) + ' km' : String(v) + ' m';
};
// the count steps' heading with the bins' side at the map's zoom and centre: pattern holds {size}
gz.binTitle = function (pattern, map) {
  return pattern.split('{size}').join(gz.cellSizeText(map.getZoom(), map.getCenter().lat));
};
// while a layer is drawn as bins its legend section is headed by the layer's name, not by the title of
// the classes the squares do not show ("by sub-sector"); back to that title when the points return
gz.binHeading = function (sec, name, bins) {
  if (!sec.gzClassHead) {
    var head = sec.querySelector('.gz-lt');
    if (!head) return;
    sec.gzClassHead = head; sec.gzNameHead = el('div', 'gz-lt', name);
    sec.insertBefore(sec.gzNameHead, head);
  }
  sec.gzNameHead.style.display = bins ? '' : 'none';
  sec.gzClassHead.style.display = bins ? 'none' : '';
};

gz.setup = function (map, opts) {
  gz.map = map; gz.T = opts.T || {}; gz.grid = opts.grid || null; gz.lang = opts.lang || 'zh_CN';
  gz.rules = opts.rules;
  gz.locale = gz.lang.indexOf('zh') === 0 ? 'zh-CN' : 'en';
  map.createPane('gzPoints').style.zIndex = 450;
  map.getPane('gzPoints').style.pointerEvents = 'none';
  map.createPane('gzLabels').style.zIndex = 460;
  map.getPane('gzLabels').style.pointerEvents = 'none';
  map.on('baselayerchange', function (e) {
    gz.setDatum((e.layer && e.layer.options && e.layer.options.gzDatum) || 'wgs84');
  });
  map.on('overlayadd overlayremove', function (e) {
    var id = e.layer && e.layer.gzId;
    if (!id) return;
    var s = document.getElementById('gz-legend-' + id);
    if (s) s.style.display = e.type === 'overlayadd' ? '' : 'none';
  });
  if (opts.attribution) map.attributionControl.addAttribution(opts.attribution);
  L.control.scale({metric: true, imperial: false, maxWidth: 120, position: 'bottomleft'}).addTo(map);
  gz.view = opts.view || null;
  gz.limitView();
  map.on('resize', function () { gz.limitView(); gz.layout(); });
  // clicks and hover go to the topmost point layer with a point under the mouse
  map.on('click', function (e) {
    for (var k = gz.pointLayers.length - 1; k >= 0; k--) {
      var l = gz.pointLayers[k];
      if (!l._map) continue;
      var h = l.hits(e.containerPoint);
      if (h.length) { l.openPopup(h); return; }
    }
  });
  var queued = false, last = null;
  map.on('mousemove', function (e) {
    last = e.containerPoint;
    if (queued) return;
    queued = true;
    requestAnimationFrame(function () {
      queued = false;
      var over = gz.pointLayers.some(function (l) { return l._map && l.nvis <= gz.rules.stampLimit && l.hits(last).length; });
      map.getContainer().style.cursor = over ? 'pointer' : '';
    });
  });
};

// ---- datum: WGS84 -> GCJ-02 by bilinear interpolation of a grid of offsets (degrees)
gz.offset = function (lat, lng) {
  var g = gz.grid;
  if (!g) return [0, 0];
  var fx = (lng - g.x0) / g.dx, fy = (lat - g.y0) / g.dy;
  fx = Math.min(Math.max(fx, 0), g.nx - 1.000001); fy = Math.min(Math.max(fy, 0), g.ny - 1.000001);
  var i = Math.floor(fx), j = Math.floor(fy), tx = fx - i, ty = fy - j, k = j * g.nx + i;
  function lerp(a) {
    return (a[k] * (1 - tx) + a[k + 1] * tx) * (1 - ty) + (a[k + g.nx] * (1 - tx) + a[k + g.nx + 1] * tx) * ty;
  }
  return [lerp(g.oy) * g.scale, lerp(g.ox) * g.scale];
};
gz.toMap = function (lat, lng) {
  if (gz.datum !== 'gcj02') return [lat, lng];
  var o = gz.offset(lat, lng);
  return [lat + o[0], lng + o[1]];
};
gz.toLatLng = function (lat, lng) { var p = gz.toMap(lat, lng); return L.latLng(p[0], p[1]); };
gz.setDatum = function (datum) {
  if (datum === gz.datum) return;
  gz.datum = datum;
  gz.vectorLayers.forEach(function (l) { l.gzRefresh(); });
  gz.rasters.forEach(function (r) { r.gzRefresh(); });
  gz.pointLayers.forEach(function (p) { p.reproject(); });
};

// ---- readiness: set window.gzmapReady once every layer has drawn its first frame
gz.done = function () { gz.pending -= 1; gz._check(); };
gz.start = function () { gz.panels(); gz.timeSlider(); gz.started = true; gz._check(); };
gz._check = function () {
  if (!gz.started || gz.pending > 0 || gz._finished) return;
  if (gz.map && gz.map._animatingZoom) { gz.map.once('zoomend', gz._check); return; }
  gz._finished = true;
  requestAnimationFrame(function () { requestAnimationFrame(function () {
    window.gzmapReady = true; gz.readyTime = performance.now();
    document.dispatchEvent(new Event('gzmap-ready'));
  }); });
};
gz.message = function (text) {
  var d = document.createElement('div'); d.className = 'gz-panel gz-msg'; d.textContent = text;
  document.body.appendChild(d);
};

// ---- view: zoom out at most one step past the zoom that shows all the data in this window, pan
// no further than half the data's extent beyond it; the closest zoom comes from the export (html_view.py)
gz.limitView = function () {
  var v = gz.view, map = gz.map;
  if (!v) return;
  var b = L.latLngBounds(gz.toLatLng(v.bounds[0][0], v.bounds[0][1]), gz.toLatLng(v.bounds[1][0], v.bounds[1][1]));
  map.options.minZoom = 0;  // getBoundsZoom never answers below the current minimum
  var fit = map.getBoundsZoom(b, false);
  map.setMaxBounds(b.pad(0.5));
  map.setMinZoom(Math.max(0, Math.min(fit - 1, map.getMaxZoom())));
};

// ---- panels: the legend (bottom right, above the attribution), the sources (bottom left, above the
// scale bar) and the layer list (top right, foldable) are controls in the map's corners, where Leaflet
// stacks them; gz.layout() bounds their sizes so that no two boxes meet, at any window size
gz.Panel = L.Control.extend({
  onAdd: function () {
    var e = this.options.el;
    L.DomEvent.disableClickPropagation(e); L.DomEvent.disableScrollPropagation(e);
    return e;
  }
});
gz.panels = function () {
  var map = gz.map, src = document.getElementById('gz-sources'), leg = document.getElementById('gz-legend');
  if (src) { new gz.Panel({position: 'bottomleft', el: src}).addTo(map); src.addEventListener('toggle', gz.layout); }
  if (leg) new gz.Panel({position: 'bottomright', el: leg}).addTo(map);
  var lc = map.getContainer().querySelector('.leaflet-control-layers');
  if (lc) {
    var head = el('button', 'gz-lc-head', gz.T.layers);
    head.type = 'button'; head.title = gz.T.foldLayers;
    head.addEventListener('click', function () {
      gz.userFolded = !lc.classList.contains('gz-folded');
      gz.foldLayers(gz.userFolded); gz.layout();
    });
    lc.insertBefore(head, lc.firstChild);
    gz.layerControl = lc;
  }
  gz.layout();
  if (window.ResizeObserver) {  // a panel whose content changes (a legend section hidden) is fitted again
    var queued = false, ro = new ResizeObserver(function () {
      if (queued) return;
      queued = true;
      requestAnimationFrame(function () { queued = false; gz._fit(); });
    });
    [leg, lc].forEach(function (e) { if (e) ro.observe(e); });
  }
};
gz.foldLayers = function (fold) {
  var lc = gz.layerControl;
  if (!lc) return;
  lc.classList.toggle('gz-folded', fold);
  lc.firstChild.setAttribute('aria-expanded', fold ? 'false' : 'true');
};
// a box relative to the map: {l, t, r, b}
gz.box = function (e) {
  var m = gz.map.getContainer().getBoundingClientRect(), b = e.getBoundingClientRect();
  return {l: b.left - m.left, t: b.top - m.top, r: b.right - m.left, b: b.bottom - m.top};
};
gz.layout = function () {
  var map = gz.map;
  if (!map || !map._controlCorners) return;
  if (gz.userFolded === undefined) {  // folded only when the window is too small for it (the reader may unfold it)
    gz.foldLayers(false);
    if (!gz._fit()) gz.foldLayers(true);
  }
  gz._fit();
};
// sizes the title, the legend and the sources so that they keep clear of each other and of the
// other controls; false when the title or the legend would be squeezed
gz._fit = function () {
  var map = gz.map, size = map.getSize(), gap = 10, corners = map._controlCorners, ok = true;
  function boxes(corner) { return Array.prototype.map.call(corner.children, gz.box); }
  var left = boxes(corners.topleft), right = boxes(corners.topright), top = left.concat(right);
  var title = document.getElementById('gz-title');
  if (title) {
    var side = 0;
    left.forEach(function (b) { side = Math.max(side, b.r); });
    right.forEach(function (b) { side = Math.max(side, size.x - b.l); });
    var width = size.x - 2 * (side + gap);
    ok = width >= 200;
    title.style.maxWidth = Math.max(width, 80) + 'px';
    top.push(gz.box(title));
  }
  // a bottom-corner panel may grow up to the lowest box above it
  function reach(panel) {
    var b = gz.box(panel), limit = 0;
    top.forEach(function (o) { if (o.l < b.r && o.r > b.l) limit = Math.max(limit, o.b); });
    return b.b - limit - gap;
  }
  var leg = document.getElementById('gz-legend'), src = document.getElementById('gz-sources');
  if (leg) {
    leg.style.maxWidth = Math.min(320, Math.floor(size.x * 0.45)) + 'px';
    var room = reach(leg);
    leg.style.maxHeight = Math.max(room, 40) + 'px';
    ok = ok && room >= Math.min(leg.scrollHeight, 150);
  }
  if (src) {
    var right0 = leg ? gz.box(leg).l : size.x;
    src.style.maxWidth = Math.max(Math.min(right0 - gap - gz.box(src).l, 480), 80) + 'px';
    src.style.maxHeight = Math.max(reach(src), 30) + 'px';
  }
  return ok;
};

// ---- data blocks
function b64bytes(s) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(s);
  var bin = atob(s), n = bin.length, out = new Uint8Array(n);
  for (var i = 0; i < n; i++) out[i] = bin.charCodeAt(i);
  return out;
}
gz.readBlock = function (id, gzipped) {
  var el = document.getElementById(id);
  var bytes = b64bytes(el.textContent.trim());
  el.textContent = '';
  if (!gzipped) return Promise.resolve(bytes.buffer);
  if (typeof DecompressionStream === 'undefined') return Promise.reject(new Error('nodecompress'));
  var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
};
gz.json = function (id) { return JSON.parse(document.getElementById(id).textContent); };

// ---- text helpers (textContent only)
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
gz.fmt = function (v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v.toLocaleString(gz.locale, {maximumFractionDigits: 2});
  return String(v);
};
function row(table, label, value) {
  if (value === null || value === undefined || value === '') return;
  var tr = el('tr'); tr.appendChild(el('th', null, label)); tr.appendChild(el('td', null, gz.fmt(value)));
  table.appendChild(tr);
}
// a feature's photos under its popup (gzmap/export/html_photos.py): thumbnails carried in the page as
// data: URIs, so the page works offline; alt text and caption set as properties, never as markup.
// A click shows the thumbnail across the popup's width, a second click small again.
gz.popupPhotos = function (d, photos, i) {
  var ks = photos && photos.at[String(i)];
  if (!ks || !ks.length) return;
  var box = el('div', 'gz-photos');
  box.style.cssText = 'display:flex;flex-wrap:wrap;gap:4px;margin-top:6px';
  ks.forEach(function (k) {
    var p = photos.items[k];
    if (!p || String(p.src).indexOf('data:image/jpeg;base64,') !== 0) return;
    var fig = el('figure'), img = el('img');
    fig.style.cssText = 'margin:0;max-width:100%';
    img.src = p.src; img.alt = p.alt; img.title = p.cap || p.alt;
    img.style.cssText = 'display:block;max-width:104px;max-height:80px;cursor:zoom-in;border-radius:2px';
    img.addEventListener('click', function () {
      var big = img.style.maxWidth !== '100%';
      img.style.maxWidth = big ? '100%' : '104px'; img.style.maxHeight = big ? 'none' : '80px';
      img.style.cursor = big ? 'zoom-out' : 'zoom-in';
      fig.style.flexBasis = big ? '100%' : 'auto';
    });
    fig.appendChild(img);
    if (p.cap) { var cap = el('figcaption', null, p.cap); cap.style.cssText = 'font-size:10px;color:#555'; fig.appendChild(cap); }
    box.appendChild(fig);
  });
  d.appendChild(box);
};

// ---- polygons / lines
gz.vectorLayer = function (cfg) {
  var data = gz.json(cfg.data);
  var renderer = cfg.canvas ? L.canvas({padding: 0.5}) : undefined;
  var styles = cfg.styles;
  var lyr = L.geoJSON(null, {
    style: function (f) { return styles[f.properties.c + 1]; },
    pointToLayer: function (f, ll) {
      var o = L.extend({}, styles[f.properties.c + 1]);
      if (f.properties.r) o.radius = f.properties.r;
      return L.circleMarker(ll, o);
    },
    coordsToLatLng: function (c) { return gz.toLatLng(c[1], c[0]); },
    renderer: renderer,
    onEachFeature: function (f, l) {
      l.bindTooltip(function () { return gz.featureTip(cfg, f.properties); }, {sticky: true, direction: 'top'});
    }
  });
  lyr.gzId = cfg.id; lyr.gzCfg = cfg;
  lyr.gzRefresh = function () { lyr.clearLayers(); lyr.addData(data); gz.queueLabels(); };
  lyr.addData(data);
  if (cfg.labelRules) gz.labelRules = cfg.labelRules;
  if (cfg.labels && cfg.labels.length) {
    lyr.gzLabels = new gz.LabelLayer(cfg.labels);
    lyr.on('add', function () { if (lyr._map) lyr.gzLabels.addTo(lyr._map); });
    lyr.on('remove', function () { if (lyr.gzLabels._map) lyr.gzLabels.remove(); });
  }
  lyr.on('add remove', gz.queueLabels);  // a layer switched on or off may hide or show labels below it
  gz.vectorLayers.push(lyr); gz.layers[cfg.id] = lyr;
  if (cfg.key) gz.byKey[cfg.key] = lyr;
  return lyr;
};
gz.featureTip = function (cfg, p) {
  var d = el('div', 'gz-popup');
  d.appendChild(el('div', 'gz-pt', p.l || cfg.name));
  var t = el('table');
  if (p.l) row(t, gz.T.layer, cfg.name);
  if (cfg.valueLabel && p.v !== undefined) row(t, cfg.valueLabel, p.v === null ? gz.T.nodata : gz.fmt(p.v) + (cfg.unit ? ' ' + cfg.unit : ''));
  if (cfg.classLabels && p.c >= 0 && cfg.classLabels[p.c]) row(t, gz.T['class'], cfg.classLabels[p.c]);
  (p.a || []).forEach(function (kv) { row(t, kv[0], kv[1]); });
  d.appendChild(t);
  return d;
};

// ---- labels: the placement of gzmap.core.labels (docs/architecture/labels.md). The export gives each
// layer's items in priority order, anchored inside the visible part of their feature; here, top layer
// first, each label takes the first candidate position (gz.labelRules) whose box lies inside the map and
// clears every label placed so far; features narrower than the minimum, and features hidden under layers
// that are all shown, get none.
gz.labelLayers = [];
gz.byKey = {};
gz.labelRules = {labelPt: 9, gapPt: 1.5, minFeaturePt: 18, candidates: [[0, 0]]};
gz.covered = function (keys) {
  return keys.length > 0 && keys.every(function (k) { return gz.byKey[k] && gz.byKey[k]._map; });
};
gz.clear = function (r, placed, gap) {
  for (var k = 0; k < placed.length; k++) {
    var o = placed[k];
    if (r[0] - gap < o[2] && r[2] + gap > o[0] && r[1] - gap < o[3] && r[3] + gap > o[1]) return false;
  }
  return true;
};
gz.placeLabel = function (lab, it, placed) {
  var map = gz.map, R = gz.labelRules, pt = 96 / 72, gap = R.gapPt * pt, size = map.getSize();
  var cp = map.latLngToContainerPoint(gz.toLatLng(it[0], it[1]));
  var s = el('span', 'gz-label', it[2]);
  s.style.fontSize = R.labelPt * pt + 'px';
  lab._box.appendChild(s);
  var w = s.offsetWidth, h = s.offsetHeight;
  for (var c = 0; c < R.candidates.length; c++) {
    var cx = cp.x + R.candidates[c][0] * (w + gap), cy = cp.y + R.candidates[c][1] * (h + gap);
    var r = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
    if (r[0] >= 0 && r[1] >= 0 && r[2] <= size.x && r[3] <= size.y && gz.clear(r, placed, gap)) {
      placed.push(r);
      L.DomUtil.setPosition(s, map.containerPointToLayerPoint([cx, cy]));
      return;
    }
  }
  lab._box.removeChild(s);
};
gz.updateLabels = function () {
  var map = gz.map; if (!map) return;
  var scale = 256 * Math.pow(2, map.getZoom()), minW = gz.labelRules.minFeaturePt * 96 / 72, placed = [];
  gz.labelLayers.forEach(function (l) { if (l._box) l._box.textContent = ''; });
  for (var li = gz.labelLayers.length - 1; li >= 0; li--) {
    var lab = gz.labelLayers[li];
    if (!lab._map) continue;
    for (var i = 0; i < lab.items.length; i++) {
      var it = lab.items[i];  // [lat, lng, text, feature width in turns of the globe, [keys of the layers hiding it]]
      if (it[3] * scale < minW || gz.covered(it[4] || [])) continue;
      gz.placeLabel(lab, it, placed);
    }
  }
};
gz.queueLabels = function () {
  if (gz._labelQueued) return;
  gz._labelQueued = true;
  setTimeout(function () { gz._labelQueued = false; gz.updateLabels(); }, 0);
};
gz.LabelLayer = L.Layer.extend({
  options: {pane: 'gzLabels'},
  initialize: function (items) { this.items = items; gz.labelLayers.push(this); },
  onAdd: function (map) {
    this._box = L.DomUtil.create('div', 'gz-labels', this.getPane());
    map.on('zoomend moveend', gz.queueLabels, this); gz.queueLabels();
  },
  onRemove: function (map) { map.off('zoomend moveend', gz.queueLabels, this); L.DomUtil.remove(this._box); this._box = null; gz.queueLabels(); }
});

// ---- the offline basemap: land, sea, water and borders on a canvas in a pane under every overlay
// (and under online tiles), not interactive; styles[f.properties.s] styles each feature
gz.basemapLayer = function (cfg) {
  var map = gz.map, data = gz.json(cfg.data), styles = cfg.styles;
  if (!map.getPane('gzBase')) {
    map.createPane('gzBase').style.zIndex = 150;
    map.getPane('gzBase').style.pointerEvents = 'none';
  }
  var lyr = L.geoJSON(null, {
    pane: 'gzBase', interactive: false, renderer: L.canvas({pane: 'gzBase', padding: 0.5}),
    style: function (f) { return styles[f.properties.s]; },
    coordsToLatLng: function (c) { return gz.toLatLng(c[1], c[0]); }
  });
  lyr.gzId = cfg.id; lyr.gzBasemap = true;
  lyr.gzRefresh = function () { lyr.clearLayers(); lyr.addData(data); };
  lyr.addData(data);
  gz.vectorLayers.push(lyr); gz.layers[cfg.id] = lyr;
  return lyr;
};

// ---- raster overlays
gz.rasterLayer = function (cfg) {
  var b = cfg.bounds;
  function bounds() { return L.latLngBounds(gz.toLatLng(b[0][0], b[0][1]), gz.toLatLng(b[1][0], b[1][1])); }
  var lyr = L.imageOverlay(cfg.url, bounds(), {interactive: false, className: 'gz-' + cfg.id});
  lyr.gzId = cfg.id; lyr.gzRefresh = function () { lyr.setBounds(bounds()); };
  gz.rasters.push(lyr); gz.layers[cfg.id] = lyr;
  return lyr;
};

// ---- points on one canvas
gz.PointLayer = L.Layer.extend({
  options: {pane: 'gzPoints'},
  initialize: function (cfg) {
    this.cfg = cfg; this.n = 0; this.ready = false; this.nvis = 0; this.gzId = cfg.id;
    gz.pointLayers.push(this); gz.layers[cfg.id] = this;
    var self = this; gz.pending += 1;
    gz.readBlock(cfg.block, cfg.header.gzip).then(function (buf) {
      self._setData(buf); self.ready = true;
      if (self._map) self._redraw();
    }).catch(function (err) {
      gz.errors.push(String(err));
      gz.message(err && err.message === 'nodecompress' ? gz.T.oldBrowser : gz.T.loadFailed + ' ' + cfg.name);
    }).then(gz.done);
  },
  _setData: function (buf) {
    var h = this.cfg.header, n = h.n;
    this.n = n;
    var qx = new Uint32Array(buf, 0, n), qy = new Uint32Array(buf, 4 * n, n);
    this.codes = h.ctype === 'u8' ? new Uint8Array(buf, 8 * n, n) : new Uint16Array(buf, 8 * n, n);
    this.sizes = h.sizes ? new Uint8Array(buf, h.sizeOffset, n) : null;  // quarter pixels
    this.lon = new Float64Array(n); this.lat = new Float64Array(n);
    for (var i = 0; i < n; i++) { this.lon[i] = h.x0 + qx[i] * h.q; this.lat[i] = h.y0 + qy[i] * h.q; }
    var text = new TextDecoder('utf-8').decode(new Uint8Array(buf, h.attrOffset));
    this.columns = text ? JSON.parse(text) : [];
    this.mx = new Float64Array(n); this.my = new Float64Array(n);
    this.vis = new Int32Array(n); this.px = new Float32Array(n); this.py = new Float32Array(n);
    if (this.cfg.time) this.setYear(this.cfg.time.start, true);
    this.reproject(true);
  },
  // the time filter (gzmap.core.time_filter): which points the year shows; no year: in no year
  setYear: function (year, quiet) {
    var t = this.cfg.time, n = this.n, y = t.years, c = t.closed, b = t.base, k = 0;
    var lo = t.mode === 'range' ? t.start : -1e9, hi = year, codes = this.codes, counts = {};
    if (!this.shown) this.shown = new Uint8Array(n);
    for (var i = 0; i < n; i++) {
      var v = y[i] < 0 ? NaN : y[i] + b, on;
      if (t.mode === 'year') on = v === year;
      else if (t.mode === 'range') on = v >= lo && v <= hi;
      else on = v <= year && !(c && c[i] >= 0 && c[i] + b <= year);
      this.shown[i] = on ? 1 : 0;
      if (on) { k += 1; counts[codes[i]] = (counts[codes[i]] || 0) + 1; }
    }
    this.nshown = k;
    this._countLegend(counts);
    if (!quiet && this._map) this._redraw();
    return k;
  },
  // the legend's counts follow the year: each count cell is keyed by its class code (0: no data)
  _countLegend: function (counts) {
    var sec = document.getElementById('gz-legend-' + this.cfg.id);
    if (!sec) return;
    var cells = sec.querySelectorAll('td.n[data-k]');
    for (var j = 0; j < cells.length; j++) {
      cells[j].textContent = (counts[Number(cells[j].getAttribute('data-k'))] || 0).toLocaleString(gz.locale);
    }
  },
  reproject: function (quiet) {
    if (!this.n) return;
    var n = this.n, lon = this.lon, lat = this.lat, mx = this.mx, my = this.my, gcj = gz.datum === 'gcj02';
    var D = Math.PI / 180, MAXLAT = 85.0511287798;
    for (var i = 0; i < n; i++) {
      var la = lat[i], lo = lon[i];
      if (gcj) { var o = gz.offset(la, lo); la += o[0]; lo += o[1]; }
      la = Math.max(Math.min(la, MAXLAT), -MAXLAT);
      mx[i] = (lo + 180) / 360;
      my[i] = 0.5 - Math.log(Math.tan(Math.PI / 4 + la * D / 2)) / (2 * Math.PI);
    }
    if (!quiet && this._map) this._redraw();
  },
  onAdd: function (map) {
    this._canvas = L.DomUtil.create('canvas', 'gz-points leaflet-zoom-animated gz-' + this.cfg.id, this.getPane());
    this._ctx = this._canvas.getContext('2d');
    map.on('moveend resize', this._redraw, this);
    map.on('zoomanim', this._animateZoom, this);
    this._redraw();
  },
  onRemove: function (map) {
    map.off('moveend resize', this._redraw, this);
    map.off('zoomanim', this._animateZoom, this);
    L.DomUtil.remove(this._canvas); this._canvas = null;
    map.getContainer().style.cursor = '';
  },
  _animateZoom: function (e) {
    var map = this._map, scale = map.getZoomScale(e.zoom),
        offset = map._latLngBoundsToNewLayerBounds(map.getBounds(), e.zoom, e.center).min;
    L.DomUtil.setTransform(this._canvas, offset, scale);
  },
  _redraw: function () {
    var map = this._map; if (!map || !this._canvas) return;
    var t0 = performance.now();
    var size = map.getSize(), dpr = window.devicePixelRatio || 1, c = this._canvas;
    var W = Math.max(1, Math.round(size.x * dpr)), H = Math.max(1, Math.round(size.y * dpr));
    if (c.width !== W || c.height !== H) { c.width = W; c.height = H; }
    c.style.width = size.x + 'px'; c.style.height = size.y + 'px';
    var topLeft = map.containerPointToLayerPoint([0, 0]);
    L.DomUtil.setPosition(c, topLeft);
    var ctx = this._ctx; ctx.setTransform(1, 0, 0, 1, 0, 0); ctx.clearRect(0, 0, W, H);
    if (!this.ready || !this.n) { this.nvis = 0; return; }
    var origin = map.getPixelOrigin().add(topLeft), scale = 256 * Math.pow(2, map.getZoom());
    var n = this.n, mx = this.mx, my = this.my, vis = this.vis, px = this.px, py = this.py, k = 0;
    var ox = origin.x, oy = origin.y, wx = size.x + 4, hy = size.y + 4, shown = this.shown;
    for (var i = 0; i < n; i++) {
      if (shown && !shown[i]) continue;
      var x = mx[i] * scale - ox; if (x < -4 || x >= wx) continue;
      var y = my[i] * scale - oy; if (y < -4 || y >= hy) continue;
      vis[k] = i; px[k] = x; py[k] = y; k++;
    }
    this.nvis = k;
    var cfg = this.cfg;
    this.factor = gz.sizeFactor(map.getZoom());
    var sizePx = Math.max(gz.symbolPx(cfg.sizePx, this.factor), 1), side = gz.rules.binPt * 96 / 72;
    var crowded = gz.needsCrowding(k, sizePx, size.x, size.y) ? gz.crowding(px, py, k, side) : null;
    this.mode = gz.regime(k, sizePx, size.x, size.y, crowded);
    if (this.mode === 'symbols') this._drawSymbols(ctx, k, dpr, sizePx);
    else if (this.mode === 'stamped') this._drawStamped(ctx, k, W, H, dpr, sizePx);
    else this._drawBins(ctx, k, dpr, origin, side);
    this._showLegend(this.mode === 'bins');
    this.lastDrawMs = performance.now() - t0;
  },
  // the legend shows the count steps instead of the classes while the layer is drawn as bins
  _showLegend: function (bins) {
    var sec = document.getElementById('gz-legend-' + this.cfg.id);
    if (!sec || !this.cfg.bins) return;
    if (!this._binLegend) {
      var box = el('div', 'gz-bins'), t = el('table'), r = gz.rules;
      box.appendChild(el('div', 'gz-src', this.cfg.bins.title));
      r.binColors.forEach(function (c, i) {
        var tr = el('tr'), td = el('td'), sw = el('span', 'gz-sw');
        sw.style.background = c; sw.style.opacity = String(r.binOpacity); sw.style.borderColor = c;
        td.appendChild(sw); tr.appendChild(td); tr.appendChild(el('td', null, this.cfg.bins.labels[i])); t.appendChild(tr);
      }, this);
      box.appendChild(t); box.appendChild(el('div', 'gz-src', this.cfg.bins.note));
      var classes = sec.querySelector('table');
      sec.insertBefore(box, classes ? classes.nextSibling : null);
      this._binLegend = box; this._classLegend = classes;
    }
    if (bins) this._binLegend.firstChild.textContent = gz.binTitle(this.cfg.bins.title, this._map);
    this._binLegend.style.display = bins ? '' : 'none';
    if (this._classLegend) this._classLegend.style.display = bins ? 'none' : '';
    gz.binHeading(sec, this.cfg.name, bins);
  },
  // square bins anchored to the Web Mercator pixel grid, coloured by their count's step
  _drawBins: function (ctx, k, dpr, origin, side) {
    var r = gz.rules, size = this._map.getSize();
    var fx = ((origin.x % side) + side) % side, fy = ((origin.y % side) + side) % side;
    var nbx = Math.ceil((size.x + fx + 8) / side) + 2, nby = Math.ceil((size.y + fy + 8) / side) + 2;
    var counts = new Uint32Array(nbx * nby), px = this.px, py = this.py;
    for (var j = 0; j < k; j++) {
      var bx = Math.min(Math.max(Math.floor((px[j] + fx) / side) + 1, 0), nbx - 1);
      var by = Math.min(Math.max(Math.floor((py[j] + fy) / side) + 1, 0), nby - 1);
      counts[by * nbx + bx] += 1;
    }
    var gap = side * 0.06, s = (side - gap) * dpr, steps = r.binSteps;
    ctx.globalAlpha = r.binOpacity * (this.cfg.opacity === undefined ? 1 : this.cfg.opacity);
    for (var level = 0; level < r.binColors.length; level++) {
      ctx.fillStyle = r.binColors[level];
      for (var b = 0; b < counts.length; b++) {
        var n = counts[b]; if (!n) continue;
        var lv = 0; while (lv < steps.length && n > steps[lv]) lv++;
        if (lv !== level) continue;
        ctx.fillRect(((b % nbx - 1) * side - fx + gap / 2) * dpr, ((Math.floor(b / nbx) - 1) * side - fy + gap / 2) * dpr, s, s);
      }
    }
    ctx.globalAlpha = 1;
  },
  _cls: function (code) { var nc = this.cfg.pal.length - 1; return code === 0 ? nc : Math.min(code - 1, nc); },
  _drawSymbols: function (ctx, k, dpr, sizePx) {
    var cfg = this.cfg, pal = cfg.pal, r = sizePx / 2 * dpr, codes = this.codes, f = this.factor;
    var byClass = {};
    for (var j = 0; j < k; j++) {
      var c = this._cls(codes[this.vis[j]]);
      (byClass[c] || (byClass[c] = [])).push(j);
    }
    ctx.lineWidth = cfg.strokePx * dpr;
    var s = cfg.stroke;
    ctx.strokeStyle = 'rgba(' + s[0] + ',' + s[1] + ',' + s[2] + ',' + (s[3] / 255) + ')';
    Object.keys(byClass).map(Number).sort(function (a, b) { return a - b; }).forEach(function (c) {
      var p = pal[c];
      ctx.fillStyle = 'rgba(' + p[0] + ',' + p[1] + ',' + p[2] + ',' + (p[3] / 255) + ')';
      var rows = byClass[c];
      for (var q = 0; q < rows.length; q++) {
        var j = rows[q];
        var rr = this.sizes ? gz.symbolPx(this.sizes[this.vis[j]] / 4, f) / 2 * dpr : r;
        ctx.beginPath(); ctx.arc(this.px[j] * dpr, this.py[j] * dpr, rr, 0, 2 * Math.PI);
        ctx.fill(); if (cfg.strokePx > 0) ctx.stroke();
      }
    }, this);
  },
  _palette32: function () {
    var pal = this.cfg.pal, out = new Uint32Array(pal.length);
    for (var i = 0; i < pal.length; i++) out[i] = ((pal[i][3] << 24) | (pal[i][2] << 16) | (pal[i][1] << 8) | pal[i][0]) >>> 0;
    return out;
  },
  _drawStamped: function (ctx, k, W, H, dpr, sizePx) {
    var radius = Math.max(sizePx / 2 * 0.8, 1) * dpr, R = Math.ceil(radius), dxs = [], dys = [];
    for (var dy = -R; dy <= R; dy++) for (var dx = -R; dx <= R; dx++)
      if (dx * dx + dy * dy <= radius * radius + 0.5) { dxs.push(dx); dys.push(dy); }
    var img = ctx.createImageData(W, H), buf = new Uint32Array(img.data.buffer), pal = this._palette32();
    var m = dxs.length, codes = this.codes, vis = this.vis, px = this.px, py = this.py;
    for (var j = 0; j < k; j++) {
      var col = pal[this._cls(codes[vis[j]])], x = Math.round(px[j] * dpr), y = Math.round(py[j] * dpr);
      for (var q = 0; q < m; q++) {
        var X = x + dxs[q], Y = y + dys[q];
        if (X >= 0 && X < W && Y >= 0 && Y < H) buf[Y * W + X] = col;
      }
    }
    ctx.putImageData(img, 0, 0);
  },
  // indices (into the data) of the points under container point cp, nearest first
  hits: function (cp) {
    var R = Math.max(this.cfg.sizePx / 2, 3) + 3, R2 = R * R, out = [], sz = this.sizes;
    for (var j = this.nvis - 1; j >= 0; j--) {
      var dx = this.px[j] - cp.x, dy = this.py[j] - cp.y, d2 = dx * dx + dy * dy;
      if (sz) { var Rj = Math.max(sz[this.vis[j]] / 8, 3) + 3; R2 = Rj * Rj; }
      if (d2 <= R2) out.push([d2, this.vis[j]]);
    }
    out.sort(function (a, b) { return a[0] - b[0]; });
    return out.map(function (a) { return a[1]; });
  },
  openPopup: function (h) {
    var i = h[0], ll = gz.toLatLng(this.lat[i], this.lon[i]);
    L.popup({maxWidth: 360}).setLatLng(ll).setContent(this.popup(i, h.length)).openOn(this._map);
  },
  value: function (col, i) {
    if (col.values) return col.values[i];
    var c = col.codes[i]; return c < 0 ? null : col.dict[c];
  },
  popup: function (i, count) {
    var cfg = this.cfg, d = el('div', 'gz-popup'), t = el('table'), title = null;
    this.columns.forEach(function (col) { if (col.key === cfg.nameKey) title = this.value(col, i); }, this);
    d.appendChild(el('div', 'gz-pt', title || cfg.name));
    var code = this.codes[i];
    if (cfg.classLabels) row(t, cfg.classTitle, code > 0 ? cfg.classLabels[code - 1] : gz.T.nodata);
    this.columns.forEach(function (col) {
      if (col.key === cfg.nameKey) return;
      var v = this.value(col, i);
      row(t, col.label, col.kind === 'code' && v !== null && v !== undefined ? String(v) : v);
    }, this);
    d.appendChild(t);
    gz.popupPhotos(d, cfg.photos, i);
    if (count > 1) d.appendChild(el('div', 'gz-more', gz.T.more.replace('{n}', String(count - 1))));
    return d;
  }
});
gz.pointLayer = function (cfg) { return new gz.PointLayer(cfg); };

// ---- the time slider (gzmap/export/html_time.py): a year, with Play stepping one year at a time
gz.timeSlider = function () {
  var layers = gz.pointLayers.filter(function (l) { return l.cfg.time; });
  if (!layers.length) return;
  var t = layers[0].cfg.time, tx = t.texts, box = el('div', 'gz-panel gz-time');
  var label = el('div', 'gz-time-label'), range = el('input'), play = el('button', 'gz-play', tx.play);
  range.type = 'range'; range.min = String(t.min); range.max = String(t.max); range.step = '1';
  range.value = String(t.mode === 'range' ? t.end : t.start); play.type = 'button';
  box.appendChild(label); box.appendChild(range); box.appendChild(play);
  function show() {
    var year = Number(range.value), n = 0;
    layers.forEach(function (l) { if (l.ready) n += l.setYear(year); });
    var text = tx[t.mode].replace('{year}', String(year)).replace('{start}', String(t.start));
    label.textContent = text + ' · ' + tx.shown.replace('{n}', n.toLocaleString(gz.locale));
    gz.year = year;
  }
  function stop() { clearInterval(gz.playing); gz.playing = null; play.textContent = tx.play; }
  range.addEventListener('input', function () { stop(); show(); });
  play.addEventListener('click', function () {
    if (gz.playing) { stop(); return; }
    if (Number(range.value) >= t.max) range.value = String(t.min);
    play.textContent = tx.pause; show();
    gz.playing = setInterval(function () {
      if (Number(range.value) >= t.max) { stop(); return; }
      range.value = String(Number(range.value) + 1); show();
    }, gz.playStepMs || 700);
  });
  new gz.Panel({position: 'bottomleft', el: box}).addTo(gz.map);
  gz.timeBox = box; gz.showYear = show;
  document.addEventListener('gzmap-ready', show);
  show();
};
})();
