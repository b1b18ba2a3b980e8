// How a highlighted figure looks, shared by the Highlight API rule and the fallback wrapper.

export const HIGHLIGHT_NAME = 'newsfacts-figure';

export const FIGURE_STYLE = {
  backgroundColor: 'rgb(255 213 79 / 0.55)',
  textDecoration: 'underline 2px rgb(230 145 0)',
} as const;

export const HIGHLIGHT_RULE =
  `::highlight(${HIGHLIGHT_NAME}) { background-color: ${FIGURE_STYLE.backgroundColor};` +
  ` text-decoration: ${FIGURE_STYLE.textDecoration}; }`;
