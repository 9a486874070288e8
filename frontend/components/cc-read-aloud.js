// <cc-read-aloud text="..." lang="ar" label="Écouter">: reads a text with the browser's speech synthesis.
// Hidden when the device has no voice for the language, so a child never presses a button that does nothing.
class CcReadAloud extends HTMLElement {
  static get observedAttributes() { return ['text', 'lang', 'label']; }

  connectedCallback() {
    if (!this._button) {
      this._button = document.createElement('button');
      this._button.type = 'button';
      this._button.className = 'cc-read-aloud';
      this._button.textContent = '\u{1F50A}';
      this._button.addEventListener('click', () => this.speak());
      this.appendChild(this._button);
    }
    this.render();
    if ('speechSynthesis' in window) {
      window.speechSynthesis.addEventListener('voiceschanged', () => this.render());
    }
  }

  attributeChangedCallback() { this.render(); }

  voice() {
    if (!('speechSynthesis' in window)) return null;
    const lang = (this.getAttribute('lang') || 'fr').toLowerCase();
    return window.speechSynthesis.getVoices().find(v => v.lang.toLowerCase().startsWith(lang)) || null;
  }

  render() {
    if (!this._button) return;
    this._button.setAttribute('aria-label', this.getAttribute('label') || '');
    this._button.title = this.getAttribute('label') || '';
    this.hidden = !this.voice();
  }

  speak() {
    const voice = this.voice();
    if (!voice) return;
    window.speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(this.getAttribute('text') || '');
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.9;
    window.speechSynthesis.speak(u);
  }
}
customElements.define('cc-read-aloud', CcReadAloud);
