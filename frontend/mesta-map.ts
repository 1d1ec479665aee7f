/*
 * <mesta-map>: Mesta's own map element over OpenLayers, driven from the server (org.mesta.map.MestaMap).
 * Light DOM on purpose, so OpenLayers' stylesheet applies. The background is the raster tile server the server
 * names (OpenStreetMap's by default); without one, or when its tiles do not load, it is Natural Earth (world-atlas)
 * bundled with the app, so the map always works offline.
 */
// @ts-ignore: a stylesheet, bundled by Vite
import 'ol/ol.css';
import OlMap from 'ol/Map';
import View from 'ol/View';
import Feature from 'ol/Feature';
import Point from 'ol/geom/Point';
import LineString from 'ol/geom/LineString';
import MultiPolygon from 'ol/geom/MultiPolygon';
import Polygon from 'ol/geom/Polygon';
import VectorLayer from 'ol/layer/Vector';
import HeatmapLayer from 'ol/layer/Heatmap';
import VectorSource from 'ol/source/Vector';
import Cluster from 'ol/source/Cluster';
import TileLayer from 'ol/layer/Tile';
import XYZ from 'ol/source/XYZ';
import GeoJSON from 'ol/format/GeoJSON';
import Overlay from 'ol/Overlay';
import Collection from 'ol/Collection';
import Translate from 'ol/interaction/Translate';
import { defaults as defaultInteractions } from 'ol/interaction/defaults';
import { defaults as defaultControls } from 'ol/control/defaults';
import { Circle as CircleStyle, Fill, Stroke, Style, Text } from 'ol/style';
import { boundingExtent, getCenter } from 'ol/extent';
import { fromLonLat, toLonLat, transformExtent } from 'ol/proj';
import type { FeatureLike } from 'ol/Feature';
// @ts-ignore: plain TopoJSON data, bundled so the map needs no internet
import countries from 'world-atlas/countries-50m.json';
// @ts-ignore: topojson-client ships no type declarations
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';

type Marker = { id: string; lon: number; lat: number; kind: string; title: string; popup: string };

/** Colours per marker kind, chosen for at least 3:1 contrast against the basemap (WCAG 1.4.11). */
const DEFAULT_COLOURS: Record<string, string> = {
  default: '#0b5fd3',
  opportunity: '#0b5fd3',
  event: '#b3261e',
  city: '#6a1b9a',
  campaign: '#9a4c00',
  selected: '#00695c',
};

const WORLD_WIDTH = 40075016.68;
/** Tiles that fail before any loads, or no tile within this time, and the bundled basemap takes over. */
const TILE_ERRORS_BEFORE_FALLBACK = 3;
const TILE_TIMEOUT_MS = 8000;
const LAND = new Style({ fill: new Fill({ color: '#f6f4ee' }) });
const BORDER = new Style({ stroke: new Stroke({ color: '#8a8a80', width: 0.8 }) });

/**
 * How many markers a feature stands for: a client-side cluster its members, a cluster the server sent (a crowded
 * viewport of the GeoJSON endpoint) its count, a marker one.
 */
function opportunities(f: FeatureLike): number {
  const members: FeatureLike[] = f.get('features') ?? [f];
  return members.reduce((n, m) => n + ((m.get('count') as number | undefined) ?? 1), 0);
}

class MestaMapElement extends HTMLElement {
  private map?: OlMap;
  private readonly markers = new VectorSource<Feature<Point>>();
  /** Routes (a pathway's steps in order): lines with numbered stops, drawn under the markers. */
  private readonly routes = new VectorSource<Feature>();
  private readonly clusters = new Cluster({ distance: 60, minDistance: 20, source: this.markers });
  private readonly styleCache = new Map<string, Style>();
  private colours: Record<string, string> = { ...DEFAULT_COLOURS };
  private popup?: Overlay;
  private popupElement?: HTMLElement;
  private live?: HTMLElement;
  private readonly draggableMarkers = new Collection<Feature>();
  private dragging?: Translate;
  private viewportTimer?: number;
  private pendingView?: { lon: number; lat: number; zoom: number };
  private renderStarted = 0;
  private placed = false;
  private tileLayer?: TileLayer<XYZ>;
  private tilesLoaded = 0;
  private tileErrors = 0;
  private tileTimer?: number;
  /** The heat layer (activity density for admins): weighted points drawn under the markers, with a legend. */
  private readonly heat = new VectorSource<Feature<Point>>();
  private heatLayer?: HeatmapLayer;
  private legend?: HTMLElement;
  /** True once the heat layer has been drawn with points in it (read by tests). */
  heatDrawn = false;
  /**
   * Where the browser loads the markers itself (a GeoJSON URL of the stateless endpoint; the viewport's box is
   * appended), so the server holds no marker list per visitor (#17); '' when the server sends the markers.
   */
  private markerSource = '';
  private markerSourceKind = 'default';
  private markerFetch?: AbortController;
  /** How many times markers arrived from the marker source (read by tests). */
  sourceLoads = 0;

  /** Milliseconds from the last marker set's arrival to the map's next complete render (for the benchmark). */
  lastRenderMs = -1;
  clustering = true;
  markersDraggable = false;
  readonly = false;
  tileUrl = '';
  tileAttribution = '';
  label = 'Map';
  emptyLabel = '';
  countLabel = '{0}';
  fallbackLabel = 'Street map unavailable: showing the basic map.';
  /** True once the bundled basemap has replaced tiles that did not load (read by tests). */
  usingFallback = false;

  connectedCallback() {
    if (this.map) return;
    this.style.display = this.style.display || 'block';
    this.style.position = 'relative';
    this.setAttribute('role', 'application');
    this.setAttribute('aria-roledescription', 'map');
    this.setAttribute('aria-label', this.label);
    this.tabIndex = 0;

    this.popupElement = document.createElement('div');
    this.popupElement.className = 'mesta-map-popup';
    this.popup = new Overlay({ element: this.popupElement, positioning: 'bottom-center', offset: [0, -14], stopEvent: false });
    this.live = document.createElement('div');
    this.live.className = 'mesta-map-live';
    this.live.setAttribute('aria-live', 'polite');
    const crosshair = document.createElement('div');
    crosshair.className = 'mesta-map-crosshair';
    crosshair.setAttribute('aria-hidden', 'true');
    this.append(this.live, crosshair);

    const layers: any[] = [];
    if (this.tileUrl) {
      layers.push(this.tiles());
    } else {
      layers.push(this.basemap());
    }
    layers.push(new VectorLayer({ source: this.routes, style: (f: FeatureLike) => this.routeStyle(f) }));
    this.heatLayer = new HeatmapLayer({
      source: this.heat as any,
      visible: false,
      blur: 24,
      radius: 16,
      weight: (f: FeatureLike) => f.get('weight') ?? 0,
    });
    this.heatLayer.on('postrender', () => {
      if (this.heat.getFeatures().length > 0 && !this.heatDrawn) {
        this.heatDrawn = true;
        this.dispatchEvent(new CustomEvent('heat-rendered'));
      }
    });
    layers.push(this.heatLayer);
    const markerLayer = new VectorLayer({
      source: this.clustering ? this.clusters : (this.markers as any),
      style: (f: FeatureLike) => this.markerStyle(f),
    });
    layers.push(markerLayer);

    const pending = this.pendingView ?? { lon: 14.5058, lat: 46.0569, zoom: 4 };
    this.placed = this.pendingView !== undefined;
    this.map = new OlMap({
      target: this,
      layers,
      overlays: [this.popup],
      keyboardEventTarget: this,
      controls: defaultControls({ attributionOptions: { collapsible: false } }),
      interactions: defaultInteractions({ keyboard: true }),
      view: new View({ center: fromLonLat([pending.lon, pending.lat]), zoom: pending.zoom, maxZoom: 19 }),
    });
    this.dragging = new Translate({ features: this.draggableMarkers });
    this.dragging.on('translateend', (e) => {
      const f = e.features.item(0) as Feature<Point>;
      const [lon, lat] = toLonLat(f.getGeometry()!.getCoordinates());
      this.fire('marker-drag', { id: f.getId(), lat, lon });
    });
    this.map.addInteraction(this.dragging);
    this.map.on('singleclick', (e) => this.clicked(e.pixel, e.coordinate));
    this.map.on('moveend', () => this.viewportChanged());
    this.map.getView().on('change:resolution', () => this.sizeHeat());
    this.sizeHeat();
    this.map.on('rendercomplete', () => {
      if (this.renderStarted > 0) {
        this.lastRenderMs = performance.now() - this.renderStarted;
        this.renderStarted = 0;
        this.dispatchEvent(new CustomEvent('markers-rendered', { detail: { ms: this.lastRenderMs } }));
      }
    });
    this.map.on('pointermove', (e) => {
      const hit = this.map!.hasFeatureAtPixel(e.pixel, { layerFilter: (l) => l === markerLayer });
      (this.map!.getTargetElement() as HTMLElement).style.cursor = hit ? 'pointer' : '';
    });
    this.addEventListener('keydown', (e) => this.keyPressed(e));
    this.updateDraggable();
  }

  disconnectedCallback() {
    // Kept: Vaadin may move the element; the map re-renders when it is back in the document.
  }

  /**
   * The tile server's raster tiles, watched until the first one arrives: several errors before that, or none
   * arriving in time, means the server cannot be reached from here, and the bundled basemap takes over. Only the
   * tiles in view are fetched (no preloading of other zoom levels), as OpenStreetMap's tile usage policy asks.
   */
  private tiles() {
    const source = new XYZ({
      url: this.tileUrl,
      attributions: this.tileAttribution || undefined,
      crossOrigin: 'anonymous',
      maxZoom: 19,
    });
    source.on('tileloadstart', () => {
      if (this.tilesLoaded === 0 && this.tileTimer === undefined) {
        this.tileTimer = window.setTimeout(() => {
          if (this.tilesLoaded === 0) this.fallBack();
        }, TILE_TIMEOUT_MS);
      }
    });
    source.on('tileloadend', () => {
      this.tilesLoaded++;
      window.clearTimeout(this.tileTimer);
    });
    source.on('tileloaderror', () => {
      if (this.tilesLoaded === 0 && ++this.tileErrors >= TILE_ERRORS_BEFORE_FALLBACK) this.fallBack();
    });
    this.tileLayer = new TileLayer({ source, preload: 0 });
    return this.tileLayer;
  }

  /** Swaps the unreachable tiles for the bundled basemap (markers stay on top) and says so in one line. */
  private fallBack() {
    if (this.usingFallback || !this.map || !this.tileLayer) return;
    this.usingFallback = true;
    window.clearTimeout(this.tileTimer);
    const layers = this.map.getLayers();
    layers.setAt(layers.getArray().indexOf(this.tileLayer), this.basemap());
    this.tileLayer.dispose();
    this.tileLayer = undefined;
    const notice = document.createElement('div');
    notice.className = 'mesta-map-notice';
    notice.setAttribute('role', 'status');
    notice.textContent = this.fallbackLabel;
    this.append(notice);
    this.dispatchEvent(new CustomEvent('tiles-fallback'));
  }

  /**
   * Land filled, and only borders between countries drawn (arcs shared by two): drawn coastlines would include
   * the cuts along the date line and the poles, which show as stray straight lines.
   */
  private basemap() {
    const format = new GeoJSON();
    const options = { featureProjection: 'EPSG:3857' };
    // Countries one by one: the merged "land" object has polar rings that planar maps draw as bands.
    const land = format.readFeatures(topoFeature(countries, countries.objects.countries), options);
    const borders = format.readFeatures({ type: 'Feature', properties: {}, geometry: topoMesh(countries, countries.objects.countries, (a: unknown, b: unknown) => a !== b) }, options);
    land.forEach((f) => {
      f.set('layer', 'land');
      // Northern shapes crossing the date line (Russia's far east) come out spanning the whole width of a
      // flat map: move their western part east of 180° instead, so they are drawn as one piece.
      const g = f.getGeometry();
      if (g instanceof MultiPolygon) {
        f.setGeometry(new MultiPolygon(g.getPolygons().map((p) => {
          const e = p.getExtent();
          if (e[2] - e[0] < WORLD_WIDTH * 0.8 || e[1] < 0) return p;
          return new Polygon(p.getCoordinates().map((ring) =>
            ring.map(([x, y]) => [x < 0 ? x + WORLD_WIDTH : x, y])));
        })));
      }
    });
    return new VectorLayer({
      source: new VectorSource({ features: [...land, ...borders] }),
      background: '#d7e8f3',
      style: (f: FeatureLike) => f.get('layer') === 'land'
        ? LAND
        : BORDER,
    });
  }

  // ---- called by the server ----

  setView(lon: number, lat: number, zoom: number) {
    if (!this.map) {
      this.pendingView = { lon, lat, zoom };
      return;
    }
    this.moveTo(fromLonLat([lon, lat]), zoom);
  }

  /**
   * Shows the box with a margin (clear of the controls and the notice line), at a whole zoom level kept between
   * minZoom and maxZoom: raster tiles are drawn crisp only at whole levels.
   */
  fitTo(minLon: number, minLat: number, maxLon: number, maxLat: number, maxZoom: number, minZoom = 0) {
    const extent = transformExtent([minLon, minLat, maxLon, maxLat], 'EPSG:4326', 'EPSG:3857');
    const run = () => {
      const map = this.map!;
      const size = map.getSize();
      if (!size || !size[0] || !size[1]) {
        map.once('change:size', run);
        return;
      }
      const view = map.getView();
      const fitting = view.getZoomForResolution(
        view.getResolutionForExtent(extent, [Math.max(1, size[0] - 96), Math.max(1, size[1] - 96)]));
      const zoom = Math.min(maxZoom, Math.max(minZoom, Number.isFinite(fitting) ? Math.floor(fitting!) : maxZoom));
      this.moveTo(getCenter(extent), zoom);
    };
    this.map ? run() : requestAnimationFrame(() => this.map && run());
  }

  /**
   * The first position is taken at once: animating there from the world view would fetch tiles of every zoom
   * level in between. Later moves glide.
   */
  private moveTo(center: number[], zoom: number) {
    const view = this.map!.getView();
    if (!this.placed) {
      this.placed = true;
      view.cancelAnimations();
      view.setCenter(center);
      view.setZoom(zoom);
      return;
    }
    view.animate({ center, zoom, duration: 250 });
  }

  /**
   * Replaces all routes. Wire format: JSON [[id, label, colour, [[lon, lat], ...]], ...]. Each route is a line through
   * its stops in order, its stops numbered; the page lists the same stops as text for keyboards and screen readers.
   */
  setRoutes(json: string) {
    this.routes.clear(true);
    const features: Feature[] = [];
    for (const [id, label, colour, points] of JSON.parse(json) as [string, string, string, number[][]][]) {
      const coords = points.map(([lon, lat]) => fromLonLat([lon, lat]));
      if (coords.length > 1) {
        const line = new Feature(new LineString(coords));
        line.setId('route-' + id);
        line.setProperties({ label, colour, part: 'line' });
        features.push(line);
      }
      coords.forEach((c, i) => {
        const stop = new Feature(new Point(c));
        stop.setProperties({ label: String(i + 1), colour, part: 'stop' });
        features.push(stop);
      });
    }
    this.routes.addFeatures(features);
  }

  private routeStyle(f: FeatureLike): Style {
    const colour = (f.get('colour') as string) || '#1f6f5c';
    if (f.get('part') === 'line') {
      return new Style({
        stroke: new Stroke({ color: colour, width: 4, lineDash: [10, 6] }),
        text: new Text({
          text: f.get('label'),
          placement: 'line',
          font: '600 13px sans-serif',
          fill: new Fill({ color: '#1b1b1b' }),
          stroke: new Stroke({ color: '#ffffff', width: 4 }),
        }),
      });
    }
    return new Style({
      image: new CircleStyle({ radius: 10, fill: new Fill({ color: colour }), stroke: new Stroke({ color: '#ffffff', width: 2 }) }),
      text: new Text({ text: f.get('label'), font: '700 12px sans-serif', fill: new Fill({ color: '#ffffff' }) }),
    });
  }

  /**
   * Replaces the heat layer's points (wire format [[lon, lat, weight 0..1], ...]) and its legend; no points and no
   * title hide both. Drawn under the markers, so they stay clickable and the keyboard still reaches them.
   */
  setHeat(json: string, title: string, less: string, more: string) {
    this.heat.clear(true);
    const rows = JSON.parse(json) as number[][];
    this.heat.addFeatures(rows.map(([lon, lat, weight]) =>
      new Feature({ geometry: new Point(fromLonLat([lon, lat])), weight: Math.max(0.35, weight) })));
    const shown = rows.length > 0 || title !== '';
    this.heatLayer?.setVisible(shown);
    if (!shown) this.heatDrawn = false;
    this.showLegend(shown ? title : '', less, more);
    this.map?.render();
  }

  /** How many weighted points the heat layer holds (read by tests). */
  heatCount(): number {
    return this.heatLayer?.getVisible() ? this.heat.getFeatures().length : 0;
  }

  /** A spot covers about two grid cells (250 m each) when zoomed in, within sizes that stay readable. */
  private sizeHeat() {
    const view = this.map?.getView();
    const resolution = view?.getResolution();
    if (!this.heatLayer || !view || !resolution) return;
    const metresPerPixel = resolution * Math.cos((toLonLat(view.getCenter()!)[1] * Math.PI) / 180);
    // at a city's zoom a cell is a few pixels: spots at least as large as a cluster marker, so they show around it
    const radius = Math.max(24, Math.min(64, (2 * 250) / metresPerPixel));
    this.heatLayer.setRadius(radius);
    this.heatLayer.setBlur(radius * 1.25);
  }

  private showLegend(title: string, less: string, more: string) {
    if (!title) {
      this.legend?.remove();
      this.legend = undefined;
      return;
    }
    if (!this.legend) {
      this.legend = document.createElement('div');
      this.legend.className = 'mesta-map-legend';
      this.append(this.legend);
    }
    const heading = document.createElement('div');
    heading.className = 'mesta-map-legend-title';
    heading.textContent = title;
    const bar = document.createElement('div');
    bar.className = 'mesta-map-legend-bar';
    bar.setAttribute('aria-hidden', 'true');
    const ends = document.createElement('div');
    ends.className = 'mesta-map-legend-ends';
    const low = document.createElement('span');
    low.textContent = less;
    const high = document.createElement('span');
    high.textContent = more;
    ends.append(low, high);
    this.legend.replaceChildren(heading, bar, ends);
  }

  /**
   * From now on the markers come from this GeoJSON URL (features with properties id, title, summary, lang; or
   * clusters with count), fetched for the viewport whenever it settles and when the URL changes (other filters).
   */
  setMarkerSource(url: string, kind: string) {
    this.markerSource = url;
    this.markerSourceKind = kind;
    this.loadMarkers();
  }

  private loadMarkers() {
    const size = this.map?.getSize();
    if (!this.markerSource || !this.map) return;
    if (!size || !size[0] || !size[1]) {
      // Laid out later (beside the list on a desktop): ask once the map has a size, or it stays empty until moved.
      this.map.once('change:size', () => this.loadMarkers());
      return;
    }
    const [minLon, minLat, maxLon, maxLat] = transformExtent(
      this.map.getView().calculateExtent(size), 'EPSG:3857', 'EPSG:4326');
    const box = [Math.max(-180, minLon), Math.max(-90, minLat), Math.min(180, maxLon), Math.min(90, maxLat)]
      .map((v) => v.toFixed(4)).join(',');
    // Only the answer to the latest question is drawn: an older one still on its way is dropped.
    this.markerFetch?.abort();
    const asked = new AbortController();
    this.markerFetch = asked;
    const url = this.markerSource + (this.markerSource.includes('?') ? '&' : '?') + 'bbox=' + box;
    // No cookies: the endpoint is the same for everyone (and HTTP-cached), it needs no session.
    fetch(url, { signal: asked.signal, credentials: 'omit' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((geo) => {
        if (this.markerFetch === asked) this.showGeoJson(geo);
      })
      .catch((e) => {
        if (e?.name !== 'AbortError') console.warn('mesta-map: markers could not be loaded', e);
      });
  }

  /** Replaces all markers with the features of a GeoJSON answer; a server-side cluster keeps its count. */
  private showGeoJson(geo: { features?: any[] }) {
    this.renderStarted = performance.now();
    const features = (geo.features ?? []).map((g) => {
      const [lon, lat] = g.geometry.coordinates as number[];
      const p = g.properties ?? {};
      const f = new Feature({
        geometry: new Point(fromLonLat([lon, lat])),
        kind: this.markerSourceKind,
        title: p.title ?? '',
        popup: p.summary ?? '',
        lang: p.lang ?? '',
        count: p.cluster ? p.count : 1,
      });
      if (!p.cluster) f.setId(String(p.id ?? g.id));
      return f;
    });
    this.markers.clear(true);
    this.markers.addFeatures(features);
    this.sourceLoads++;
    this.announce();
    this.map?.render();
  }

  /** Replaces all markers. Wire format: JSON [[id, lon, lat, kind, title, popup], ...] to keep 10,000 markers small. */
  setMarkers(json: string) {
    this.markerSource = '';
    this.markerFetch?.abort();
    this.markers.clear(true);
    this.upsertMarkers(json);
  }

  /** Adds or moves markers by id, and removes the ids listed in removedJson. */
  updateMarkers(json: string, removedJson: string) {
    for (const id of JSON.parse(removedJson) as string[]) {
      const f = this.markers.getFeatureById(id);
      if (f) this.markers.removeFeature(f);
    }
    this.upsertMarkers(json);
  }

  setKindColour(kind: string, colour: string) {
    this.colours[kind] = colour;
    this.styleCache.clear();
    this.markers.changed();
  }

  private upsertMarkers(json: string) {
    this.renderStarted = performance.now();
    const rows = JSON.parse(json) as any[][];
    const added: Feature<Point>[] = [];
    for (const [id, lon, lat, kind, title, popup] of rows) {
      const existing = this.markers.getFeatureById(id) as Feature<Point> | null;
      if (existing) {
        existing.getGeometry()!.setCoordinates(fromLonLat([lon, lat]));
        existing.setProperties({ kind, title, popup });
      } else {
        const f = new Feature({ geometry: new Point(fromLonLat([lon, lat])), kind, title, popup });
        f.setId(id);
        added.push(f);
      }
    }
    this.markers.addFeatures(added);
    this.updateDraggable();
    this.announce();
    this.map?.render();
  }

  /** Whether markers can be dragged (a location picker) and whether the map reacts to clicks at all. */
  setInteraction(draggable: boolean, readonly: boolean) {
    this.markersDraggable = draggable;
    this.readonly = readonly;
    this.updateDraggable();
  }

  private updateDraggable() {
    this.draggableMarkers.clear();
    if (this.markersDraggable && !this.readonly) {
      this.markers.getFeatures().forEach((f) => this.draggableMarkers.push(f));
    }
  }

  // ---- read by tests and the benchmark ----

  /** The centre as [longitude, latitude]. */
  centre(): number[] {
    return this.map ? toLonLat(this.map.getView().getCenter()!) : [];
  }

  zoom(): number {
    return this.map?.getView().getZoom() ?? -1;
  }

  /** How the markers in view are drawn right now: as clusters (groups) or as single markers. */
  renderedCounts(): { clusters: number; singles: number } {
    const counts = { clusters: 0, singles: 0 };
    if (!this.map || !this.map.getSize()) return counts;
    const extent = this.map.getView().calculateExtent(this.map.getSize());
    const source = this.clustering ? this.clusters : this.markers;
    source.forEachFeatureInExtent(extent, (f: Feature) => {
      const size = opportunities(f);
      if (size > 1) counts.clusters++;
      else counts.singles++;
    });
    return counts;
  }

  // ---- events to the server ----

  private fire(type: string, detail: object) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: false }));
  }

  private clicked(pixel: number[], coordinate: number[]) {
    const hit = this.map!.forEachFeatureAtPixel(pixel, (f) => f, {
      hitTolerance: 4,
      layerFilter: (l) => l !== this.heatLayer,
    }) as Feature | undefined;
    if (hit && hit.get('features')) {
      this.activate(hit);
      return;
    }
    if (hit && hit.getId() !== undefined && this.markers.getFeatureById(hit.getId()!)) {
      this.activate(hit);
      return;
    }
    this.popup?.setPosition(undefined);
    if (!this.readonly) {
      const [lon, lat] = toLonLat(coordinate);
      this.fire('map-click', { lat, lon });
    }
  }

  /** A cluster zooms in to show its members; a single marker shows its popup and tells the server. */
  private activate(hit: Feature) {
    const members: Feature<Point>[] = hit.get('features') ?? [hit];
    if (members.length > 1 || opportunities(hit) > 1) {
      const extent = boundingExtent(members.map((m) => m.getGeometry()!.getCoordinates()));
      const view = this.map!.getView();
      if ((view.getZoom() ?? 0) >= 18 || extent[0] === extent[2] && extent[1] === extent[3]) {
        view.animate({ center: members[0].getGeometry()!.getCoordinates(), zoom: Math.min(19, (view.getZoom() ?? 0) + 2), duration: 250 });
      } else {
        view.fit(extent, { padding: [60, 60, 60, 60], duration: 300, maxZoom: 19 });
      }
      return;
    }
    const marker = members[0];
    const title: string = marker.get('title') ?? '';
    const popup: string = marker.get('popup') ?? '';
    if (this.popupElement && (title || popup)) {
      this.popupElement.replaceChildren();
      // The text's own language, which may not be the page's (no translation in the reader's): screen readers
      // then read it with the right voice (WCAG 3.1.2).
      const lang: string = marker.get('lang') ?? '';
      if (lang) this.popupElement.lang = lang;
      else this.popupElement.removeAttribute('lang');
      const strong = document.createElement('strong');
      strong.textContent = title;
      this.popupElement.append(strong);
      if (popup) {
        const p = document.createElement('div');
        p.textContent = popup;
        this.popupElement.append(p);
      }
      this.popup!.setPosition(marker.getGeometry()!.getCoordinates());
    }
    if (this.live) this.live.textContent = title;
    this.fire('marker-click', { id: marker.getId() });
  }

  private viewportChanged() {
    window.clearTimeout(this.viewportTimer);
    this.viewportTimer = window.setTimeout(() => {
      const view = this.map!.getView();
      const size = this.map!.getSize();
      if (!size) return;
      const [minLon, minLat, maxLon, maxLat] = transformExtent(view.calculateExtent(size), 'EPSG:3857', 'EPSG:4326');
      const [lon, lat] = toLonLat(view.getCenter()!);
      this.fire('viewport-change', { minLon, minLat, maxLon, maxLat, zoom: view.getZoom(), lon, lat });
      this.loadMarkers();
      this.announce();
    }, 250);
  }

  /** Keyboard: arrows pan and +/- zoom (OpenLayers); Enter acts on what is under the centre cross. */
  private keyPressed(e: KeyboardEvent) {
    if (e.key !== 'Enter' || e.target !== this) return;
    e.preventDefault();
    const map = this.map!;
    const size = map.getSize()!;
    const centre = [size[0] / 2, size[1] / 2];
    let nearest: Feature | undefined;
    let best = 48 * 48;
    const layer = map.getAllLayers()[map.getAllLayers().length - 1] as VectorLayer<any>;
    for (const f of (layer.getSource() as VectorSource).getFeatures()) {
      const px = map.getPixelFromCoordinate((f.getGeometry() as Point).getCoordinates());
      if (!px) continue;
      const d = (px[0] - centre[0]) ** 2 + (px[1] - centre[1]) ** 2;
      if (d < best) {
        best = d;
        nearest = f;
      }
    }
    if (nearest) {
      this.activate(nearest);
    } else if (!this.readonly) {
      const [lon, lat] = toLonLat(map.getView().getCenter()!);
      this.fire('map-click', { lat, lon });
    }
  }

  /** Tells screen-reader users how many markers are in view, since they cannot see them. */
  private announce() {
    if (!this.live || !this.map || !this.map.getSize()) return;
    const extent = this.map.getView().calculateExtent(this.map.getSize());
    let count = 0;
    this.markers.forEachFeatureInExtent(extent, (f) => {
      count += opportunities(f);
    });
    this.live.textContent = count === 0 ? this.emptyLabel : this.countLabel.replace('{0}', String(count));
  }

  private markerStyle(f: FeatureLike): Style {
    const members: FeatureLike[] = f.get('features') ?? [f];
    const size = opportunities(f);
    const kind: string = size === 1 ? members[0].get('kind') ?? 'default' : 'cluster';
    const key = `${kind}:${size}`;
    let style = this.styleCache.get(key);
    if (style) return style;
    if (size === 1) {
      style = new Style({
        image: new CircleStyle({
          radius: 8,
          fill: new Fill({ color: this.colours[kind] ?? this.colours.default }),
          stroke: new Stroke({ color: '#ffffff', width: 2.5 }),
        }),
      });
    } else {
      const radius = Math.min(28, 12 + Math.log2(size) * 3);
      style = new Style({
        image: new CircleStyle({
          radius,
          fill: new Fill({ color: '#0b5fd3' }),
          stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 4 }),
        }),
        text: new Text({ text: String(size), fill: new Fill({ color: '#ffffff' }), font: 'bold 13px sans-serif' }),
      });
    }
    this.styleCache.set(key, style);
    return style;
  }
}

customElements.define('mesta-map', MestaMapElement);
