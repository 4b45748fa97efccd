/** A multipart/form-data body with one file, for inject() calls. */
export function multipartFile(field: string, filename: string, content: string | Uint8Array, type = 'application/octet-stream') {
  const boundary = `----kn${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const body = Buffer.concat([head, typeof content === 'string' ? Buffer.from(content) : Buffer.from(content), tail]);
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body };
}
