// HTML escaping for every writer and dialog that puts cell text into HTML: cell text is never trusted as markup.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or attribute value: `<script>` shows as typed and cannot close an attribute. */
export const escapeHtml = (raw: string): string => raw.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
