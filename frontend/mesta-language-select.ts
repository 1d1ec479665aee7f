/*
 * The language switcher's options, drawn in the browser (org.mesta.base.ui.LanguageSelect, #17): the server gives a
 * <vaadin-select> its `languages` ({value, name, short}) and calls window.mestaLanguageSelect(this) when it is
 * attached; each option names its language in itself (marked with lang) and carries the short form shown on a phone,
 * hidden from screen readers. Drawn as components on the server, the eight options were 17 nodes of every session's
 * state.
 */
type Language = { value: string; name: string; short: string };

type LanguageSelect = HTMLElement & {
  languages?: Language[];
  renderer?: (root: HTMLElement) => void;
  requestContentUpdate?: () => void;
};

(window as unknown as { mestaLanguageSelect: (select: LanguageSelect) => void }).mestaLanguageSelect = (select) => {
  select.renderer = (root: HTMLElement) => {
    let box = root.firstElementChild as HTMLElement | null;
    if (!box) {
      box = document.createElement('vaadin-select-list-box');
      root.appendChild(box);
    }
    box.textContent = '';
    for (const language of select.languages ?? []) {
      const item = document.createElement('vaadin-select-item') as HTMLElement & { value: string };
      item.value = language.value;
      const name = document.createElement('span');
      name.className = 'mesta-language-name';
      name.lang = language.value;
      name.textContent = language.name;
      const code = document.createElement('span');
      code.className = 'mesta-language-code';
      code.setAttribute('aria-hidden', 'true');
      code.textContent = language.short;
      item.append(name, code);
      box.appendChild(item);
    }
  };
};
