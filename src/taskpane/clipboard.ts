/**
 * Copying text to the clipboard from the pane: the asynchronous Clipboard API first, then the
 * older document.execCommand('copy') on a hidden textarea (Office webviews that lack the API or
 * refuse it). Resolves false when neither worked: the pane then leaves the text selectable.
 */
export interface ClipboardEnvironment {
  clipboard?: { writeText(text: string): Promise<void> } | null;
  document?: Document | null;
}

function copyWithTextarea(text: string, doc: Document): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '-9999px';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  const active = doc.activeElement as HTMLElement | null;
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    active?.focus?.();
  }
}

export async function copyText(
  text: string,
  env: ClipboardEnvironment = {
    clipboard: typeof navigator === 'undefined' ? null : navigator.clipboard,
    document: typeof document === 'undefined' ? null : document,
  },
): Promise<boolean> {
  if (env.clipboard && typeof env.clipboard.writeText === 'function') {
    try {
      await env.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, no focus): try the older way.
    }
  }
  return env.document ? copyWithTextarea(text, env.document) : false;
}
