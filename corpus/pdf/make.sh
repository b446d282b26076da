#!/usr/bin/env bash
# Prints the hand-written fixture documents in src/ to PDF with two real office programs,
# so the reader is tested on what LibreOffice Writer and Chromium actually produce.
# Needs: libreoffice-writer-nogui, chromium, qpdf (Debian).
# Usage: make.sh [SRC_DIR OUT_DIR]  (default: corpus/pdf/src -> corpus/pdf)
# Output: OUT_DIR/<name>.lo.pdf and OUT_DIR/<name>.chromium.pdf for every SRC_DIR/<name>.html.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src_dir="$(cd "${1:-$here/src}" && pwd)"
out="$(cd "${2:-$here}" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

made=()
for src in "$src_dir"/*.html; do
  name="$(basename "$src" .html)"
  # LibreOffice Writer: import the HTML as a Writer text document (not Writer/Web) and export PDF.
  soffice --headless -env:UserInstallation=file://"$tmp"/lo \
    --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$src" >/dev/null
  mv "$tmp/$name.pdf" "$out/$name.lo.pdf"
  # Chromium: print with the page furniture from the CSS @page boxes, no browser header/footer.
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$tmp/chromium" \
    --no-pdf-header-footer --print-to-pdf="$out/$name.chromium.pdf" "file://$src" 2>/dev/null
  made+=("$out/$name.lo.pdf" "$out/$name.chromium.pdf")
done
# Recompress so the committed files stay small (Chromium writes loosely compressed streams).
for pdf in "${made[@]}"; do
  qpdf --object-streams=generate --recompress-flate --compression-level=9 "$pdf" "$tmp/small.pdf"
  mv "$tmp/small.pdf" "$pdf"
done
ls -l "${made[@]}"
