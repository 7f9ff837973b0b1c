// Colours: in the light theme the dialogs' main buttons (Paste "Analyze", Share "Close") have readable text
// and the canvas' radio buttons and fields stand out from the window; in the dark theme a heatmap cell
// without shared phrases does not look like the lowest score.
import { checkClean, heatmapPixels, panelPng } from "./harness.mjs";
import { openSettled, pixelAt, uiState } from "./layout_helpers.mjs";

export const name = "layout: light theme contrast, dark heatmap blanks";

// WCAG contrast ratio of two [r, g, b] colours (0-255).
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

async function buttonContrast(page, selector) {
  const [fg, bg] = await page.evaluate((sel) => {
    const s = getComputedStyle(document.querySelector(sel));
    const rgb = (v) => v.match(/[\d.]+/g).slice(0, 3).map(Number);
    return [rgb(s.color), rgb(s.backgroundColor)];
  }, selector);
  return contrast(fg, bg);
}

export async function run(t) {
  const light = await openSettled(t, { width: 1024, height: 700 }, "light");
  await light.click("#paste-button");
  const analyze = await buttonContrast(light, "#paste-submit");
  t.check(`Paste "Analyze" text contrast ${analyze.toFixed(2)} >= 4.5`, analyze >= 4.5);
  await light.click("#paste-cancel");
  await light.click("#share-button");
  const close = await buttonContrast(light, "#share-dialog .button.primary");
  t.check(`Share "Close" text contrast ${close.toFixed(2)} >= 4.5`, close >= 4.5);
  await light.keyboard.press("Escape");
  const theme = (await uiState(light)).theme;
  const frame = Math.max(contrast(theme.frame, theme.window), theme.frame_border >= 1 ? contrast(theme.border, theme.window) : 1);
  t.check(`light canvas: radio buttons and fields stand out (${frame.toFixed(2)} >= 1.8)`, frame >= 1.8, JSON.stringify(theme));
  checkClean(t, light);
  await light.context().close();

  const dark = await openSettled(t, { width: 1440, height: 900 }, "dark");
  const png = await panelPng(dark, "heatmap");
  const grid = await heatmapPixels(t.browser, png);
  // In similarity order the top-left cell is a document against itself: blank.
  const blank = await pixelAt(t.browser, png, grid.left + 2, grid.top + 2);
  const lowest = [68, 1, 84], low = [59, 82, 139];
  const far = Math.min(...[lowest, low].map((c) => c.reduce((n, v, i) => n + Math.abs(v - blank[i]), 0)));
  t.check(`dark: a blank cell (${blank}) is far from the lowest scores' colours (${far} >= 90)`, far >= 90);
  checkClean(t, dark);
  await dark.context().close();
}
