/** What reading a report file gives: its text as a person sees it, or the one-line reason it cannot be read (without the file name). */
export type FormatRead = { text: string } | { problem: string };
