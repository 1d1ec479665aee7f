/*
 * The campaign board's dragging and keys, handled in the browser for the whole board (org.mesta.campaign.ui.BoardView,
 * #17). Vaadin's drag source, drop target and shortcut listeners were three to seven listeners per card, each kept in
 * the session with the details it asks for; here the board listens once and tells the server what happened:
 *   mesta-card-drop {card, onto, stage}: the card `card` was dropped on the card `onto` (-1 when none) or on the end
 *     of the column `stage`;
 *   mesta-card-key {card, key}: Alt + an arrow key (right, left, up, down) on the card `card` or inside it.
 * Cards one may move carry data-own and draggable; cards and column ends one may drop on carry data-drop (ends:
 * .campaign-drop-end, with data-stage). The server checks every id and what the person may do.
 */
type Board = HTMLElement & { mestaBoard?: boolean };

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
};
