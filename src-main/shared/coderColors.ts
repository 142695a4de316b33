/**
 * Colours a coder can take, given to new coders in this order: apart from one another and from the
 * position colours' grey, each named for people who cannot tell them apart by sight.
 */
export const CODER_COLORS: { color: string; name: string }[] = [
  { color: '#2563eb', name: 'Blue' },
  { color: '#d97706', name: 'Amber' },
  { color: '#059669', name: 'Green' },
  { color: '#c026d3', name: 'Magenta' },
  { color: '#dc2626', name: 'Red' },
  { color: '#0891b2', name: 'Cyan' },
  { color: '#4d7c0f', name: 'Olive' },
  { color: '#7c3aed', name: 'Violet' },
]

/** The palette's name for a colour, or the colour as written when it is not one of them. */
export const colorName = (color: string) =>
  CODER_COLORS.find((c) => c.color.toLowerCase() === color.toLowerCase())?.name ?? color

/** The colours alone, in the order new coders get them. */
export const CODER_PALETTE = CODER_COLORS.map((entry) => entry.color)
