/**
 * Text styles. Colour only ever doubles a textual mark ([[span]], [-deleted-], {+added+},
 * words like "accepted"), so nothing is lost with NO_COLOR or on a monochrome terminal.
 * Inverse, bold and underline swap or keep the terminal's own colours, so they read on light
 * and dark backgrounds alike; the two hues used are the terminal's palette red and green.
 */
import type { TextProps } from 'ink';

export interface Theme {
  readonly color: boolean;
}

type Style = Pick<TextProps, 'color' | 'bold' | 'underline' | 'inverse' | 'dimColor' | 'strikethrough'>;

export function styles(t: Theme): Record<'span' | 'deleted' | 'added' | 'dim' | 'strong' | 'warn', Style> {
  return {
    span: t.color ? { inverse: true, bold: true } : { bold: true },
    deleted: t.color ? { color: 'red', strikethrough: true } : {},
    added: t.color ? { color: 'green', bold: true } : { bold: true },
    dim: t.color ? { dimColor: true } : {},
    strong: { bold: true },
    warn: t.color ? { color: 'red', bold: true } : { bold: true },
  };
}
