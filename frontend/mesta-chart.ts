/*
 * <mesta-chart>: a bar, stacked bar or line chart over Apache ECharts, driven from the server
 * (org.mesta.impact.ui.ImpactChart). Only ECharts' core, the two chart types, the grid, legend and tooltip and the
 * SVG renderer are bundled. Colours come from the page's CSS custom properties (--mesta-chart-1 … -6, see
 * styles/impact.css), so the theme decides them. The server gives the element role="img" and a summary as its
 * aria-label; the same numbers stand beside it as a table.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type ChartData = { categories: string[]; series: { name: string; values: number[] }[] };

const FALLBACK = ['#1a5fb4', '#c64600', '#26734d', '#8a3ffc', '#a51d2d', '#5e5c64'];

class MestaChartElement extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizer?: ResizeObserver;
  private _kind = 'bar';
  private _data: ChartData = { categories: [], series: [] };

  set kind(kind: string) {
    this._kind = kind;
    this.draw();
  }

  get kind() {
    return this._kind;
  }

  /** The numbers as JSON: {categories: [...labels], series: [{name, values}]}. */
  set data(json: string) {
    try {
      this._data = JSON.parse(json) as ChartData;
    } catch {
      this._data = { categories: [], series: [] };
    }
    this.draw();
  }

  connectedCallback() {
    this.style.display = 'block';
    if (!this.chart) {
      this.chart = echarts.init(this, undefined, { renderer: 'svg' });
      this.resizer = new ResizeObserver(() => this.chart?.resize());
      this.resizer.observe(this);
    }
    this.draw();
  }

  disconnectedCallback() {
    this.resizer?.disconnect();
    this.resizer = undefined;
    this.chart?.dispose();
    this.chart = undefined;
  }

  private colours(): string[] {
    const style = getComputedStyle(this);
    return FALLBACK.map((fallback, i) => style.getPropertyValue(`--mesta-chart-${i + 1}`).trim() || fallback);
  }

  private draw() {
    if (!this.chart) return;
    const style = getComputedStyle(this);
    const text = style.getPropertyValue('--mesta-chart-text').trim() || '#1f2a37';
    const grid = style.getPropertyValue('--mesta-chart-grid').trim() || '#d0d5dd';
    const line = this._kind === 'line';
    const stacked = this._kind === 'stacked';
    const many = this._data.series.length > 1;
    const narrow = this.clientWidth < 480;
    this.chart.setOption(
      {
        animation: false,
        color: this.colours(),
        textStyle: { color: text, fontFamily: 'inherit' },
        tooltip: { trigger: 'axis' },
        legend: many ? { top: 0, textStyle: { color: text } } : undefined,
        // Labels stay inside the grid's box. Not containLabel: in ECharts 6 it keeps the y labels in but lets the
        // first rotated x label (which reaches left of its tick) run off the left edge, clipped on a 390 px phone;
        // outerBounds measures every label, rotated and truncated, and moves the axis right until it fits.
        grid: {
          left: 8,
          right: 16,
          top: many ? 36 : 12,
          bottom: 8,
          outerBoundsMode: 'same',
          outerBoundsContain: 'axisLabel',
        },
        xAxis: {
          type: 'category',
          data: this._data.categories,
          axisLabel: {
            color: text,
            interval: narrow && !line ? 0 : 'auto',
            rotate: narrow || this._data.categories.length > 6 ? 40 : 0,
            width: 90,
            overflow: 'truncate',
          },
          axisLine: { lineStyle: { color: grid } },
        },
        yAxis: {
          type: 'value',
          minInterval: 1,
          axisLabel: { color: text },
          splitLine: { lineStyle: { color: grid } },
        },
        series: this._data.series.map((s) => ({
          name: s.name,
          type: line ? 'line' : 'bar',
          stack: stacked ? 'total' : undefined,
          data: s.values,
          symbolSize: 6,
        })),
      },
      true,
    );
  }
}

customElements.define('mesta-chart', MestaChartElement);
