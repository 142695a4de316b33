/** Colours a coder can take, named for the people who cannot tell them apart by sight. */
export const CODER_COLORS: { color: string; name: string }[] = [
  { color: '#2f5bd3', name: 'Blue' },
  { color: '#c2410c', name: 'Orange' },
  { color: '#15803d', name: 'Green' },
  { color: '#9333ea', name: 'Purple' },
  { color: '#be185d', name: 'Pink' },
  { color: '#0e7490', name: 'Teal' },
  { color: '#a16207', name: 'Ochre' },
  { color: '#4b5563', name: 'Grey' },
]

/** The palette's name for a colour, or the colour as written when it is not one of them. */
export const colorName = (color: string) =>
  CODER_COLORS.find((c) => c.color.toLowerCase() === color.toLowerCase())?.name ?? color
