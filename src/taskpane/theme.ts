/**
 * Fluent UI v9's design tokens as CSS variable references ("var(--colorBrandBackground)"),
 * derived from the light theme's own keys: the same values as Fluent's `tokens` export without
 * a second copy of every token name. The variables themselves are defined by the page's static
 * style sheet theme.<hash>.css (scripts/build/theme-css.js, what FluentProvider would do at run
 * time), and makeStyles rules using these tokens are evaluated at build time (Griffel's
 * ahead-of-time extraction, webpack.config.js), so neither the theme nor this object reaches
 * the pane's bundle.
 */
import { webLightTheme, type Theme } from '@fluentui/react-components';

export const tokens = /* @__PURE__ */ Object.fromEntries(
  Object.keys(webLightTheme).map((name) => [name, `var(--${name})`]),
) as Record<keyof Theme, string>;
