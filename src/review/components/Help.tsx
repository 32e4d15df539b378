/** The one-line key help, and the full list behind `?`, both read from the keymap table. */
import { Box, Text } from 'ink';
import { KEYMAP, type KeyMode } from '../keymap.js';
import { styles, type Theme } from './theme.js';

export function helpLine(mode: KeyMode): string {
  return KEYMAP[mode]
    .filter((b) => b.short !== undefined)
    .map((b) => `${b.command === 'next' ? '←→' : (b.label.split(' ')[0] ?? '')} ${b.short ?? ''}`)
    .join(' · ');
}

export function HelpLine({ mode, theme }: { readonly mode: KeyMode; readonly theme: Theme }) {
  return (
    <Box marginTop={1}>
      <Text wrap="wrap" {...styles(theme).dim}>
        {helpLine(mode)}
      </Text>
    </Box>
  );
}

const TITLES: Readonly<Record<KeyMode, string>> = {
  browse: 'Reviewing a finding',
  summary: 'On the summary page',
  edit: 'In the edit field',
  conflict: 'In a conflict',
  help: 'This page',
};

/** The full table for the page it was opened from; the other modes in one wrapped line each, room permitting. */
export function HelpPage({ from, compact, theme }: { readonly from: KeyMode; readonly compact: boolean; readonly theme: Theme }) {
  const st = styles(theme);
  const rows = KEYMAP[from];
  const w = Math.max(...rows.map((b) => b.label.length)) + 4;
  const others = (['browse', 'summary', 'edit', 'conflict'] as const).filter((m) => m !== from);
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text {...st.strong}>{TITLES[from]}</Text>
      {rows.map((b) => (
        <Box key={b.command + b.label}>
          <Box width={w} flexShrink={0}>
            <Text>{`  ${b.label}`}</Text>
          </Box>
          <Text wrap="wrap">{b.help}</Text>
        </Box>
      ))}
      {compact && (
        <Box marginTop={1}>
          <Text wrap="wrap" {...st.dim}>
            The edit field, a conflict and the summary page show their keys in the help line.
          </Text>
        </Box>
      )}
      {!compact && others.map((m) => (
        <Box key={m} marginTop={1}>
          <Text wrap="wrap">
            <Text {...st.strong}>{TITLES[m]}: </Text>
            {KEYMAP[m].map((b) => `${b.label} ${b.short ?? b.help}`).join(' · ')}
          </Text>
        </Box>
      ))}
      {!compact && (
        <Box marginTop={1}>
          <Text wrap="wrap" {...st.dim}>
            Every decision is saved as you make it.
          </Text>
        </Box>
      )}
    </Box>
  );
}
