/** The replacement being edited in place, with a visible caret (a block, or | without colour). */
import { Box, Text } from 'ink';
import { styles, type Theme } from './theme.js';

export interface EditFieldProps {
  readonly original: string;
  readonly buffer: string;
  readonly caret: number;
  readonly theme: Theme;
}

export function EditField({ original, buffer, caret, theme }: EditFieldProps) {
  const st = styles(theme);
  const before = buffer.slice(0, caret);
  const at = buffer.slice(caret, caret + 1);
  const after = buffer.slice(caret + 1);
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text wrap="wrap" {...st.dim}>
        Replace “{original}” with (Enter saves, Esc cancels):
      </Text>
      <Text wrap="wrap">
        <Text {...st.strong}>{'> '}</Text>
        {before}
        {theme.color ? <Text inverse>{at === '' ? ' ' : at}</Text> : <Text>|{at}</Text>}
        {after}
      </Text>
    </Box>
  );
}
