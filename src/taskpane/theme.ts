/**
 * Fluent UI v9's light theme for the pane page, as CSS variables on :root: what FluentProvider
 * does for a page, without its React machinery (focus-visible tracking, portals, contexts) that
 * the pane does not use. Griffel's makeStyles and Fluent's `tokens` then resolve as usual.
 * Saves ~6 KB gzip on a page that must stay ≤ 150 KB with React and the scoring engine.
 */
import { webLightTheme, type Theme } from '@fluentui/react-components';

export function themeCss(theme: Theme = webLightTheme): string {
  const variables = Object.entries(theme)
    .map(([name, value]) => `--${name}:${String(value)};`)
    .join('');
  return (
    `:root{${variables}}` +
    'body{margin:0;font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);' +
    'line-height:var(--lineHeightBase300);color:var(--colorNeutralForeground1);' +
    'background-color:var(--colorNeutralBackground2);-webkit-font-smoothing:antialiased}'
  );
}

/**
 * Fluent's design tokens as CSS variable references ("var(--colorBrandBackground)"), derived
 * from the theme's own keys: the same values as Fluent's `tokens` export without carrying a
 * second copy of every token name in the bundle.
 */
export const tokens = Object.fromEntries(
  Object.keys(webLightTheme).map((name) => [name, `var(--${name})`]),
) as Record<keyof Theme, string>;

/** Adds the theme's <style> to the document (once). */
export function applyFluentTheme(doc: Document = document, theme: Theme = webLightTheme): void {
  if (doc.getElementById('perfscore-theme')) return;
  const style = doc.createElement('style');
  style.id = 'perfscore-theme';
  style.textContent = themeCss(theme);
  doc.head.appendChild(style);
}
