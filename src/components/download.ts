/** Hands a file to the browser's download (no network involved: a local object URL). */
export function downloadFile(content: BlobPart, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: some browsers read the URL only after the click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
