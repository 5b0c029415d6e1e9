'use strict';
// Fluent UI v9's light theme as a static style sheet (dist/theme.<hash>.css), what
// FluentProvider does for a page at run time, done once at build time: every design token as a
// CSS variable on :root, and the page's body font and colours. The pane's makeStyles rules
// (extracted ahead of time into griffel.<hash>.css) refer to these variables through
// src/taskpane/theme.ts `tokens` ("var(--colorBrandBackground)").
const { createHash } = require('crypto');
// The declared dependency (its CommonJS build), not @fluentui/tokens it re-exports.
const { webLightTheme } = require('@fluentui/react-components');

function themeCss(theme = webLightTheme) {
  const variables = Object.entries(theme)
    .map(([name, value]) => `--${name}:${String(value)};`)
    .join('');
  return (
    `:root{${variables}}\n` +
    'body{margin:0;font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);' +
    'line-height:var(--lineHeightBase300);color:var(--colorNeutralForeground1);' +
    'background-color:var(--colorNeutralBackground2);-webkit-font-smoothing:antialiased}\n'
  );
}

/** The theme style sheet and its file name, content-hashed like the other assets. */
function themeAsset({ hashed = true } = {}) {
  const source = themeCss();
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
  return { filename: hashed ? `theme.${hash}.css` : 'theme.css', source };
}

module.exports = { themeCss, themeAsset };
