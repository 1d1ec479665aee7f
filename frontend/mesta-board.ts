/*
 * The campaign board's dragging and keys, handled in the browser for the whole board (org.mesta.campaign.ui.BoardView,
 * #17). Vaadin's drag source, drop target and shortcut listeners were three to seven listeners per card, each kept in
 * the session with the details it asks for; here the board listens once and tells the server what happened:
 *   mesta-card-drop {card, onto, stage}: the card `card` was dropped on the card `onto` (-1 when none) or on the end
 *     of the column `stage`;
 *   mesta-card-key {card, key}: Alt + an arrow key (right, left, up, down) on the card `card` or inside it.
 * Cards one may move carry data-own and draggable; cards and column ends one may drop on carry data-drop (ends:
 * .campaign-drop-end, with data-stage). The server checks every id and what the person may do.
 *
 * The "Move to…" menu of one's own cards, for anyone who cannot drag, is drawn here too: each such card's markup holds
 * an empty vaadin-menu-bar.campaign-move (its name in data-label), and the board fills its items from the words in
 * the board's data-move-labels and where the card is now (its column, above or below others). Choosing reports the
 * same events: another stage is a drop at the end of that column (mesta-card-drop, onto -1), up and down are keys.
 */
type Board = HTMLElement & { mestaBoard?: boolean };

/** The move menu's words, in the reader's language: the stages in their order as [name, label]. */
type MoveLabels = { move: string; up: string; down: string; stages: [string, string][] };
type MoveItem = { text?: string; component?: HTMLElement; children?: MoveItem[]; disabled?: boolean; move?: string };
type MoveMenu = HTMLElement & { items: MoveItem[]; mestaShown?: string };

const KEYS: Record<string, string> = {
  ArrowRight: 'right',
  ArrowLeft: 'left',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

function closest(e: Event, selector: string): HTMLElement | null {
  const target = e.target as Element | null;
  return target && target.closest ? (target.closest(selector) as HTMLElement | null) : null;
}

(window as unknown as { mestaBoard: (board: Board) => void }).mestaBoard = (board) => {
  if (board.mestaBoard) return;
  board.mestaBoard = true;
  let dragged: string | null = null;
  let over: HTMLElement | null = null;
  const zone = (e: Event) => closest(e, '.campaign-card[data-drop], .campaign-drop-end');
  const leave = () => {
    over?.removeAttribute('v-dragover');
    over = null;
  };

  board.addEventListener('dragstart', (e) => {
    const card = closest(e, '.campaign-card[data-own]');
    if (!card || !e.dataTransfer) return;
    dragged = card.dataset.card ?? null;
    e.dataTransfer.setData('text/plain', dragged ?? '');
    e.dataTransfer.effectAllowed = 'move';
  });
  board.addEventListener('dragend', () => {
    dragged = null;
    leave();
  });
  board.addEventListener('dragover', (e) => {
    const z = zone(e);
    if (!dragged || !z) return;
    e.preventDefault(); // allows the drop
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
    if (z !== over) {
      leave();
      over = z;
      z.setAttribute('v-dragover', ''); // as Vaadin's drop targets are marked (styles.css)
    }
  });
  board.addEventListener('dragleave', (e) => {
    if (over && !over.contains(e.relatedTarget as Node | null)) leave();
  });
  board.addEventListener('drop', (e) => {
    const z = zone(e);
    const card = dragged;
    leave();
    if (!card || !z) return;
    e.preventDefault();
    dragged = null;
    const onto = z.classList.contains('campaign-card') ? Number(z.dataset.card) : -1;
    board.dispatchEvent(
      new CustomEvent('mesta-card-drop', { detail: { card: Number(card), onto, stage: z.dataset.stage ?? '' } })
    );
  });
  board.addEventListener('keydown', (e) => {
    const key = KEYS[e.key];
    if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !key) return;
    const card = closest(e, '.campaign-card[data-own]');
    if (!card) return;
    e.preventDefault();
    board.dispatchEvent(new CustomEvent('mesta-card-key', { detail: { card: Number(card.dataset.card), key } }));
  });
  const labels = JSON.parse(board.dataset.moveLabels ?? 'null') as MoveLabels | null;
  if (labels) {
    const fill = () => board.querySelectorAll<MoveMenu>('vaadin-menu-bar.campaign-move').forEach((m) => fillMenu(board, m, labels));
    fill();
    // Cards are drawn, moved and redrawn by the server: each menu follows where its card is now.
    new MutationObserver(fill).observe(board, { childList: true, subtree: true });
  }
};

/** Sets a card's menu items for where the card is (only when that changed: setting them redraws its button). */
function fillMenu(board: Board, menu: MoveMenu, labels: MoveLabels) {
  const card = menu.closest<HTMLElement>('.campaign-card');
  const list = card?.parentElement;
  if (!card || !list) return;
  const stage = list.dataset.stage ?? '';
  const cards = Array.from(list.children).filter((c) => c.classList.contains('campaign-card'));
  const at = cards.indexOf(card);
  const name = menu.dataset.label ?? labels.move;
  const shown = [stage, at, cards.length, name].join('|');
  if (menu.mestaShown === shown) return;
  const first = menu.mestaShown === undefined;
  menu.mestaShown = shown;
  // The button's accessible name says which card ("Move "Mural" to…"); it shows the short words.
  const root = document.createElement('vaadin-menu-bar-item');
  root.setAttribute('aria-label', name);
  root.textContent = labels.move;
  menu.items = [
    {
      component: root,
      children: [
        ...labels.stages.filter(([s]) => s !== stage).map(([s, text]) => ({ text, move: s })),
        { text: labels.up, move: 'up', disabled: at <= 0 },
        { text: labels.down, move: 'down', disabled: at >= cards.length - 1 },
      ],
    },
  ];
  if (!first) return;
  menu.addEventListener('item-selected', (e) => {
    const move = (e as CustomEvent<{ value: MoveItem }>).detail.value.move;
    const id = Number(card.dataset.card);
    if (!move) return;
    if (move === 'up' || move === 'down') {
      board.dispatchEvent(new CustomEvent('mesta-card-key', { detail: { card: id, key: move } }));
    } else {
      board.dispatchEvent(new CustomEvent('mesta-card-drop', { detail: { card: id, onto: -1, stage: move } }));
    }
  });
}
