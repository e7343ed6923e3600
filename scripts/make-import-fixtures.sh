#!/bin/sh
# Rebuilds the binary import fixtures (fixtures/import/*.pdf, *.docx) from their
# committed sources (*.fodt, flat OpenDocument XML) with LibreOffice:
#   apt-get install -y libreoffice-writer-nogui
# The text in them is what the tests expect; only the PDFs' creation dates change between runs.
set -eu
cd "$(dirname "$0")/../fixtures/import"
soffice --headless --convert-to pdf report.fodt
soffice --headless --convert-to docx report.fodt
soffice --headless --convert-to pdf no-text.fodt
soffice --headless --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' --outdir encrypted report.fodt
mv encrypted/report.pdf password.pdf
rmdir encrypted
