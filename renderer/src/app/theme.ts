import { createTheme } from '@mantine/core';

// Calm and professional: Mantine's defaults with a teal accent and the system font stack
// (no remote fonts: the CSP and the offline promise both forbid them).
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  cursorType: 'pointer',
});
