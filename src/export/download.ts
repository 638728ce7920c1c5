/** Save text or a blob as a file through the browser's download (no server involved). */

/** Turn a title into a safe file name stem ("Cohesion, 2001–2035" → "cohesion-2001-2035"). */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return stem || 'export'
}

/** Offer a blob for download under a file name. */
export function downloadBlob(fileName: string, blob: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(blob)
  const a = doc.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  doc.body.append(a)
  a.click()
  a.remove()
  // Revoke after the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Offer text (CSV, JSON, SVG) for download. */
export function downloadText(fileName: string, text: string, mime: string, doc: Document = document): void {
  downloadBlob(fileName, new Blob([text], { type: `${mime};charset=utf-8` }), doc)
}
