/** WCAG contrast between two computed CSS colours (`rgb(…)` / `rgba(…)`). */

function channels(color: string): [number, number, number] {
  const match = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)/.exec(color);
  if (!match) throw new Error(`cannot read the colour ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Relative luminance, WCAG 2.x. */
export function luminance(color: string): number {
  const [r, g, b] = channels(color).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * A computed colour as `rgb(…)`. Some engines keep `color(srgb …)` or a
 * keyword in computed styles; a canvas normalises them all.
 */
export function rgb(color: string): string {
  const context = document.createElement('canvas').getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}
