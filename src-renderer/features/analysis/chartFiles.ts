import type { ExportedFile } from '../../../src-main/shared/contract'

/** The chart as a standalone SVG file. */
export function chartSvg(svg: SVGSVGElement, name: string): ExportedFile {
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`
  return { filename: `${name}.svg`, mediaType: 'image/svg+xml', content, encoding: 'utf8' }
}

/** The chart drawn at twice its size into a PNG file. */
export async function chartPng(svg: SVGSVGElement, name: string): Promise<ExportedFile> {
  const { content } = chartSvg(svg, name)
  const image = new Image()
  // A data: URL: the page's Content-Security-Policy allows those for images, not blob: URLs.
  image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(content)))}`
  await image.decode()
  const scale = 2
  const canvas = document.createElement('canvas')
  canvas.width = svg.width.baseVal.value * scale
  canvas.height = svg.height.baseVal.value * scale
  const context = canvas.getContext('2d')!
  context.scale(scale, scale)
  context.drawImage(image, 0, 0)
  const base64 = canvas.toDataURL('image/png').split(',')[1]
  return { filename: `${name}.png`, mediaType: 'image/png', content: base64, encoding: 'base64' }
}
