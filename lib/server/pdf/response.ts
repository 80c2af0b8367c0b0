/** A PDF download: `application/pdf`, as attachment with an ASCII file name plus the UTF-8 name (RFC 6266). */
export function pdfResponse(pdf: Buffer, fileName: string): Response {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-");
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Content-Length": String(pdf.length),
    },
  });
}
