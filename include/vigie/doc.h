/*
 * vigie/doc.h - the document model: one record per article or post.
 *
 * A vg_doc is a plain view made of slices: every text field is a (p, n) pair
 * of UTF-8 bytes, not necessarily NUL-terminated, borrowed from whoever filled
 * the document (a reader, the cleaner or the store) and valid until that
 * producer's next call.  An empty field has n == 0 (p may be NULL).  Copy what
 * must outlive the producer.
 *
 * Lists (links, hashtags, mentions) are stored as one slice of items separated
 * by '\n', without a trailing separator: "#a\n#b".  Hashtags are kept without
 * '#', lower-cased; mentions without '@', lower-cased; links canonicalised.
 *
 * Stable id: the input's own id when it has one; otherwise "h:", 5 hex digits
 * of the publication day (days since 1970 plus 2^19; left out when there is
 * no date) and 16 hex digits of a 64-bit hash of the raw source, author,
 * url, published_at, title and text.  The same input yields the same id on
 * every run and on every machine, the same text posted by two accounts stays
 * two posts, and ids of one day sort together, which keeps the store's id
 * lookups local for streams that arrive roughly in time order.
 *
 * Later analyses (copies, coordination, stories, quotes) refer to a document
 * by this id, or by the store's sequence number (vg_doc.seq), which grows in
 * arrival order and never changes.
 */
#ifndef VIGIE_DOC_H
#define VIGIE_DOC_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A borrowed run of bytes; see the ownership rule above. */
typedef struct vg_slice {
    const char *p;
    size_t n;
} vg_slice;

/* published_at when the input gives no usable date. */
#define VG_TIME_NONE INT64_MIN

/* vg_doc.flags bits, set by readers and the cleaner. */
enum {
    VG_DOC_BAD_UTF8 = 1u << 0,   /* invalid bytes were replaced by U+FFFD */
    VG_DOC_MOJIBAKE = 1u << 1,   /* mojibake was repaired */
    VG_DOC_FURNITURE = 1u << 2,  /* page-furniture lines were removed */
    VG_DOC_BOILER = 1u << 3,     /* learned per-source boilerplate removed */
    VG_DOC_NO_DATE = 1u << 4,    /* no date in the input */
    VG_DOC_LANG_GUESS = 1u << 5, /* language detected, not given by input */
    VG_DOC_HASHED_ID = 1u << 6,  /* id derived from content, not input */
    VG_DOC_TRUNCATED = 1u << 7   /* text was cut at the size limit */
};

typedef struct vg_doc {
    vg_slice id;        /* stable id (see above) */
    vg_slice source;    /* outlet or platform: a domain ("sputniknews.com")
                           or a platform name ("twitter") */
    vg_slice author;    /* author or account name */
    vg_slice url;       /* canonical URL of the item, if known */
    vg_slice title;     /* headline; empty for posts */
    vg_slice text;      /* body text, cleaned: paragraphs separated by "\n\n" */
    vg_slice lang;      /* ISO 639-1 code ("en", "fr"), "und" if unknown */
    vg_slice byline;    /* author line found in the text ("Zachary Reyes") */
    vg_slice dateline_place;  /* "MOSCOW" in "MOSCOW (Sputnik) —" */
    vg_slice dateline_agency; /* "Sputnik" in the same */
    vg_slice links;     /* canonical URLs found in the text, '\n'-separated */
    vg_slice hashtags;  /* lower-case, without '#', '\n'-separated */
    vg_slice mentions;  /* lower-case, without '@', '\n'-separated */
    vg_slice repost_of; /* id of the reposted item, if the input says */
    vg_slice reply_to;  /* id of the item replied to, if the input says */
    int64_t published_at; /* seconds since 1970-01-01 UTC, or VG_TIME_NONE */
    int64_t ingested_at;  /* seconds since 1970-01-01 UTC, set by the store */
    int64_t seq;          /* store sequence number; 0 before storing */
    uint32_t flags;       /* VG_DOC_* bits */
    const char *origin;   /* input file name (borrowed), NULL if unknown */
    uint64_t origin_line; /* 1-based line of the record in that file */
} vg_doc;

/* Reset every field to empty (published_at = VG_TIME_NONE). */
void vg_doc_init(vg_doc *d);

/*
 * Fill d->id with the content-hash id when it is empty.  buf must hold at
 * least VG_DOC_HASHID_LEN + 1 bytes and outlive the use of d->id.
 */
#define VG_DOC_HASHID_LEN 23
void vg_doc_ensure_id(vg_doc *d, char *buf);

/*
 * The 63-bit lookup key of an id for probe number salt (0, 1, ...): for salt
 * 0, hashed ids with a day give (day << 40 | low 40 bits of their hash) and
 * decimal ids of up to 18 digits their value (platform ids such as tweet ids
 * grow with time), so keys of documents that arrive together are close;
 * anything else, and every later probe, is a hash of the id.  Keys may
 * collide: the store compares ids and probes the next salt.
 */
int64_t vg_doc_key(vg_slice id, int salt);

#ifdef __cplusplus
}
#endif
#endif
