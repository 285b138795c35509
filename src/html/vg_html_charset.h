/*
 * vg_html_charset.h - which character set a page is in, and its bytes as
 * UTF-8 for the parser.
 *
 * The rule (docs/EXTRACTION.md, "Character sets"), first match wins:
 *
 *   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 *   2. the charset of the HTTP Content-Type header, when the caller has one;
 *   3. <meta charset=...> or <meta http-equiv=Content-Type content="...;
 *      charset=..."> within the first 4096 bytes;
 *   4. UTF-8 when the bytes are valid UTF-8, else windows-1252.
 *
 * A declaration is checked against the bytes, because wrong declarations
 * are common: a page declared Latin-1 (or windows-1252, or ASCII) whose
 * bytes are valid UTF-8 with multi-byte sequences is read as UTF-8, and a
 * page declared UTF-8 whose non-ASCII bytes are mostly invalid UTF-8 is
 * read as windows-1252.  Names are mapped as browsers do (latin1,
 * iso-8859-1 and us-ascii mean windows-1252; gb2312 and gbk mean
 * GB18030); a name iconv does not know is ignored.
 *
 * Output invariant: valid UTF-8 without NUL bytes (NUL becomes U+FFFD, as
 * does every byte the charset cannot decode).
 */
#ifndef VG_HTML_CHARSET_H
#define VG_HTML_CHARSET_H

#include <stdbool.h>
#include <stddef.h>

#include "vg_buf.h"
#include "vigie/doc.h"

#define VG_CHARSET_NAME_MAX 40

/*
 * Decode page[0..n) into UTF-8.  http_charset may be NULL.  When the page
 * is already clean UTF-8 *out points at page itself (no copy); otherwise
 * the UTF-8 bytes are written into scratch (reset first) and *out points
 * there.  name receives the charset used (VG_CHARSET_NAME_MAX bytes);
 * *bad is set when invalid bytes were replaced.  Returns VG_OK or
 * VG_ENOMEM.
 */
vg_err vg_html_decode(const char *page, size_t n, const char *http_charset, vg_buf *scratch,
                      vg_slice *out, char name[VG_CHARSET_NAME_MAX], bool *bad);

/* Charset name from a Content-Type value ("text/html; charset=UTF-8"), or
 * an empty string; writes at most VG_CHARSET_NAME_MAX bytes. */
void vg_html_charset_param(const char *p, size_t n, char name[VG_CHARSET_NAME_MAX]);

/* Whether p[0..n) is valid UTF-8 (overlongs, surrogates refused). */
bool vg_html_utf8_valid(const char *p, size_t n);

#endif
