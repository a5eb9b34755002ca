import { Paper } from '@mantine/core';
import { useState, type DragEvent, type ReactNode } from 'react';

/**
 * A dashed area that takes files dropped on it (the button to choose them goes inside, as
 * children): evidence for an incident, a file to import. Red when the last file was refused.
 */
export function DropZone({
  testId,
  padding,
  refused = false,
  onFiles,
  children,
}: {
  testId: string;
  padding: 'md' | 'lg';
  refused?: boolean;
  onFiles: (files: File[]) => void;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };
  return (
    <Paper
      p={padding}
      radius="md"
      data-testid={testId}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{
        border: `2px dashed var(--mantine-color-${refused ? 'red-4' : over ? 'teal-5' : 'gray-4'})`,
        background: over ? 'var(--mantine-color-teal-0)' : 'var(--mantine-color-gray-0)',
      }}
    >
      {children}
    </Paper>
  );
}
