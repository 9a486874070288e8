// <cc-chart config="{...}" label="...">: a Chart.js chart drawn from a JSON configuration set by the server.
// Chart.js comes from npm and is bundled by the build: no CDN. The canvas is an image with a text label; the data
// is always also in a table next to the chart (the accessible version).
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

class CcChart extends HTMLElement {
  static get observedAttributes() { return ['config', 'label']; }

  attributeChangedCallback() {
    this.render();
  }

  connectedCallback() {
    if (!this._canvas) {
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
    }
    this.render();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  render() {
    const json = this.getAttribute('config');
    if (!this.isConnected || !this._canvas || !json) return;
    const config = JSON.parse(json);
    this._canvas.setAttribute('aria-label', this.getAttribute('label') || '');
    if (this._chart) this._chart.destroy();
    this._chart = new Chart(this._canvas, config);
  }
}

if (!customElements.get('cc-chart')) customElements.define('cc-chart', CcChart);
